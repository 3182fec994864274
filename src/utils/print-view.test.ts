import { describe, expect, it } from 'vitest';
import { colophonLines, htmlText, levelKind, markHeadingKinds, printColophon } from './print-view.ts';

describe('levelKind', () => {
  it('names the four levels of GB/T 9704 and chapters', () => {
    expect(levelKind('一、综合优秀单位')).toBe('1');
    expect(levelKind('十二、其他')).toBe('1');
    expect(levelKind('（一）总体要求')).toBe('2');
    expect(levelKind('(三)在健全安全生产体制')).toBe('2');
    expect(levelKind('1.市场准入和退出标准')).toBe('3');
    expect(levelKind('12．完善机制')).toBe('3');
    expect(levelKind('（1）不得设置')).toBe('4');
    expect(levelKind('(4)不得设置没有法律法规依据的审批')).toBe('4');
    expect(levelKind('第一章 规划背景')).toBe('chapter');
    expect(levelKind('　第十节 附则')).toBe('chapter');
  });

  it('leaves other headings alone', () => {
    expect(levelKind('序 言')).toBeUndefined();
    expect(levelKind('1月')).toBeUndefined();
    expect(levelKind('1.5倍以上')).toBeUndefined();
    expect(levelKind('西城区冰雪运动发展规划（2016-2022年）')).toBeUndefined();
    expect(levelKind('')).toBeUndefined();
  });
});

describe('markHeadingKinds', () => {
  it('adds data-level-kind to numbered h2–h5 and keeps everything else byte for byte', () => {
    const html =
      '<p>一、不是标题</p><h2 id="zw-1">一、综合</h2><h3 id="a">（一）<a href="#x">链</a></h3>' +
      '<h4 id="b">1.细则</h4><h5>（1）条目</h5><h2 id="wb-title" class="gw-issued-title">规划</h2><h1>一、标题</h1>';
    expect(markHeadingKinds(html)).toBe(
      '<p>一、不是标题</p><h2 id="zw-1" data-level-kind="1">一、综合</h2><h3 id="a" data-level-kind="2">（一）<a href="#x">链</a></h3>' +
        '<h4 id="b" data-level-kind="3">1.细则</h4><h5 data-level-kind="4">（1）条目</h5><h2 id="wb-title" class="gw-issued-title">规划</h2><h1>一、标题</h1>',
    );
  });

  it('does not override a kind the pipeline already wrote', () => {
    const html = '<h3 id="a" data-level-kind="1">（一）x</h3>';
    expect(markHeadingKinds(html)).toBe(html);
  });
});

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
    const lines = ['抄送: 区委各部门，区武装部。', '区人大常委会办公室，区政协办公室，区人民法院，区人民', '检察院。', '北京市西城区人民政府办公室2017年2月20日印发'];
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
    const extra = ['抄送：区委各部门，区武装部。区人大常委会办公室，区政协办公室，区人民法院，区人民检察院。', '北京市西城区人民政府办公室2017年2月20日印发', '（共印50份）'];
    expect(printColophon(extra, data)).toBeUndefined();
    expect(printColophon(['北京市西城区人民政府办公室2017年2月21日印发'], { printer: data.printer, printedDate: data.printedDate })).toBeUndefined();
    expect(printColophon([], data)).toBeUndefined();
    expect(printColophon(['抄送：甲。'], { cc: '甲。' })).toBeUndefined();
  });
});
