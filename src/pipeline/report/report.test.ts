import { describe, expect, it } from 'vitest';
import type { Block, Heading, Inline, Notice, Paragraph, Table, TableCell, Warning } from '../model.ts';
import { blankNotice } from '../structure/blank-notice.ts';
import { countLinks, formatReport, statsOf, tableShapes } from './report.ts';

const span = { file: 'a.txt', line: 1 };
const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (...inlines: Inline[]): Paragraph => ({ type: 'paragraph', inlines, span });
const heading = (id: string, ...inlines: Inline[]): Heading => ({ type: 'heading', depth: 2, id, inlines, span });
const cells = (...texts: string[]): TableCell[] => texts.map((t) => ({ text: t }));
const table = (shape: Table['shape'], head: TableCell[][], body: TableCell[][], extra: Partial<Table> = {}): Table => ({
  type: 'table',
  shape,
  head,
  body,
  span,
  ...extra,
});

function notice(kind: Notice['kind'], slug: string, title: string, parts: Partial<Notice>): Notice {
  const n = blankNotice(kind, span, { id: 'i', file: 'a.txt' }, 0, { title });
  return Object.assign(n, { slug }, parts);
}

const WARNING_A: Warning = { file: 'a.txt', line: 35, notice: '关于考评情况的通报', message: 'table degraded' };
const WARNING_B: Warning = { file: 'b.txt', line: 7, message: 'no 版头' };

/**
 * 正文 only: a heading (6 chars), a paragraph with a linked 发文字号 (2 + 12 + 3) and one with a
 * subscript (2 + 3 + 3): 31 chars, 2 paragraphs, 1 heading, 1 link, 1 warning.
 */
const reportNotice = notice('notice', 'xzf-2017-2', '关于考评情况的通报', {
  body: [
    heading('zw-1', text('一、总体要求')),
    paragraph(
      text('根据'),
      { type: 'ref', value: '西政办发〔2017〕7号', kind: 'number', href: '/notices/xzbf-2017-7/' },
      text('执行。'),
    ),
    paragraph(text('PM'), { type: 'sub', value: '2.5' }, text('下降。')),
  ],
  warnings: [WARNING_A],
});

/**
 * 正文 (10), an issued plan with a heading (4) and an unresolved 《title》 (9), two attachments:
 * a spaces table with caption (7 + 4 + 8), two rotated tables (3, 4; one degraded) and a
 * paragraph with a linked number (11): 60 chars, 3 paragraphs, 1 heading, 2 attachments, 3 tables,
 * 1 link.
 */
const planNotice = notice('notice', 'xzbf-2017-22', '关于印发实施方案的通知', {
  body: [paragraph(text('现将方案印发给你们。'))],
  issued: [
    {
      id: 'wb',
      title: '实施方案',
      blocks: [
        heading('wb-1', text('一、目标')),
        paragraph({ type: 'ref', value: '《北京市消防条例》', kind: 'title' }),
      ],
      span,
    },
  ],
  attachments: [
    {
      id: 'fj-1',
      label: '附件1',
      blocks: [
        table('spaces', [cells('序号', '任务')], [cells('1', '燃煤治理'), cells('2', '扬尘')], {
          caption: '表1 任务分解',
        }),
      ],
      span,
    },
    {
      id: 'fj-2',
      label: '附件2',
      blocks: [
        table('rotated', [], [cells('区教委')], { degraded: 'no grid', repeated: ['重复的表头'] }),
        table('rotated', [], [cells('区财政局')]),
        paragraph({ type: 'ref', value: '西政发〔2017〕2号', kind: 'number', href: '/notices/xzf-2017-2/' }),
      ],
      span,
    },
  ],
});

/** The 大事记: a month heading (2) and one entry (6). */
const chronicle = notice('chronicle', 'dsj-2017', '2017年区政府大事记', {
  body: [heading('m1', text('1月')), paragraph(text('3日，某事。'))],
});

describe('statsOf', () => {
  it('should count the chars, paragraphs and headings of 正文 and the notice’s warnings', () => {
    expect(statsOf(reportNotice)).toEqual({
      slug: 'xzf-2017-2',
      title: '关于考评情况的通报',
      chars: 31,
      paragraphs: 2,
      headings: 1,
      attachments: 0,
      tables: 0,
      warnings: 1,
    });
  });

  it('should count the issued plan and the attachments too, and table cells and captions as chars', () => {
    expect(statsOf(planNotice)).toEqual({
      slug: 'xzbf-2017-22',
      title: '关于印发实施方案的通知',
      chars: 60,
      paragraphs: 3,
      headings: 1,
      attachments: 2,
      tables: 3,
      warnings: 0,
    });
  });

  it('should count a chronicle like any notice', () => {
    expect(statsOf(chronicle)).toEqual({
      slug: 'dsj-2017',
      title: '2017年区政府大事记',
      chars: 8,
      paragraphs: 1,
      headings: 1,
      attachments: 0,
      tables: 0,
      warnings: 0,
    });
  });

  it('should give zeros for a notice without text', () => {
    expect(statsOf(notice('notice', 's', '通知', {}))).toEqual({
      slug: 's',
      title: '通知',
      chars: 0,
      paragraphs: 0,
      headings: 0,
      attachments: 0,
      tables: 0,
      warnings: 0,
    });
  });

  it('should count an attachment without blocks as an attachment', () => {
    const n = notice('notice', 's', '通知', { attachments: [{ id: 'fj-1', label: '附件', blocks: [], span }] });
    expect(statsOf(n)).toMatchObject({ attachments: 1, chars: 0, paragraphs: 0 });
  });

  it('should count a character outside the BMP once', () => {
    const n = notice('notice', 's', '通知', { body: [paragraph(text('𠮷野家'))] });
    expect(statsOf(n).chars).toBe(3);
  });
});

describe('countLinks', () => {
  it('should count references with an href in paragraphs and headings, not unresolved ones', () => {
    expect(countLinks([reportNotice])).toBe(1);
    expect(countLinks([planNotice])).toBe(1);
    expect(countLinks([reportNotice, planNotice, chronicle])).toBe(2);
  });

  it('should count a linked reference in a heading', () => {
    const n = notice('notice', 's', '通知', {
      body: [
        heading('zw-1', text('一、执行'), { type: 'ref', value: '西政发〔2017〕2号', kind: 'number', href: '/x/' }),
      ],
    });
    expect(countLinks([n])).toBe(1);
  });

  it('should give 0 for no notices', () => {
    expect(countLinks([])).toBe(0);
  });
});

describe('tableShapes', () => {
  it('should list the shapes in order of first appearance, with how many were degraded', () => {
    expect(tableShapes([reportNotice, planNotice])).toBe('spaces 1, rotated 2 (degraded 1)');
  });

  it('should be empty without tables', () => {
    expect(tableShapes([reportNotice, chronicle])).toBe('');
  });

  it('should count tables of every part across notices', () => {
    const body: Block[] = [table('tabs', [], [cells('甲')], { degraded: 'x' }), table('columns', [], [cells('乙')])];
    expect(tableShapes([notice('notice', 's', '通知', { body }), planNotice])).toBe(
      'tabs 1 (degraded 1), columns 1, spaces 1, rotated 2 (degraded 1)',
    );
  });
});

describe('formatReport', () => {
  it('should print totals, tables by shape, one row per notice, then each warning', () => {
    expect(formatReport(2, [reportNotice, planNotice, chronicle], [WARNING_A, WARNING_B]).split('\n')).toEqual([
      'gazette build: 2 files, 3 notices, 3 tables, 2 links, 2 warnings',
      '  tables by shape: spaces 1, rotated 2 (degraded 1)',
      '  chars  paras  heads  atts  tables  warns  notice',
      '     31      2      1     0       0      1  xzf-2017-2',
      '     60      3      1     2       3      0  xzbf-2017-22',
      '      8      1      1     0       0      0  dsj-2017',
      '  warning: a.txt:35: table degraded (关于考评情况的通报)',
      '  warning: b.txt:7: no 版头',
    ]);
  });

  it('should leave out the shapes line when there is no table', () => {
    expect(formatReport(1, [reportNotice, chronicle], []).split('\n')).toEqual([
      'gazette build: 1 files, 2 notices, 0 tables, 1 links, 0 warnings',
      '  chars  paras  heads  atts  tables  warns  notice',
      '     31      2      1     0       0      1  xzf-2017-2',
      '      8      1      1     0       0      0  dsj-2017',
    ]);
  });

  it('should count the warnings it is given, not those on the notices', () => {
    expect(formatReport(1, [reportNotice], [WARNING_B, WARNING_B, WARNING_B]).split('\n')[0]).toBe(
      'gazette build: 1 files, 1 notices, 0 tables, 1 links, 3 warnings',
    );
  });

  it('should print the header line alone for no notices', () => {
    expect(formatReport(0, [], [])).toBe(
      'gazette build: 0 files, 0 notices, 0 tables, 0 links, 0 warnings\n  chars  paras  heads  atts  tables  warns  notice',
    );
  });

  it('should widen a column for a count too large for it', () => {
    const long = notice('notice', 's', '通知', { body: [paragraph(text('字'.repeat(123456)))] });
    expect(formatReport(1, [long], []).split('\n')[2]).toBe('  123456      1      0     0       0      0  s');
  });
});
