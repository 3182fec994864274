import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Block, Notice } from '../model.ts';
import { blockNodes, noticeToMdast } from './mdast.ts';
import { serializeMdx } from './serialize.ts';
import { blankNotice } from '../structure/blank-notice.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const span = { file: 't.txt', line: 1 };
const para = (value: string): Block => ({ type: 'paragraph', inlines: [{ type: 'text', value }], span });

/** Serializes blocks, parses the MDX back as MDX does, and returns the text it reads. */
function roundTrip(blocks: Block[]): { mdx: string; text: string; tree: Root } {
  const mdx = serializeMdx({ type: 'root', children: blockNodes(blocks) }, { slug: 't' });
  const tree = parser.parse(mdx);
  return { mdx, text: toString({ type: 'root', children: tree.children.filter((c) => c.type !== 'yaml') }), tree };
}

describe('serializeMdx escapes gazette text so it stays text', () => {
  it.each([
    ['<4>'],
    ['{'],
    ['}'],
    ['<script>alert(1)</script>'],
    ['import x from "y"'],
    ['export const a = 1'],
    ['&lt;不是实体&gt; &amp;'],
    ['# 不是标题'],
    ['1. 尊重市场，竞争优先。'],
    ['- 附件'],
    ['**不是粗体**'],
    ['| 不是 | 表格 |'],
    ['PM_{2.5} 和 [链接](http://x)'],
  ])('%s', (value) => {
    const { text, tree } = roundTrip([para(value)]);
    expect(text).toBe(value);
    expect(tree.children.filter((c) => c.type !== 'yaml').map((c) => c.type)).toEqual(['paragraph']);
  });

  it('writes headings as elements with their stable id', () => {
    const { mdx } = roundTrip([
      { type: 'heading', depth: 3, id: 'zw-1-2', inlines: [{ type: 'text', value: '（二）基本原则' }], span },
    ]);
    expect(mdx).toContain('<h3 id="zw-1-2">（二）基本原则</h3>');
  });

  it('writes bold and subscripts as elements', () => {
    const { mdx } = roundTrip([
      {
        type: 'paragraph',
        inlines: [
          { type: 'strong', value: '加强监测。' },
          { type: 'text', value: '我区PM' },
          { type: 'sub', value: '2.5' },
        ],
        span,
      },
    ]);
    // CommonMark cannot close `**` between 。 and 我 without a character reference.
    expect(mdx).toMatch(/\*\*加强监测。\*\*(我|&#x6211;)区PM<sub>2\.5<\/sub>/);
    expect(toString(parser.parse(mdx))).toContain('加强监测。我区PM2.5');
  });

  it('writes a simple table as GFM and a spanning table as HTML', () => {
    const simple = roundTrip([
      {
        type: 'table',
        shape: 'tabs',
        head: [[{ text: '类别' }, { text: '完成时限' }]],
        body: [[{ text: '能源' }, { text: '2017年12月底前' }]],
        span,
      },
    ]);
    expect(simple.mdx).toMatch(/\| 类别 \| 完成时限 +\|/);
    expect(
      simple.tree.children.some((c) => c.type === 'mdxJsxFlowElement' && c.children.some((t) => t.type === 'table')),
    ).toBe(true);
    const spanning = roundTrip([
      {
        type: 'table',
        shape: 'rotated',
        head: [[{ text: '任务' }, { text: '时限' }]],
        body: [[{ text: '第一季度上会议题', colspan: 2 }]],
        span,
      },
    ]);
    expect(spanning.mdx).toContain('<td colSpan="2">');
  });

  it("should write a table's notes after it, inside its box, as asides kept out of the search index", () => {
    const { mdx } = roundTrip([
      {
        type: 'table',
        shape: 'rotated',
        head: [[{ text: '任务' }, { text: '措施' }, { text: '主责部门' }]],
        body: [
          [{ text: '甲', rowspan: 2 }, { text: '一。' }, { text: '区商务委', rowspan: 2 }],
          [{ text: '二。' }],
          [{ text: '乙' }, { text: '三。' }, { text: '' }],
        ],
        notes: ['以下单元格在来源文本中为空：「三。」一行的主责部门。'],
        span,
      },
    ]);
    expect(mdx).toMatch(
      /<\/table>\s*<aside class="gw-table-note" role="note" data-pagefind-ignore="all">以下单元格在来源文本中为空：「三。」一行的主责部门。<\/aside>\s*<\/div>/,
    );
  });

  it('should give the columns of phrases of a wide HTML table their width in a colgroup', () => {
    const prose = (n: number) =>
      Array.from({ length: n }, () => ({ text: '加强组织领导，明确责任分工，按时完成各项任务。' }));
    const { mdx } = roundTrip([
      {
        type: 'table',
        shape: 'rotated',
        head: [['任务', '措施', '要求', '目标', '进度', '主责部门'].map((text) => ({ text }))],
        body: [
          [{ text: '甲', rowspan: 2 }, ...prose(4), { text: '区商务委' }],
          [...prose(4), { text: '区城管监督指挥中心' }],
        ],
        span,
      },
    ]);
    expect(mdx).toMatch(/<colgroup>\s*(<col \/>\s*){5}<col data-phrase="9" \/>\s*<\/colgroup>/);
    expect(mdx.indexOf('<colgroup>')).toBeLessThan(mdx.indexOf('<thead>'));
  });

  it('keeps frontmatter as YAML that reads back the same', () => {
    const fm = { slug: 'xzf-2017-2', title: '关于: "引号" 与 {括号} 的通知', notes: ['第一行\n第二行'] };
    const mdx = serializeMdx({ type: 'root', children: [] }, fm);
    const yaml = /^---\n([\s\S]*?)\n---/.exec(mdx)![1]!;
    expect(parseYaml(yaml)).toEqual(fm);
  });
});

describe('noticeToMdast', () => {
  it('puts the parts in 公文 order and links the 附件说明 to the attachment', () => {
    const notice = {
      kind: 'notice',
      slug: 'x',
      source: span,
      issue: { id: 'i', file: 't.txt' },
      order: 0,
      meta: { title: 't', recipients: '各有关单位：' },
      body: [para('正文。')],
      attachmentNote: [{ label: '附件', title: '名单', target: 'fj-1' }],
      attachmentNoteLines: ['附件：名单'],
      head: ['t', '各有关单位：'],
      signature: ['北京市西城区人民政府', '2017年2月15日'],
      partLines: {},
      issued: [],
      attachments: [{ id: 'fj-1', label: '附件', printedLabel: '附件', title: '名单', blocks: [para('甲')], span }],
      colophon: ['抄送：区委各部门。', '北京市西城区人民政府办公室2017年2月20日印发'],
      notes: [],
      warnings: [],
    } satisfies Notice;
    const mdx = serializeMdx(noticeToMdast(notice), {});
    const order = [
      'gw-recipients',
      '正文。',
      'gw-attachment-note',
      '[名单](#fj-1)',
      'gw-signature',
      'id="fj-1"',
      'gw-colophon',
    ];
    const positions = order.map((s) => mdx.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  const base = (over: Partial<Notice>): Notice => ({
    ...blankNotice('notice', span, { id: 'i', file: 't.txt' }, 0, { title: 't' }),
    slug: 'x',
    body: [para('正文。')],
    ...over,
  });
  const html = (n: Notice) => serializeMdx(noticeToMdast(n), {});

  it('should set the 版记 as 抄送 in one text and 印发机关 apart from 印发日期, when the fields hold its lines', () => {
    const mdx = html(
      base({
        meta: {
          title: 't',
          cc: '区委各部门，区武装部。区人民检察院。',
          printer: '北京市西城区人民政府办公室',
          printedDate: '2017-02-20',
        },
        colophon: ['抄送：区委各部门，区武装部。区人民', '检察院。', '北京市西城区人民政府办公室  2017年2月20日印发'],
      }),
    );
    expect(mdx).toContain('<span class="gw-colophon-label">抄送：</span>区委各部门，区武装部。区人民检察院。</p>');
    expect(mdx).toContain(
      '<span class="gw-colophon-printer">北京市西城区人民政府办公室</span> <span class="gw-colophon-date">2017年2月20日印发</span>',
    );
    expect(mdx).not.toContain('gw-colophon-line');
  });

  it('should keep the 版记 lines as printed when the fields do not hold them exactly', () => {
    const mdx = html(
      base({
        meta: { title: 't', printer: '北京市西城区人民政府办公室', printedDate: '2017-02-20' },
        colophon: ['抄送：区委各部门。', '（共印10份）', '北京市西城区人民政府办公室2017年2月20日印发'],
      }),
    );
    expect(mdx.match(/gw-colophon-line/g)).toHaveLength(3);
  });

  it('should print the 附注 under the date, and a joint 署名 one agency a line, a letter-spaced name whole', () => {
    const joint = html(
      base({
        meta: { title: 't', remark: '（此件公开发布）' },
        signature: ['中共上海市黄浦区委办公室 上海市黄浦区人民政府办公室', '2020年6月1日'],
      }),
    );
    expect(joint.match(/class="gw-sign-line"/g)).toHaveLength(3);
    expect(joint.indexOf('2020年6月1日')).toBeLessThan(joint.indexOf('<p class="gw-remark">（此件公开发布）</p>'));
    const spaced = html(base({ signature: ['财 政 部', '2017年5月28日'] }));
    expect(spaced).toContain('<p class="gw-sign-line">财 政 部</p>');
    const person = html(base({ signature: ['市长 陈吉宁', '2019年6月1日'] }));
    expect(person).toContain('<p class="gw-sign-line">市长 陈吉宁</p>');
  });
});
