import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { indentOf, normalizeLines } from './lines.ts';
import { pageNumberOf } from './page-number.ts';

describe('pageNumberOf', () => {
  it.each([
    ['— 31 —', 31],
    ['—31—', 31],
    [' - 7 - ', 7],
  ])('%s is page %d', (line, page) => expect(pageNumberOf(line)).toBe(page));

  it('does not take a dash inside text for a page number', () => {
    expect(pageNumberOf('2016-2020')).toBeUndefined();
    expect(pageNumberOf('— 第 3 章 —')).toBeUndefined();
  });
});

describe('normalizeLines', () => {
  const file = source([
    '高规划实施的科技含量，推进规划落到实处。 ',
    '',
    '— 31 —',
    ' 第一章 规划背景 ',
    '',
    ' ',
    '',
    '本规划规划期为 2016 年至 2020 年。 ',
    '- 附件：1. 北京市西城区公平竞争审查工作联席会议制度',
  ]);
  const { lines, pageNumbers } = normalizeLines(file);

  it('removes page-number lines and remembers them', () => {
    expect(lines.map((l) => l.text)).not.toContain('— 31 —');
    expect(pageNumbers).toEqual([{ page: 31, line: 3 }]);
  });

  it('marks the line that opens a printed page and numbers the pages', () => {
    const heading = lines.find((l) => l.text === '第一章 规划背景')!;
    expect(heading.pageStart).toBe(true);
    expect(heading.page).toBe(32);
    expect(lines[0]!.page).toBe(31);
  });

  it('keeps whitespace-only lines as empty separators and counts blank lines', () => {
    const sep = lines.find((l) => l.spaceOnly)!;
    expect(sep.text).toBe('');
    expect(sep.blanksBefore).toBe(1);
  });

  it('keeps the raw line and the source line number', () => {
    const last = lines[lines.length - 2]!;
    expect(last.no).toBe(8);
    expect(last.raw).toBe('本规划规划期为 2016 年至 2020 年。 ');
    expect(last.text).toBe('本规划规划期为2016年至2020年。');
  });

  it('removes the list dash the other extraction put before 附件', () => {
    expect(lines[lines.length - 1]!.text).toBe('附件：1.北京市西城区公平竞争审查工作联席会议制度');
  });
});

describe('normalizeLines on pdftotext output', () => {
  // Cut from a notice the site printed, read back with `pdftotext` (default and -layout).
  const { lines, pageNumbers } = normalizeLines(
    source([
      '北京市西城区人民政府',
      '2017年2月28日',
      '',
      '—2—',
      '',
      '\f西城区冰雪运动发展规划（2016-2022年）',
      '   一、发展基础',
      '　　（一）难得的历史机遇',
      '\f',
    ]),
  );

  it('should take a form feed for a page start and drop it; the blanks around the page number still count', () => {
    const title = lines.find((l) => l.text.startsWith('西城区冰雪'))!;
    expect(title).toMatchObject({ raw: '西城区冰雪运动发展规划（2016-2022年）', pageStart: true, blanksBefore: 2 });
    expect(pageNumbers).toEqual([{ page: 2, line: 4 }]);
    expect(lines.map((l) => l.text)).toEqual([
      '北京市西城区人民政府',
      '2017年2月28日',
      '西城区冰雪运动发展规划（2016-2022年）',
      '一、发展基础',
      '（一）难得的历史机遇',
    ]);
  });

  it('should not take a line indented by one space for a page start where form feeds mark the pages', () => {
    const layout = normalizeLines(
      source(['北京市西城区人民政府文件', ' 北京市西城区人民政府关于某事的通知', '\f第二页']),
    );
    expect(layout.lines.map((l) => l.pageStart)).toEqual([false, false, true]);
  });

  it('should measure indentation in half-width columns (an ideographic space is two)', () => {
    expect(lines.map((l) => l.indent)).toEqual([0, 0, 0, 3, 4]);
    expect(indentOf('\t\t区财政局')).toBe(8);
  });
});

describe('normalizeLines takes out running heads', () => {
  // A gazette printed with its name and issue atop every page, read back by pdftotext.
  const page = (n: number, text: string[]) => [`\f北京市人民政府公报  2018年第5期`, ...text, '', `— ${n} —`, ''];
  const { lines, runningHeads } = normalizeLines(
    source([
      ...page(1, ['北京市人民政府关于印发某规划的通知', '京政发〔2018〕5号', '各区人民政府：']),
      ...page(2, ['现将规划印发给你们，请认真贯彻执行。', '北京市人民政府']),
      ...page(3, ['2018年3月1日', '（此件公开发布）']),
      ...page(4, ['某规划', '一、总体要求']),
    ]),
  );

  it('should remove the line repeated at the top of every page, and say where it stood', () => {
    expect(lines.map((l) => l.text)).not.toContain('北京市人民政府公报2018年第5期');
    expect(runningHeads.map((h) => h.line)).toEqual([1, 8, 14, 20]);
  });

  it('should keep the page starts where the heads stood', () => {
    expect(lines.filter((l) => l.pageStart).map((l) => l.text)).toEqual([
      '北京市人民政府关于印发某规划的通知',
      '现将规划印发给你们，请认真贯彻执行。',
      '2018年3月1日',
      '某规划',
    ]);
  });

  it('should not take a table header repeated on every page for a running head', () => {
    const table = normalizeLines(
      source([
        '序号',
        '牵头单位',
        '1',
        '区财政局',
        '\f序号',
        '牵头单位',
        '2',
        '区教委',
        '\f序号',
        '牵头单位',
        '3',
        '区民政局',
      ]),
    );
    expect(table.runningHeads).toEqual([]);
  });
});
