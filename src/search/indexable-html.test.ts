import { describe, expect, it } from 'vitest';
import { BLOCK_END, indexableHtml, joinCjkSpacing, reshapeBlocks, SECTION_END } from './indexable-html.ts';

describe('joinCjkSpacing', () => {
  it('drops whitespace between CJK characters, across inline tags too', () => {
    expect(joinCjkSpacing('<p>完\n成时限　工程</p>')).toBe('<p>完成时限工程</p>');
    expect(joinCjkSpacing('<p>防 <b>止</b> 土壤</p>')).toBe('<p>防<b>止</b>土壤</p>');
    expect(joinCjkSpacing('<p>类别\t重点</p>')).toBe('<p>类别重点</p>');
  });

  it('keeps whitespace next to Latin letters and digits, and inside scripts and tags', () => {
    expect(joinCjkSpacing('<p>PM2.5 浓度 7 号</p>')).toBe('<p>PM2.5 浓度 7 号</p>');
    expect(joinCjkSpacing('<p title="甲 乙">a b</p>')).toBe('<p title="甲 乙">a b</p>');
    expect(joinCjkSpacing('<script>var s = "甲 乙";</script><p>甲 乙</p>')).toBe(
      '<script>var s = "甲 乙";</script><p>甲乙</p>',
    );
  });
});

describe('reshapeBlocks', () => {
  it('reads paragraphs as running text, so a word wrapped over two printed lines is one word', () => {
    expect(reshapeBlocks('<div class="c"><p class="l">区人民检察</p><p>院。</p></div>')).toBe(
      '<span class="c"><span class="l">区人民检察</span><span>院。</span></span>',
    );
    expect(reshapeBlocks('<ul><li>一</li></ul>')).toBe('<span><span>一</span></span>');
  });

  it('ends headings, cells, sections and the article with a WORD JOINER, so that Pagefind adds no period', () => {
    expect(
      reshapeBlocks('<section id="fj-1"><h2 id="a">一、总则</h2><table><tr><td>区财政局</td></tr></table></section>'),
    ).toBe(
      `<section id="fj-1"><h2 id="a">一、总则${BLOCK_END}</h2><table><tr><td>区财政局${BLOCK_END}</td></tr></table>` +
        `${BLOCK_END}</section><span id="${SECTION_END}1"></span>`,
    );
    expect(reshapeBlocks('<script>"</p>"</script>')).toBe('<script>"</p>"</script>');
  });

  it('marks the end of outermost sections only', () => {
    expect(reshapeBlocks('<section id="a"><section id="b">x</section>y</section><section id="c">z</section>')).toBe(
      `<section id="a"><section id="b">x${BLOCK_END}</section>y${BLOCK_END}</section><span id="${SECTION_END}1"></span>` +
        `<section id="c">z${BLOCK_END}</section><span id="${SECTION_END}2"></span>`,
    );
  });

  it('is applied after joining in indexableHtml', () => {
    expect(indexableHtml('<p>完\n成</p>\n<p>时限</p>')).toBe('<span>完成</span><span>时限</span>');
  });
});
