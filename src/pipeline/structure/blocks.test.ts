import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import type { Block, Layout } from '../model.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { PDFTOTEXT_LINES } from '../fixtures/geometries.ts';
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

  it('joins a cut numbered line whose sibling before is a paragraph (a page cut, paragraph per line)', () => {
    expect(
      show(
        blocksOf(
          [
            '22. 积极探索各级公共图书馆建立法人治理结构，引进社会力量参与建设运营。',
            '23. 扶持各类特色阅读空间成立由读者代表、行业专家、社',
            '区代表、运营主体管理人员等组成的公益理事会，实现社会化运营。',
          ],
          'paragraphs',
        ),
      ),
    ).toEqual([
      '22.积极探索各级公共图书馆建立法人治理结构，引进社会力量参与建设运营。',
      '23.扶持各类特色阅读空间成立由读者代表、行业专家、社区代表、运营主体管理人员等组成的公益理事会，实现社会化运营。',
    ]);
  });

  it('keeps a short numbered line a heading even after a paragraph item', () => {
    expect(
      show(blocksOf(['1. 各有关部门要抓紧研究制定配套的分方案。', '2. 工作要求', '各单位要高度重视。'], 'paragraphs')),
    ).toEqual(['1.各有关部门要抓紧研究制定配套的分方案。', 'h3#wb-2 2.工作要求', '各单位要高度重视。']);
  });
});

describe('toBlocks on printed lines without indentation (pdftotext’s default mode)', () => {
  const printed = (lines: string[], geometry = PDFTOTEXT_LINES) =>
    show(
      toBlocks(
        normalizeLines(source(lines)).lines,
        {
          file: 't.txt',
          geometry,
          scanTables: noTables,
          warnings: [],
        },
        'wb',
        3,
      ),
    );

  it('splits a heading that fills its line off the paragraph under it when the sibling before stands alone', () => {
    expect(
      printed([
        '（一）居民生活小区全部做到生活垃圾分类收集',
        '到2019年，全区所有建成居民小区全部实现生活垃圾分类',
        '投放、分类收集。',
        '（二）餐饮服务单位的餐厨垃圾及废弃油脂全部规范处理',
        '全区餐饮服务单位基准数2700个，2017年8月31日前建立台',
        '帐和实现规范收集率达到100%的目标。',
      ]),
    ).toEqual([
      'h3#wb-1 （一）居民生活小区全部做到生活垃圾分类收集',
      '到2019年，全区所有建成居民小区全部实现生活垃圾分类投放、分类收集。',
      'h3#wb-2 （二）餐饮服务单位的餐厨垃圾及废弃油脂全部规范处理',
      '全区餐饮服务单位基准数2700个，2017年8月31日前建立台帐和实现规范收集率达到100%的目标。',
    ]);
  });

  it('splits the first item of a run when the item after it is a heading (no item before decides)', () => {
    // pdftotext of the site's print at 115 %: (一) fills its line, the paragraph's first line is
    // as wide as a full one; (二) stands alone.
    expect(
      printed(
        [
          '（一）居民生活小区全部做到生活垃圾分类收集',
          '到2019年，全区所有建成居民小区全部实现生活垃',
          '圾分类投放、分类收集，厨余垃圾分出率达到15%。',
          '（二）餐饮服务单位的餐厨垃圾及废弃油脂全部',
          '规范处理',
          '全区餐饮服务单位基准数2700个，2017年8月31日前',
          '建立台帐和实现规范收集率达到100%的目标。',
        ],
        { ...PDFTOTEXT_LINES, measure: 48 },
      ),
    ).toEqual([
      'h3#wb-1 （一）居民生活小区全部做到生活垃圾分类收集',
      '到2019年，全区所有建成居民小区全部实现生活垃圾分类投放、分类收集，厨余垃圾分出率达到15%。',
      'h3#wb-2 （二）餐饮服务单位的餐厨垃圾及废弃油脂全部规范处理',
      '全区餐饮服务单位基准数2700个，2017年8月31日前建立台帐和实现规范收集率达到100%的目标。',
    ]);
  });

  it('joins an item’s full first line taken for a heading when the item before is a paragraph', () => {
    expect(
      printed([
        '2.在德胜街道开展各类垃圾全管理试点。在现有58个垃圾分',
        '类试点小区，开展垃圾分类和再生资源回收“两网融合”。',
        '3.区环卫中心根据新街口街道垃圾分类全覆试点的保障需',
        '求，做好所涉及车辆、人员、场地的后端保障准备工作，为',
        '2018年全面保障做好准备。',
      ]),
    ).toEqual([
      '2.在德胜街道开展各类垃圾全管理试点。在现有58个垃圾分类试点小区，开展垃圾分类和再生资源回收“两网融合”。',
      '3.区环卫中心根据新街口街道垃圾分类全覆试点的保障需求，做好所涉及车辆、人员、场地的后端保障准备工作，为2018年全面保障做好准备。',
    ]);
  });

  it('leaves items alone when the sibling before is of the other sort, or when the first line has a clause', () => {
    expect(
      printed([
        '（一）用人单位招用本区登记失业人员及本区户籍的应届高',
        '校毕业生，给予岗位补贴。',
        '（二）本区登记失业人员与用人单位签订一年以上劳动合同',
        '的，给予社会保险补贴。',
      ]),
    ).toEqual([
      '（一）用人单位招用本区登记失业人员及本区户籍的应届高校毕业生，给予岗位补贴。',
      '（二）本区登记失业人员与用人单位签订一年以上劳动合同的，给予社会保险补贴。',
    ]);
  });

  it('gives a list the first item a full heading line took with it, and leaves a heading’s short last word', () => {
    expect(
      printed(['二、西城区困难群众基本生活保障工作领导小组成员单位', '区民政局', '区委组织部', '区委宣传部']),
    ).toEqual(['h3#wb-2 二、西城区困难群众基本生活保障工作领导小组成员单位', '区民政局', '区委组织部', '区委宣传部']);
    expect(printed(['二、西城区困难群众基本生活保障工作领导小组全体成员单', '位', '区委组织部', '区委宣传部'])).toEqual(
      ['h3#wb-2 二、西城区困难群众基本生活保障工作领导小组全体成员单位', '区委组织部', '区委宣传部'],
    );
  });

  it('leaves a heading its last line when the items after it all open otherwise', () => {
    // pdftotext of the site's print at 115 %: `员单位` is no agency; the agencies open with 区.
    const geometry = { ...PDFTOTEXT_LINES, measure: 48 };
    expect(
      printed(
        ['二、西城区困难群众基本生活保障工作领导小组成', '员单位', '区民政局', '区委组织部', '区委宣传部'],
        geometry,
      ),
    ).toEqual(['h3#wb-2 二、西城区困难群众基本生活保障工作领导小组成员单位', '区民政局', '区委组织部', '区委宣传部']);
    // Names open each their own way: the line goes to the list as before.
    expect(printed(['二、西城区困难群众基本生活保障工作领导小组成员名', '王少峰', '郁治', '皮强'], geometry)).toEqual([
      'h3#wb-2 二、西城区困难群众基本生活保障工作领导小组成员名',
      '王少峰',
      '郁治',
      '皮强',
    ]);
  });
});
