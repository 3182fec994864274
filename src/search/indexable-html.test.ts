import { describe, expect, it } from 'vitest';
import { BLOCK_END, indexableHtml, joinCjkSpacing, markBlockEnds } from './indexable-html.ts';

describe('joinCjkSpacing', () => {
  it('drops whitespace between CJK characters, across inline tags too', () => {
    expect(joinCjkSpacing('<p>完\n成时限　工程</p>')).toBe('<p>完成时限工程</p>');
    expect(joinCjkSpacing('<p>防 <b>止</b> 土壤</p>')).toBe('<p>防<b>止</b>土壤</p>');
    expect(joinCjkSpacing('<p>类别\t重点</p>')).toBe('<p>类别重点</p>');
  });

  it('keeps whitespace next to Latin letters and digits, and inside scripts and tags', () => {
    expect(joinCjkSpacing('<p>PM2.5 浓度 7 号</p>')).toBe('<p>PM2.5 浓度 7 号</p>');
    expect(joinCjkSpacing('<p title="甲 乙">a b</p>')).toBe('<p title="甲 乙">a b</p>');
    expect(joinCjkSpacing('<script>var s = "甲 乙";</script><p>甲 乙</p>')).toBe('<script>var s = "甲 乙";</script><p>甲乙</p>');
  });
});

describe('markBlockEnds', () => {
  it('ends every block element with a WORD JOINER, so that Pagefind adds no period', () => {
    expect(markBlockEnds('<div><h2 id="a">一、总则</h2><p>文字<span>x</span></p></div>')).toBe(
      `<div><h2 id="a">一、总则${BLOCK_END}</h2><p>文字<span>x</span>${BLOCK_END}</p>${BLOCK_END}</div>`,
    );
    expect(markBlockEnds('<script>"</p>"</script>')).toBe('<script>"</p>"</script>');
  });

  it('is applied after joining in indexableHtml', () => {
    expect(indexableHtml('<p>完\n成</p>')).toBe(`<p>完成${BLOCK_END}</p>`);
  });
});
