import { describe, expect, it } from 'vitest';
import { colophonLines, htmlText, printColophon } from './print-view.ts';

describe('htmlText', () => {
  it('drops tags and decodes references', () => {
    expect(htmlText('<b>A&amp;B</b> &lt;x&gt; &#x4E00;&#20108;')).toBe('A&B <x> 一二');
  });
});

const data = {
  cc: '区委各部门，区武装部。区人大常委会办公室，区政协办公室，区人民法院，区人民检察院。',
  printer: '北京市西城区人民政府办公室',
  printedDate: '2017-02-20',
};

const colophonHtml = (lines: string[]) =>
  `<p>正文</p><div class="gw-colophon">${lines.map((l) => `<p class="gw-colophon-line">${l}</p>`).join('')}</div>`;

describe('colophonLines', () => {
  it('reads the 版记 lines from rendered HTML', () => {
    expect(colophonLines(colophonHtml(['抄送: 甲。', '乙&amp;丙']))).toEqual(['抄送: 甲。', '乙&丙']);
    expect(colophonLines('<p>no colophon</p>')).toEqual([]);
  });
});

describe('printColophon', () => {
  it('structures a 版记 whose lines are exactly the frontmatter', () => {
    const lines = [
      '抄送: 区委各部门，区武装部。',
      '区人大常委会办公室，区政协办公室，区人民法院，区人民',
      '检察院。',
      '北京市西城区人民政府办公室2017年2月20日印发',
    ];
    expect(printColophon(lines, data)).toEqual({
      cc: ['区委各部门，区武装部。', '区人大常委会办公室，区政协办公室，区人民法院，区人民检察院。'],
      printer: '北京市西城区人民政府办公室',
      printed: '2017年2月20日印发',
    });
  });

  it('accepts the printer and date on separate lines and a 版记 without 抄送', () => {
    const lines = ['北京市西城区人民政府办公室', '2017年2月20日印发'];
    expect(printColophon(lines, { printer: data.printer, printedDate: data.printedDate })).toEqual({
      cc: [],
      printer: data.printer,
      printed: '2017年2月20日印发',
    });
  });

  it('keeps the source lines when they say anything else', () => {
    const extra = [
      '抄送：区委各部门，区武装部。区人大常委会办公室，区政协办公室，区人民法院，区人民检察院。',
      '北京市西城区人民政府办公室2017年2月20日印发',
      '（共印50份）',
    ];
    expect(printColophon(extra, data)).toBeUndefined();
    expect(
      printColophon(['北京市西城区人民政府办公室2017年2月21日印发'], {
        printer: data.printer,
        printedDate: data.printedDate,
      }),
    ).toBeUndefined();
    expect(printColophon([], data)).toBeUndefined();
    expect(printColophon(['抄送：甲。'], { cc: '甲。' })).toBeUndefined();
  });
});
