import { describe, expect, it } from 'vitest';
import { PDFTOTEXT_LINES, MARKED_LINES } from '../fixtures/geometries.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { source } from '../fixtures/load.ts';
import { restoreHeadingTails } from './orphans.ts';

const texts = (lines: string[], g = PDFTOTEXT_LINES) =>
  restoreHeadingTails(normalizeLines(source(lines)).lines, g).map((l) => l.text);

describe('restoreHeadingTails', () => {
  it('should put a heading’s last character, read before it on its page, back after the heading line', () => {
    // pdftotext's default mode on the site's print of 西政办发〔2017〕3号, 附件1.
    expect(texts(['长', '', '一、西城区困难群众基本生活保障工作领导小组组长、副组', '', '组长：', '副组长：'])).toEqual(
      ['一、西城区困难群众基本生活保障工作领导小组组长、副组', '长', '组长：', '副组长：'],
    );
  });

  it('should find the heading further down the page, past a list', () => {
    expect(
      texts([
        '\f员',
        '',
        '区红十字会',
        '各街道办事处',
        '三、西城区困难群众基本生活保障工作领导小组办公室及成',
        '领导小组办公室设在区民政局',
      ]),
    ).toEqual([
      '区红十字会',
      '各街道办事处',
      '三、西城区困难群众基本生活保障工作领导小组办公室及成',
      '员',
      '领导小组办公室设在区民政局',
    ]);
  });

  it('should leave a piece alone without a full heading line after it on its page', () => {
    const short = ['长', '', '一、工作目标', '', '组长：'];
    expect(texts(short)).toEqual(['长', '一、工作目标', '组长：']);
    const nextPage = ['长', '', '\f一、西城区困难群众基本生活保障工作领导小组组长、副组'];
    expect(texts(nextPage)).toEqual(['长', '一、西城区困难群众基本生活保障工作领导小组组长、副组']);
    const ended = ['是', '', '一、西城区困难群众基本生活保障工作领导小组组长及成员。'];
    expect(texts(ended)).toEqual(['是', '一、西城区困难群众基本生活保障工作领导小组组长及成员。']);
  });

  it('should change nothing where a blank line follows every line or positions are kept', () => {
    const lines = ['长', '', '一、西城区困难群众基本生活保障工作领导小组组长、副组', '', '组长：'];
    expect(texts(lines, MARKED_LINES)).toEqual([
      '长',
      '一、西城区困难群众基本生活保障工作领导小组组长、副组',
      '组长：',
    ]);
    expect(texts(lines, { ...PDFTOTEXT_LINES, indented: true })).toEqual([
      '长',
      '一、西城区困难群众基本生活保障工作领导小组组长、副组',
      '组长：',
    ]);
  });
});
