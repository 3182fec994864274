import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { learnGeometry } from '../layout/geometry.ts';
import type { Block, Geometry, Notice } from '../model.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { slugForNotice } from '../slug.ts';
import { buildChronicle } from './chronicle.ts';
import { noTables } from './context.ts';
import { inlineText } from './inlines.ts';
import { PARAGRAPH_LINES } from '../fixtures/geometries.ts';

const PARAGRAPHS = PARAGRAPH_LINES;

const ISSUE = { id: '2017-09--2018-01', file: 'chronicle.txt' };

/** The 大事记 draft of a hand-made or cut source, built as the build would (geometry given or learned). */
function chronicleOf(raw: readonly string[], geometry?: Geometry): Notice {
  const { lines } = normalizeLines(source(raw, 'chronicle.txt'));
  const ctx = { file: 'chronicle.txt', geometry: geometry ?? learnGeometry(lines), scanTables: noTables, warnings: [] };
  return buildChronicle({ kind: 'chronicle', lines, hasHeader: true }, ctx, ISSUE, 8);
}

/** A block as `H id text` or `P line[-endLine] text`, to compare a body at a glance. */
const show = (b: Block) => {
  if (b.type === 'heading') return `H ${b.id} ${inlineText(b.inlines)}`;
  if (b.type === 'paragraph')
    return `P ${b.span.line}${b.span.endLine ? `-${b.span.endLine}` : ''} ${inlineText(b.inlines)}`;
  return 'T';
};

describe('buildChronicle, the 002 seed’s 大事记 (paragraph per line)', () => {
  const seed = readFileSync(new URL('../../../seeds/002_9a097e546c93f54c.txt', import.meta.url), 'utf8').split('\n');
  const start = seed.indexOf('2017 年区政府大事记');
  const notice = chronicleOf(seed.slice(start));

  it('should find the 大事记 in the seed', () => {
    expect(start).toBe(1206);
  });

  it('should read the title with extraction spaces removed, genre 大事记, the year from the title', () => {
    expect(notice.kind).toBe('chronicle');
    expect(notice.meta).toEqual({ title: '2017年区政府大事记', genre: '大事记' });
    expect(slugForNotice(notice)).toBe('dsj-2017');
  });

  it('should make one heading per month, ids m1 … m12, depth 2', () => {
    const headings = notice.body.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.depth, h.id, inlineText(h.inlines)])).toEqual(
      Array.from({ length: 12 }, (_, i) => [2, `m${i + 1}`, `${i + 1}月`]),
    );
  });

  it('should make one paragraph per dated entry', () => {
    const paragraphs = notice.body.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(67);
    expect(paragraphs.every((p) => /^\d{1,2}日/.test(inlineText(p.inlines)))).toBe(true);
  });

  it('should put each entry under its month, in printed order', () => {
    expect(notice.body.slice(0, 6).map(show)).toEqual([
      'H m1 1月',
      'P 5 3日，国务院副总理刘延东到西城区月坛社区卫生服务中心考察北京市基层医疗卫生工作。国家卫生计生委主任李斌、北京市代市长蔡奇等陪同。',
      'P 7 9日，北京市政府在西城区召开现场会，研究推进分级诊疗制度建设有关工作。',
      'P 9 16日，北京市文化新地标——“大栅栏·北京坊”落成亮相。',
      'P 11 22日，西城区在全市率先召开2017年“疏解整治促提升”专项行动部署会。',
      'H m2 2月',
    ]);
  });

  it('should join an entry the page cut in two (传承发 | 展情况)', () => {
    expect(notice.body.map(show).filter((s) => s.includes('餐饮老字号传承'))).toEqual([
      'P 55-57 25日，市委副书记、市长蔡奇到西城区调研北京餐饮老字号传承发展情况。',
    ]);
  });

  it('should span the source from the title to the last entry', () => {
    expect(notice.source).toEqual({ file: 'chronicle.txt', line: 1, endLine: 163 });
    expect(notice.body.at(-1)!.span).toEqual({ file: 'chronicle.txt', line: 163 });
  });

  it('should leave every other part of the notice empty', () => {
    expect(notice).toMatchObject({
      slug: '',
      issue: ISSUE,
      order: 8,
      head: [],
      signature: [],
      attachmentNote: [],
      attachments: [],
      issued: [],
      colophon: [],
      notes: [],
      warnings: [],
    });
  });
});

describe('buildChronicle, printed lines (wrapped layout)', () => {
  const notice = chronicleOf([
    '2017 年区政府大事记',
    '1 月',
    '3 日，国务院副总理刘延东到西城区月坛社区卫生服务中',
    '心考察北京市基层医疗卫生工作。',
    '9 日，北京市政府在西城区召开现场会，研究推进分级诊',
    '- 77 -',
    '\f疗制度建设有关工作。',
    '2 月',
    '3 日，市委副书记、市长蔡奇到新街口街道调研垃圾分类',
    '工作。',
  ]);

  it('should rebuild wrapped entries and join one cut at a page break (page number and form feed)', () => {
    expect(notice.meta).toEqual({ title: '2017年区政府大事记', genre: '大事记' });
    expect(notice.body.map(show)).toEqual([
      'H m1 1月',
      'P 3-4 3日，国务院副总理刘延东到西城区月坛社区卫生服务中心考察北京市基层医疗卫生工作。',
      'P 5-7 9日，北京市政府在西城区召开现场会，研究推进分级诊疗制度建设有关工作。',
      'H m2 2月',
      'P 9-10 3日，市委副书记、市长蔡奇到新街口街道调研垃圾分类工作。',
    ]);
  });
});

describe('buildChronicle, edge cases', () => {
  it('should make a heading only of a month alone: 1月份… and 10月31日… are entries', () => {
    const notice = chronicleOf(
      ['2017年区政府大事记', '10月', '10月31日，督察组进驻西城区。', '1月份，全区空气质量改善。', '12月'],
      PARAGRAPHS,
    );
    expect(notice.body.map(show)).toEqual([
      'H m10 10月',
      'P 3 10月31日，督察组进驻西城区。',
      'P 4 1月份，全区空气质量改善。',
      'H m12 12月',
    ]);
  });

  it('should parse inline markup in entries but not in month headings', () => {
    const notice = chronicleOf(['2017年区政府大事记', '3月', '5日，全区PM_{2.5}平均浓度同比下降。'], PARAGRAPHS);
    expect(notice.body.map((b) => (b.type === 'table' ? [] : b.inlines))).toEqual([
      [{ type: 'text', value: '3月' }],
      [
        { type: 'text', value: '5日，全区PM' },
        { type: 'sub', value: '2.5' },
        { type: 'text', value: '平均浓度同比下降。' },
      ],
    ]);
  });

  it('should join an entry cut mid-sentence in a paragraph-per-line file', () => {
    const notice = chronicleOf(
      ['2017年区政府大事记', '3月', '5日，西城区召开大会，', '', '', '审议工作。'],
      PARAGRAPHS,
    );
    expect(notice.body.map(show)).toEqual(['H m3 3月', 'P 3-6 5日，西城区召开大会，审议工作。']);
  });

  it('should take the first line with text as the title, after whitespace-only lines', () => {
    const notice = chronicleOf([' ', '2017年区政府大事记', '1月'], PARAGRAPHS);
    expect(notice.meta.title).toBe('2017年区政府大事记');
    expect(notice.source).toEqual({ file: 'chronicle.txt', line: 2, endLine: 3 });
    expect(notice.body.map(show)).toEqual(['H m1 1月']);
  });

  it('should close up a letter-spaced title', () => {
    const notice = chronicleOf(['2017 年区政府大 事 记', '1月'], PARAGRAPHS);
    expect(notice.meta).toEqual({ title: '2017年区政府大事记', genre: '大事记' });
  });

  it('should keep a title without a year', () => {
    const notice = chronicleOf(['区政府大事记', '1月', '3日，某事。'], PARAGRAPHS);
    expect(notice.meta.title).toBe('区政府大事记');
    expect(notice.body.map(show)).toEqual(['H m1 1月', 'P 3 3日，某事。']);
  });

  it('should name an empty draft 大事记 and give it no body', () => {
    const notice = chronicleOf([], PARAGRAPHS);
    expect(notice.meta).toEqual({ title: '大事记' });
    expect(notice.body).toEqual([]);
  });

  it('should keep an entry without a closing 。 apart from the next dated entry', () => {
    const notice = chronicleOf(
      ['2017年区政府大事记', '', '1月', '', '16日，“大栅栏·北京坊”落成亮相', '', '22日，西城区召开部署会。'],
      PARAGRAPHS,
    );
    expect(notice.body.map(show)).toEqual([
      'H m1 1月',
      'P 5 16日，“大栅栏·北京坊”落成亮相',
      'P 7 22日，西城区召开部署会。',
    ]);
  });
});
