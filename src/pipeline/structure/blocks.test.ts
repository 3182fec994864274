import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import type { Block, Layout } from '../model.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { toBlocks } from './blocks.ts';
import { noTables, type ParseContext } from './context.ts';
import { inlineText } from './inlines.ts';

const blocksOf = (lines: string[], layout: Layout) => {
  const geometry = {
    layout,
    measure: 64,
    margin: 0,
    indented: false,
    trailingSpaceEnds: layout === 'wrapped',
    blankSeparated: true,
    figuresSpaced: false,
  };
  const ctx: ParseContext = { file: 't.txt', geometry, scanTables: noTables, warnings: [] };
  return toBlocks(normalizeLines(source(lines)).lines, ctx, 'wb', 3);
};
const show = (blocks: Block[]) =>
  blocks.map((b) =>
    b.type === 'heading'
      ? `h${b.depth}#${b.id} ${inlineText(b.inlines)}`
      : b.type === 'paragraph'
        ? inlineText(b.inlines)
        : 'table',
  );

describe('toBlocks', () => {
  it('gives headings levels by the kinds present and ids from their numbers', () => {
    expect(
      show(
        blocksOf(
          ['三、保障措施', '（二）细化分方案，建立污染源清单', '1. 各有关部门要抓紧研究制定配套的分方案。'],
          'paragraphs',
        ),
      ),
    ).toEqual([
      'h3#wb-3 三、保障措施',
      'h4#wb-3-2 （二）细化分方案，建立污染源清单',
      '1.各有关部门要抓紧研究制定配套的分方案。',
    ]);
  });

  it('records the numbering each heading is printed with', () => {
    const blocks = blocksOf(['第一章 总则', '一、目标', '（一）原则', '1.市场', '（1）准入'], 'paragraphs');
    expect(blocks.map((b) => (b.type === 'heading' ? b.levelKind : b.type))).toEqual(['chapter', '1', '2', '3', '4']);
  });

  it('separates a heading that looks like a cut paragraph when its siblings stand alone', () => {
    expect(
      show(
        blocksOf(
          [
            '三、保障措施',
            '(一) 加强部门协同配合，明确职责分工',
            '各有关部门、各街道办事处严格按照职责分工落实任务要求。',
            '（二）细化分方案，建立污染源清单',
            '1. 各有关部门要抓紧研究制定配套的分方案。',
          ],
          'paragraphs',
        ),
      ),
    ).toEqual([
      'h3#wb-3 三、保障措施',
      'h4#wb-3-1 (一)加强部门协同配合，明确职责分工',
      '各有关部门、各街道办事处严格按照职责分工落实任务要求。',
      'h4#wb-3-2 （二）细化分方案，建立污染源清单',
      '1.各有关部门要抓紧研究制定配套的分方案。',
    ]);
  });

  it('keeps a cut paragraph whole when no sibling heading of its kind stands alone', () => {
    expect(
      show(
        blocksOf(
          ['（二）各成员单位要密切配合、相互支持、形成合力，认真', '落实联席会议议定事项，充分发挥联席会议作用。'],
          'paragraphs',
        ),
      ),
    ).toEqual(['（二）各成员单位要密切配合、相互支持、形成合力，认真落实联席会议议定事项，充分发挥联席会议作用。']);
  });
});
