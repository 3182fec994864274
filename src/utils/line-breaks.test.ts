import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { describe, expect, it } from 'vitest';
import { breakBodyTitles, breaksInside, phraseBreaks, phraseHtml, phraseHtmlFragment, phrases } from './line-breaks.ts';

const SNOW = '北京市西城区人民政府关于印发西城区冰雪运动发展规划（2016-2022年）的通知';
const FIRE = '北京市西城区“十三五”时期消防事业发展建设规划';
const budoux = loadDefaultSimplifiedChineseParser();
/** The HTML without the marks the helpers add. */
const text = (html: string) => html.replace(/<wbr>|<span class="gw-phrase">|<\/span>/g, '');

describe('phrases', () => {
  it('should keep 冰雪 and 时期 whole', () => {
    expect(phrases(SNOW)).toContain('冰雪');
    expect(phrases(SNOW).join('')).toBe(SNOW);
    expect(phrases(FIRE)).toContain('时期');
  });

  it('should break only where BudouX breaks', () => {
    for (const title of [
      SNOW,
      FIRE,
      '北京市西城区人民政府办公室关于印发北京市西城区促进全民阅读建设“书香西城”若干意见的通知',
    ]) {
      const model = new Set(budoux.parseBoundaries(title));
      expect(phraseBreaks(title).filter((at) => !model.has(at))).toEqual([]);
    }
  });

  it('should keep a short quoted name whole, the model splits “十三|五”', () => {
    expect(budoux.parse(FIRE)).toContain('“十三');
    expect(phrases(FIRE)).toContain('“十三五”');
    expect(phrases('关于“开墙打洞”房屋')).toContain('“开墙打洞”');
  });

  it('should break inside a long quotation', () => {
    const long = '“一二三四五六七八九十一二三四五六七八九十的工作方案”';
    expect(phrases(`关于${long}的通知`).length).toBeGreaterThan(3);
  });
});

describe('phraseHtml', () => {
  it('should put <wbr> between phrases and escape the text, adding no character', () => {
    const html = phraseHtml(SNOW);
    expect(html).toContain('冰雪<wbr>');
    expect(html).not.toMatch(/冰<wbr>雪/);
    expect(text(html)).toBe(SNOW);
    expect(text(phraseHtml('甲<乙>&丙'))).toBe('甲&lt;乙&gt;&amp;丙');
  });
});

describe('breaksInside', () => {
  it('should tell the phrases a browser could break inside despite keep-all', () => {
    expect(breaksInside('（2016-2022年）')).toBe(true);
    expect(breaksInside('Ⅰ 类')).toBe(true);
    expect(breaksInside('冰雪')).toBe(false);
    expect(breaksInside('2017年-')).toBe(false);
    expect(breaksInside('“十三五”')).toBe(false);
  });

  it('should hold such a phrase in an inline block', () => {
    const html = phraseHtml('西城区冰雪运动发展规划（2016-2022年）的通知');
    expect(html).toContain('<span class="gw-phrase">（2016-2022年）</span>');
    expect(phraseHtmlFragment('发展规划（2016-2022年）的通知')).toContain(
      '<span class="gw-phrase">（2016-2022年）</span>',
    );
  });
});

describe('phraseHtmlFragment', () => {
  it('should break the text of a fragment without touching tags or character references', () => {
    const html = '西城区<a href="#x">冰雪运动</a>发展规划&amp;说明';
    const out = phraseHtmlFragment(html);
    expect(text(out)).toBe(html);
    expect(out).toContain('<a href="#x">');
    expect(out).toContain('&amp;');
    expect(out).not.toMatch(/&[a-z]*<wbr>/);
  });
});

describe('breakBodyTitles', () => {
  it('should break the titles of an issued plan and of attachments, and nothing else', () => {
    const html =
      '<p>北京市西城区冰雪运动发展规划</p><h2 id="wb-title" class="gw-issued-title">北京市西城区冰雪运动发展规划</h2>' +
      '<section><h2 id="fj-1-title" class="gw-attachment-title">西城区冰雪运动发展规划</h2></section>';
    const out = breakBodyTitles(html);
    expect(out.startsWith('<p>北京市西城区冰雪运动发展规划</p>')).toBe(true);
    expect(out.match(/<wbr>/g)?.length).toBeGreaterThan(3);
    expect(text(out)).toBe(html);
  });
});
