import { describe, expect, it } from 'vitest';
import { noticeFrontmatter } from '../../schemas/notice.ts';
import type { GazetteIssue, Heading, Notice, Paragraph } from '../model.ts';
import type { Citation } from '../references/link.ts';
import { blankNotice } from '../structure/blank-notice.ts';
import { frontmatterOf } from './frontmatter.ts';

const ISSUE: GazetteIssue = {
  id: '2017-09--2018-01',
  file: '002_9a097e546c93f54c.txt',
  title: '北京市西城区人民政府公报（2017年9月—2018年1月）',
  contents: [{ title: '2017年区政府大事记', page: 76 }],
};

const span = (line: number) => ({ file: ISSUE.file, line });
const heading = (depth: Heading['depth'], id: string, text: string): Heading => ({
  type: 'heading',
  depth,
  id,
  inlines: [{ type: 'text', value: text }],
  span: span(1),
});
const paragraph = (text: string): Paragraph => ({
  type: 'paragraph',
  inlines: [{ type: 'text', value: text }],
  span: span(1),
});

/** A notice with every field the frontmatter reads set. */
function fullNotice(): Notice {
  const n = blankNotice('notice', { file: ISSUE.file, line: 33, endLine: 420 }, { id: ISSUE.id, file: ISSUE.file }, 2, {
    masthead: '北京市西城区人民政府办公室文件',
    format: 'file',
    docNumber: { agency: '西政办发', year: 2017, serial: 22, text: '西政办发〔2017〕22号' },
    signer: '王少峰',
    remark: '（此件公开发布）',
    title: '北京市西城区人民政府办公室关于印发北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动细化实施方案的通知',
    genre: '通知',
    recipients: '区政府各委、办、局，各街道办事处，各有关单位：',
    issuer: '北京市西城区人民政府办公室',
    signedDate: '2017-09-30',
    printer: '北京市西城区人民政府办公室',
    printedDate: '2017-10-09',
    cc: '区委各部门，区人大常委会办公室，区政协办公室。',
    pages: { first: 19, last: 41 },
  });
  n.slug = 'xzbf-2017-22';
  n.body = [
    paragraph('现将《方案》印发给你们，请认真贯彻执行。'),
    heading(2, 'zw-1', '一、总体要求'),
    {
      type: 'heading',
      depth: 3,
      id: 'zw-1-1',
      inlines: [
        { type: 'text', value: '（一）PM' },
        { type: 'sub', value: '2.5' },
        { type: 'strong', value: '浓度' },
      ],
      span: span(40),
    },
  ];
  n.issued = [
    {
      id: 'wb',
      title: '北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动细化实施方案',
      blocks: [paragraph('为落实……'), heading(2, 'wb-1', '一、工作目标'), heading(4, 'wb-1-1-1', '1.燃煤治理')],
      span: span(60),
    },
  ];
  n.attachments = [
    {
      id: 'fj-1',
      label: '附件1',
      title: '重点任务分解表',
      blocks: [heading(2, 'fj-1-1', '一、不在目录')],
      span: span(300),
    },
    { id: 'fj-2', label: '附件2', blocks: [], span: span(400) },
  ];
  n.notes = ['版头不在来源中。'];
  n.warnings = [{ file: ISSUE.file, line: 35, message: '不显示在页面上' }];
  return n;
}

const CITES: Citation[] = [
  {
    text: '《北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见》',
    title: '北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
    docNumber: '京政发〔2016〕48号',
  },
  { text: '西政发〔2017〕22号', href: '/notices/xzf-2017-22/', docNumber: '西政发〔2017〕22号', slug: 'xzf-2017-22' },
];
const CITED_BY = [
  { slug: 'xzbf-2017-26', title: '北京市西城区人民政府办公室关于某事的通知', docNumber: '西政办发〔2017〕26号' },
];

describe('frontmatterOf, a notice with every field', () => {
  const fm = frontmatterOf(fullNotice(), ISSUE, { cites: CITES, citedBy: CITED_BY });

  it('should write every field of the notice', () => {
    expect(fm).toEqual({
      slug: 'xzbf-2017-22',
      kind: 'notice',
      title:
        '北京市西城区人民政府办公室关于印发北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动细化实施方案的通知',
      docNumber: '西政办发〔2017〕22号',
      masthead: '北京市西城区人民政府办公室文件',
      genre: '通知',
      recipients: '区政府各委、办、局，各街道办事处，各有关单位：',
      issuer: '北京市西城区人民政府办公室',
      signedDate: '2017-09-30',
      printer: '北京市西城区人民政府办公室',
      printedDate: '2017-10-09',
      cc: '区委各部门，区人大常委会办公室，区政协办公室。',
      pages: { first: 19, last: 41 },
      issue: {
        id: '2017-09--2018-01',
        title: '北京市西城区人民政府公报（2017年9月—2018年1月）',
        file: '002_9a097e546c93f54c.txt',
      },
      order: 2,
      attachments: [
        { id: 'fj-1', label: '附件1', title: '重点任务分解表' },
        { id: 'fj-2', label: '附件2' },
      ],
      toc: [
        { id: 'zw-1', text: '一、总体要求', depth: 2 },
        { id: 'zw-1-1', text: '（一）PM2.5浓度', depth: 3 },
        { id: 'wb-title', text: '北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动细化实施方案', depth: 2 },
        { id: 'wb-1', text: '一、工作目标', depth: 2 },
        { id: 'wb-1-1-1', text: '1.燃煤治理', depth: 4 },
        { id: 'fj-1', text: '附件1 重点任务分解表', depth: 2 },
        { id: 'fj-2', text: '附件2', depth: 2 },
      ],
      notes: ['版头不在来源中。'],
      cites: [
        {
          text: '《北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见》',
          title: '北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
          docNumber: '京政发〔2016〕48号',
        },
        { text: '西政发〔2017〕22号', href: '/notices/xzf-2017-22/', docNumber: '西政发〔2017〕22号' },
      ],
      citedBy: [
        { slug: 'xzbf-2017-26', title: '北京市西城区人民政府办公室关于某事的通知', docNumber: '西政办发〔2017〕26号' },
      ],
      source: { file: '002_9a097e546c93f54c.txt', line: 33, endLine: 420 },
    });
  });

  it('should leave out what the schema has no field for (format, signer, remark, warnings, a citation’s slug)', () => {
    expect(Object.keys(fm)).not.toContain('format');
    expect(Object.keys(fm)).not.toContain('signer');
    expect(Object.keys(fm)).not.toContain('remark');
    expect(Object.keys(fm)).not.toContain('warnings');
    expect(fm.cites.map((c) => Object.keys(c))).toEqual([
      ['text', 'docNumber', 'title'],
      ['text', 'href', 'docNumber'],
    ]);
  });

  it('should be accepted unchanged by the content schema', () => {
    expect(noticeFrontmatter.parse(fm)).toEqual(fm);
  });
});

describe('frontmatterOf, a notice with only what every notice has', () => {
  const n = blankNotice('notice', { file: 'a.txt', line: 7 }, { id: 'undated', file: 'a.txt' }, 0, {
    title: '关于某事的通知',
  });
  n.slug = 'wh-2017-01-11-abcdef';
  const fm = frontmatterOf(n, { id: 'undated', file: 'a.txt', title: '北京市西城区人民政府公报', contents: [] });

  it('should write the required fields and leave the optional ones out, not as undefined', () => {
    expect(fm).toEqual({
      slug: 'wh-2017-01-11-abcdef',
      kind: 'notice',
      title: '关于某事的通知',
      issue: { id: 'undated', title: '北京市西城区人民政府公报', file: 'a.txt' },
      order: 0,
      attachments: [],
      toc: [],
      notes: [],
      cites: [],
      citedBy: [],
      source: { file: 'a.txt', line: 7, endLine: 7 },
    });
    expect(Object.keys(fm).sort()).toEqual(
      ['attachments', 'citedBy', 'cites', 'issue', 'kind', 'notes', 'order', 'slug', 'source', 'title', 'toc'].sort(),
    );
  });

  it('should be accepted unchanged by the content schema', () => {
    expect(noticeFrontmatter.parse(fm)).toEqual(fm);
  });
});

describe('frontmatterOf, details', () => {
  it('should give an issued document without a title no toc entry, but its headings', () => {
    const n = blankNotice('notice', { file: 'a.txt', line: 1 }, { id: 'i', file: 'a.txt' }, 0, { title: '通知' });
    n.slug = 's';
    n.issued = [{ id: 'wb', title: '', blocks: [heading(2, 'wb-1', '一、目标')], span: span(1) }];
    expect(frontmatterOf(n, ISSUE).toc).toEqual([{ id: 'wb-1', text: '一、目标', depth: 2 }]);
  });

  it('should write a chronicle with its month headings in the toc', () => {
    const n = blankNotice('chronicle', { file: 'c.txt', line: 1, endLine: 9 }, { id: 'i', file: 'c.txt' }, 8, {
      title: '2017年区政府大事记',
      genre: '大事记',
    });
    n.slug = 'dsj-2017';
    n.body = [heading(2, 'm1', '1月'), paragraph('3日，某事。'), heading(2, 'm2', '2月')];
    const fm = frontmatterOf(n, ISSUE);
    expect(fm).toMatchObject({ kind: 'chronicle', genre: '大事记', order: 8 });
    expect(fm.toc).toEqual([
      { id: 'm1', text: '1月', depth: 2 },
      { id: 'm2', text: '2月', depth: 2 },
    ]);
    expect(noticeFrontmatter.parse(fm)).toEqual(fm);
  });

  it('should let the schema reject a notice whose slug was never assigned', () => {
    const n = blankNotice('notice', { file: 'a.txt', line: 1 }, { id: 'i', file: 'a.txt' }, 0, { title: '通知' });
    expect(noticeFrontmatter.safeParse(frontmatterOf(n, ISSUE)).success).toBe(false);
  });
});
