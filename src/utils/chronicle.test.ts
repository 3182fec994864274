import { describe, expect, it } from 'vitest';
import { chronicleHtml } from './chronicle.ts';

describe('chronicleHtml', () => {
  it('should turn day paragraphs into a definition list per month, each entry under its own day as printed', () => {
    const html = [
      '<h2 id="m1">1月</h2>',
      '<p>3日，甲。</p>',
      '<p>16日，乙。</p>',
      '<p>16日，丙<sub>2</sub>。</p>',
      '<h2 id="m2">2月</h2>',
      '<p>5日—8日，丁。</p>',
      '<p>10日至12日，戊。</p>',
    ].join('\n');
    expect(chronicleHtml(html)).toBe(
      [
        '<h2 id="m1">1月</h2>',
        '<dl class="dsj-days"><div class="dsj-day"><dt>3日</dt><dd>甲。</dd></div>',
        '<div class="dsj-day"><dt>16日</dt><dd>乙。</dd></div>',
        '<div class="dsj-day"><dt>16日</dt><dd>丙<sub>2</sub>。</dd></div></dl>\n<h2 id="m2">2月</h2>',
        '<dl class="dsj-days"><div class="dsj-day"><dt>5日—8日</dt><dd>丁。</dd></div>',
        '<div class="dsj-day"><dt>10日至12日</dt><dd>戊。</dd></div></dl>',
      ].join('\n'),
    );
  });

  it('leaves paragraphs without a day as they are, and ends the list there', () => {
    const html = '<h2 id="m3">3月</h2>\n<p>本月，甲。</p>\n<p>2日，乙。</p>\n<p class="x">3日，丙。</p>\n';
    expect(chronicleHtml(html)).toBe(
      '<h2 id="m3">3月</h2>\n<p>本月，甲。</p>\n<dl class="dsj-days"><div class="dsj-day"><dt>2日</dt><dd>乙。</dd></div></dl>\n<p class="x">3日，丙。</p>\n',
    );
  });

  it('returns text without day paragraphs unchanged', () => {
    expect(chronicleHtml('<p>正文。</p>')).toBe('<p>正文。</p>');
    expect(chronicleHtml('')).toBe('');
  });
});
