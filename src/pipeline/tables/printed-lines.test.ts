import { describe, expect, it } from 'vitest';
import { linesFromText } from './fixture-lines.ts';
import { chunksOf, PrintedLines } from './printed-lines.ts';

/** The measure of the site's A4 print (GB/T 9704: 28 characters a line), in half-width units. */
const A4 = 56;

describe('printed lines', () => {
  it('should give each chunk of a line its character offset and the spaces before it', () => {
    expect(chunksOf('  序号 责任部门    议题')).toEqual([
      { text: '序号', at: 2, gap: 2 },
      { text: '责任部门', at: 5, gap: 1 },
      { text: '议题', at: 13, gap: 4 },
    ]);
  });

  it('should part pieces at a space beside figures where the prose has none there, and not where it has', () => {
    const pdftotext = linesFromText('截止2015年12月，共受理5104件。\n1 区政府办 孙硕 2月 (已上会)关于2017年');
    expect(new PrintedLines(pdftotext, A4).pieces(pdftotext[1]!)).toEqual([
      '1',
      '区政府办',
      '孙硕',
      '2月(已上会)关于2017年',
    ]);
    const spaced = linesFromText('截止 2015 年 12 月，共受理 5104 件。\n投入 4.8863 亿元 完成 改建');
    const page = new PrintedLines(spaced, A4);
    expect(page.figuresApart).toBe(true);
    expect(page.pieces(spaced[1]!)).toEqual(['投入4.8863亿元', '完成', '改建']);
  });

  it('should learn figure spacing from sentences, not from table rows apart by the same spaces', () => {
    const part = linesFromText(
      ['1 BXCⅠ-6 京味儿小说语言 北京市西城区作家协会', '2 BXCⅡ-7 弦索十三套 中央音乐学院', '共计42项，现予公布。'].join(
        '\n',
      ),
    );
    const page = new PrintedLines(part, A4);
    expect(page.figuresApart).toBe(false);
    expect(page.pieces(part[0]!)).toEqual(['1BXCⅠ-6', '京味儿小说语言', '北京市西城区作家协会']);
    // A part with no sentence of its own follows what the file's sentences say.
    const rows = part.slice(0, 2);
    expect(new PrintedLines(rows, A4, false).figuresApart).toBe(false);
    expect(new PrintedLines(rows, A4, true).figuresApart).toBe(true);
    // Its own sentences, where it has some, say more than the file (one file may gather extractions).
    expect(new PrintedLines(part, A4, true).figuresApart).toBe(false);
  });

  it('should not take a numbered row for header labels when a word space joins its number to a code', () => {
    const [row, header] = linesFromText('14 BXCⅥ-2 大悲拳         北京市武术运动协会\n序号 编号 项目名称 项目申报单位');
    const page = new PrintedLines([row!, header!], A4, false);
    expect(page.pieces(row!)[0]).toBe('14BXCⅥ-2');
    expect(page.isRepeatedLabel(row!)).toBe(false);
    expect(page.isRepeatedLabel(header!)).toBe(true);
  });

  it('should close the spaces justified prose puts beside brackets', () => {
    const lines = linesFromText('人民政府关于加快发展体育产业的实施意见》 （ 京政发');
    expect(new PrintedLines(lines, A4).pieces(lines[0]!)).toEqual(['人民政府关于加快发展体育产业的实施意见》（京政发']);
  });

  it('should call a line a row when it has three pieces, none taking most of it', () => {
    const lines = linesFromText(
      [
        '能源 巩固无 进一步 2017 综合采取棚户区改造',
        '孙 硕同志 负责区政府常务工作。协助区长负责监察、机构编制方面工作。',
      ].join('\n'),
    );
    const page = new PrintedLines(lines, A4);
    expect(lines.map((l) => page.isRow(l))).toEqual([true, false]);
  });

  it('should not call lines of Latin words a row: a space between two words parts no cells', () => {
    const lines = linesFromText(
      [
        '截止2015年12月，共受理5104件，办结5098件。',
        'import pwned from "./pwned.js"',
        '<img src="x" onerror="alert(1)">',
        '| 不是 | 表格 |',
        '工业 VOCs 推进重点行业VOCs整治工作 2017',
      ].join('\n'),
    );
    const page = new PrintedLines(lines, A4);
    expect(lines.slice(1).map((l) => page.pieces(l).length)).toEqual([1, 1, 5, 4]);
    expect(lines.slice(1).map((l) => page.isRow(l))).toEqual([false, false, false, true]);
  });

  it('should call a line prose when it is one piece as wide as the page, and a narrow cell line not', () => {
    const lines = linesFromText(
      ['空气质量改善和重点任务进展情况进行月调度、月排名、月通', '成低氮技术改造。区内燃气（油）锅炉'].join('\n'),
    );
    const page = new PrintedLines(lines, A4);
    expect(lines.map((l) => page.isProse(l))).toEqual([true, false]);
  });

  it('should tell header lines (short labels) from titles, sentences and figures', () => {
    const lines = linesFromText(
      ['序号 责任部门 责任', '议题名称', '西城区落实粮食安全区长责任制任务分解', '组长：', '2017'].join('\n'),
    );
    const page = new PrintedLines(lines, A4);
    expect(lines.map((l) => page.isHeader(l))).toEqual([true, true, false, false, false]);
  });
});
