import { describe, expect, it } from 'vitest';
import { fixture, source } from '../fixtures/load.ts';
import type { Heading, Line, Paragraph } from '../model.ts';
import { parseIssue } from '../parse-issue.ts';
import { slugForNotice } from '../slug.ts';
import { noTables } from './context.ts';
import { inlineText } from './inlines.ts';
import { parseAttachmentNote, splitNote } from './attachment-note.ts';
import { buildAttachment } from './tail.ts';
import type { ParseContext } from './context.ts';
import { learnGeometry } from '../layout/geometry.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { PDFTOTEXT_LINES } from '../fixtures/geometries.ts';

describe('a wrapped notice (西政发〔2017〕2号 cut from the seed)', () => {
  const [notice] = parseIssue(fixture('wrapped-notice.txt'), noTables).notices;

  it('recognises 版头, 发文字号, 标题 on one line and 主送', () => {
    expect(notice!.meta).toMatchObject({
      masthead: '北京市西城区人民政府文件',
      docNumber: { text: '西政发〔2017〕2号' },
      title: '北京市西城区人民政府关于2016年政府绩效管理年终考评情况的通报',
      genre: '通报',
      recipients: '区政府各委办局、各街道办事处、各有关单位：',
    });
  });

  it('takes 发文机关 and 成文日期 from the signature, 印发 and 抄送 from the 版记', () => {
    expect(notice!.meta).toMatchObject({
      issuer: '北京市西城区人民政府',
      signedDate: '2017-02-15',
      printer: '北京市西城区人民政府办公室',
      printedDate: '2017-02-20',
      cc: '区委各部门，区武装部。区人大常委会办公室，区政协办公室，区人民法院，区人民检察院。',
    });
    expect(notice!.signature).toEqual(['北京市西城区人民政府', '2017年2月15日']);
  });

  it('rebuilds the body with its two headings and whole paragraphs', () => {
    const headings = notice!.body.filter((b): b is Heading => b.type === 'heading');
    expect(headings.map((h) => [h.depth, h.id, inlineText(h.inlines)])).toEqual([
      [2, 'zw-1', '一、综合优秀单位'],
      [2, 'zw-2', '二、单项优秀单位（按组织机构序列排序）'],
    ]);
    const paragraphs = notice!.body
      .filter((b): b is Paragraph => b.type === 'paragraph')
      .map((p) => inlineText(p.inlines));
    expect(paragraphs[0]).toMatch(/^2016年，在区委、区政府的坚强领导下.*表彰情况如下：$/);
    // A paragraph wrapped over five printed lines comes back as one.
    expect(paragraphs.filter((p) => p.startsWith('政府部门10家：区发展改革委（区协同办）、区教委'))).toEqual([
      expect.stringMatching(/区政府外事侨务办、区统计局；$/),
    ]);
    expect(paragraphs.at(-1)).toMatch(/为区域经济发展和社会稳定做出更多贡献。$/);
  });

  it('gets its URL from its number', () => {
    expect(slugForNotice(notice!)).toBe('xzf-2017-2');
  });
});

describe('a file that starts in the middle of a notice', () => {
  const { notices, warnings } = parseIssue(fixture('headerless-start.txt'), noTables);

  it('publishes the headerless notice with its title from its text and a visible note', () => {
    expect(notices).toHaveLength(2);
    const first = notices[0]!;
    expect(first.meta.docNumber).toBeUndefined();
    expect(first.meta.title).toBe('北京市西城区“十三五”时期消防事业发展建设规划');
    expect(first.meta.printedDate).toBe('2017-01-11');
    expect(first.notes[0]).toMatch(/发文字号未知/);
    expect(slugForNotice(first)).toMatch(/^wh-2017-01-11-[0-9a-f]{6}$/);
    expect(warnings.some((w) => w.line === 1 && /no 版头/.test(w.message))).toBe(true);
  });

  it('still finds the notice after it', () => {
    expect(notices[1]!.meta.docNumber?.text).toBe('西政发〔2017〕2号');
  });
});

describe('a paragraph-per-line issue (002 layout)', () => {
  const { issue, notices } = parseIssue(fixture('paragraph-issue.txt'), noTables);
  const notice = notices[0]!;

  it('reads the cover and 目录 as the issue, not as a notice', () => {
    expect(issue.title).toMatch(/^北京市西城区人民政府公报（/);
    expect(issue.contents[0]).toEqual({
      title: '北京市西城区人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
      number: '西政发〔2017〕22号',
      page: 1,
    });
    expect(notices.map((n) => n.kind)).toEqual(['notice', 'chronicle']);
  });

  it('links the 附件说明 to both attachments', () => {
    expect(notice.attachmentNote).toEqual([
      { label: '附件1', title: '北京市西城区公平竞争审查工作联席会议制度', target: 'fj-1' },
      { label: '附件2', title: '北京市西城区公平竞争审查工作联席会议成员名单', target: 'fj-2' },
    ]);
    expect(notice.attachments.map((a) => [a.id, a.label, a.title])).toEqual([
      ['fj-1', '附件1', '北京市西城区公平竞争审查工作联席会议制度'],
      ['fj-2', '附件2', '北京市西城区公平竞争审查工作联席会议成员名单'],
    ]);
  });

  it('reads a 成文日期 and a 印发 line split over two lines', () => {
    expect(notice.meta).toMatchObject({
      signedDate: '2017-11-24',
      printer: '北京市西城区人民政府办公室',
      printedDate: '2017-11-27',
    });
  });
});

describe('attachments printed after the 版记', () => {
  const [notice] = parseIssue(fixture('colophon-then-attachment.txt'), noTables).notices;

  it('keeps the 版记 and still attaches what follows it', () => {
    expect(notice!.meta.printedDate).toBe('2017-10-11');
    expect(notice!.attachments[0]).toMatchObject({
      id: 'fj-1',
      label: '附件1',
      printedLabel: '西政办发〔2017〕22号附件1',
    });
  });
});

describe('parseAttachmentNote', () => {
  it('splits numbered items', () => {
    expect(
      parseAttachmentNote(['附件：1.西城区群众冰雪活动计划', '2.西城区冰雪运动进校园进课堂及冰雪特色教育工作计划']),
    ).toEqual([
      { label: '附件1', title: '西城区群众冰雪活动计划' },
      { label: '附件2', title: '西城区冰雪运动进校园进课堂及冰雪特色教育工作计划' },
    ]);
  });
  it('reads a single unnumbered attachment', () => {
    expect(parseAttachmentNote(['附件：医事服务费标准'])).toEqual([{ label: '附件', title: '医事服务费标准' }]);
  });
});

describe('splitNote', () => {
  // pdftotext -layout of the site's print: a wrapped title hangs under the item's title.
  const layout = source([
    ' 附件：1.北京市西城区困难群众基本生活保障工作领导小组',
    '      组成及成员单位',
    '    2.北京市西城区困难群众基本生活保障工作成员单位',
    '      职责',
    '',
    '              北京市西城区人民政府办公室',
    '                 2017年3月6日',
  ]);
  const ctx = (lines: Line[]): ParseContext => ({
    file: 't.txt',
    geometry: { ...learnGeometry(lines), indented: true },
    scanTables: noTables,
    warnings: [],
  });

  it('should keep a title line set under its item with that item, and leave the 署名 after the note', () => {
    const { lines } = normalizeLines(layout);
    const { note, rest } = splitNote(lines, ctx(lines));
    expect(note).toEqual([
      { label: '附件1', title: '北京市西城区困难群众基本生活保障工作领导小组组成及成员单位' },
      { label: '附件2', title: '北京市西城区困难群众基本生活保障工作成员单位职责' },
    ]);
    expect(rest.filter((l) => l.text !== '').map((l) => l.text)).toEqual([
      '北京市西城区人民政府办公室',
      '2017年3月6日',
    ]);
  });

  it('should keep the hanging line of a single unnumbered attachment with it', () => {
    const { lines } = normalizeLines(
      source([
        ' 附件：北京市西城区2013-2017年清洁空气行动计划重点任',
        '    务分解2017年工作措施',
        '',
        '               北京市西城区人民政府办公室',
      ]),
    );
    expect(splitNote(lines, ctx(lines)).note).toEqual([
      { label: '附件', title: '北京市西城区2013-2017年清洁空气行动计划重点任务分解2017年工作措施' },
    ]);
  });

  it('should go on with an item whose line fills the note where positions are lost (pdftotext)', () => {
    // The same print in pdftotext's default mode: no indentation, no blank line.
    const { lines } = normalizeLines(
      source(
        layout.text
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => l.trim()),
      ),
    );
    const pdftotext: ParseContext = { file: 't.txt', geometry: PDFTOTEXT_LINES, scanTables: noTables, warnings: [] };
    const { note, rest } = splitNote(lines, pdftotext);
    expect(note.map((r) => r.title)).toEqual([
      '北京市西城区困难群众基本生活保障工作领导小组组成及成员单位',
      '北京市西城区困难群众基本生活保障工作成员单位职责',
    ]);
    // `职责` is short: the 署名 after it starts anew.
    expect(rest.map((l) => l.text)).toEqual(['北京市西城区人民政府办公室', '2017年3月6日']);
  });

  it('should not take a line indented elsewhere for the title going on', () => {
    const { lines } = normalizeLines(source([...layout.text.split('\n').slice(0, 3), '   职责']));
    expect(splitNote(lines, ctx(lines)).note.map((r) => r.title)).toEqual([
      '北京市西城区困难群众基本生活保障工作领导小组组成及成员单位',
      '北京市西城区困难群众基本生活保障工作成员单位',
    ]);
  });
});

describe('text the parser cannot place', () => {
  const file = source([
    '北京市西城区人民政府文件',
    '西政发〔2099〕1号',
    '北京市西城区人民政府关于表彰的通报',
    '各有关单位：',
    '表彰如下。',
    '北京市西城区人民政府',
    '2099年1月2日',
    '一段不知来历的文字',
    '又一段。',
    '抄送：区委各部门。',
    '北京市西城区人民政府办公室 2099年1月3日印发',
  ]);
  const { notices, warnings } = parseIssue(file, noTables);

  it('still appears in its notice, marked, with a warning naming file and line', () => {
    const paragraphs = notices[0]!.issued.flatMap((d) => d.blocks) as Paragraph[];
    // The first line stops far short of the second's width: two paragraphs, both marked.
    expect(paragraphs.map((p) => [inlineText(p.inlines), Boolean(p.unplaced)])).toEqual([
      ['一段不知来历的文字', true],
      ['又一段。', true],
    ]);
    expect(notices[0]!.issued[0]!.title).toBe('');
    expect(warnings).toContainEqual(expect.objectContaining({ file: 'hand-made.txt', line: 8 }));
  });
});

describe('a notice cut off after its number', () => {
  it('is published with a stand-in title, a note and a warning', () => {
    const { notices, warnings } = parseIssue(source(['北京市西城区人民政府文件', '西政发〔2017〕2号']), noTables);
    expect(notices[0]!.meta.title).toBe('西政发〔2017〕2号（标题缺失）');
    expect(notices[0]!.notes).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toContain('notice has no title after its 发文字号');
  });
});

describe('a second 附件说明 inside the plan a notice issues', () => {
  it('stays in the plan, and the plan text after it is kept', () => {
    const { notices } = parseIssue(
      source(
        [
          '北京市西城区人民政府文件',
          '西政发〔2099〕3号',
          '北京市西城区人民政府关于印发某计划的通知',
          '各有关单位：',
          '现将《某计划》印发给你们。',
          '附件：名单',
          '北京市西城区人民政府',
          '2099年1月2日',
          '某计划',
          '一、总则',
          '附件：另一名单',
          '二、其他',
          '计划的最后一段。',
        ].map((l) => `${l} `), // a wrapped file: every line here ends a paragraph
      ),
      noTables,
    );
    const plan = notices[0]!.issued[0]!;
    expect(notices[0]!.attachmentNote.map((r) => r.title)).toEqual(['名单']);
    expect(plan.blocks.map((b) => (b.type === 'table' ? '' : inlineText(b.inlines)))).toEqual([
      '一、总则',
      '附件：另一名单',
      '二、其他',
      '计划的最后一段。',
    ]);
  });
});

describe('a bare 附件： line inside an issued plan', () => {
  it('stays in the plan text', () => {
    const { notices } = parseIssue(
      source(
        [
          '北京市西城区人民政府文件',
          '西政发〔2099〕4号',
          '北京市西城区人民政府关于印发某计划的通知',
          '各有关单位：',
          '现将《某计划》印发给你们。',
          '北京市西城区人民政府',
          '2099年1月2日',
          '某计划',
          '一、总则',
          '附件：',
          '二、其他',
        ].map((l) => `${l} `),
      ),
      noTables,
    );
    const texts = notices[0]!.issued[0]!.blocks.map((b) => (b.type === 'table' ? '' : inlineText(b.inlines)));
    expect(texts).toEqual(['一、总则', '附件：', '二、其他']);
    expect(notices[0]!.attachmentNote).toEqual([]);
  });
});

describe('a file of prose with no 版头 and no 版记', () => {
  it('holds no notice and is refused with file, line and reason', () => {
    expect(() => parseIssue(source(['这是一段文字，不是公文。', '又一段。'], 'prose.txt'), noTables)).toThrow(
      /^prose\.txt:1: no notice found/,
    );
  });
});

describe('an attachment whose title the extraction gives after its table’s first column', () => {
  // pdftotext's default mode reads a page block by block: the roles column printed under the
  // title can come out before it.
  const { lines } = normalizeLines(
    source([
      '附件1',
      '',
      '总负责人：',
      '负责人：',
      '',
      '西城区垃圾分类推进协调工作机制',
      '人员名单及成员单位工作职责',
      '王少峰',
      '姜立光',
    ]),
  );
  const ctx: ParseContext = { file: 't.txt', geometry: PDFTOTEXT_LINES, scanTables: noTables, warnings: [] };
  const note = [{ label: '附件1', title: '西城区垃圾分类推进协调工作机制人员名单及成员单位工作职责' }];
  const texts = (a: ReturnType<typeof buildAttachment>) =>
    a.blocks.map((b) => (b.type === 'table' ? 'table' : inlineText(b.inlines)));

  it('should find the title the 附件说明 names a few short lines on, and keep those lines in the body', () => {
    const a = buildAttachment(lines, ctx, 0, note);
    expect(a.title).toBe('西城区垃圾分类推进协调工作机制人员名单及成员单位工作职责');
    expect(texts(a).join('|')).toBe('总负责人：|负责人：|王少峰|姜立光');
  });

  it('should not look past a sentence for it, nor find it without a 附件说明', () => {
    const { lines: prose } = normalizeLines(
      source([
        '附件1',
        '',
        '各成员单位要按照职责分工，密切配合。',
        '西城区垃圾分类推进协调工作机制',
        '人员名单及成员单位工作职责',
      ]),
    );
    expect(buildAttachment(prose, ctx, 0, note).title).toBeUndefined();
    expect(buildAttachment(lines, ctx, 0, []).title).toBeUndefined();
  });

  it('should not take a stray piece read before the title for the title', () => {
    const { lines: piece } = normalizeLines(
      source(['附件1', '', '长', '', '西城区垃圾分类推进协调工作机制', '人员名单及成员单位工作职责', '', '组长：']),
    );
    const a = buildAttachment(piece, ctx, 0, note);
    expect(a.title).toBe('西城区垃圾分类推进协调工作机制人员名单及成员单位工作职责');
    expect(texts(a)).toEqual(['长', '组长：']);
  });
});
