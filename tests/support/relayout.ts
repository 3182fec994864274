/**
 * Re-lays out a paragraph-per-line gazette text the way the other extraction prints it:
 * lines wrapped at a fixed measure with a blank line after each, a trailing space at each
 * paragraph end, spaces inserted between Chinese and digits, titles wrapped without blank
 * lines, a leading space at every new printed page and `— n —` page-number lines.
 * Used to prove that the parser does not depend on one layout.
 */
import { CJK, isFullWidth } from '../../src/pipeline/text/chars.ts';

export interface RelayoutOptions {
  /** Characters per printed line (Chinese characters; digits count half). */
  measure: number;
  /** Printed lines per page. */
  linesPerPage: number;
  firstPage: number;
}

const CJK_THEN_ALNUM = new RegExp(`([${CJK}])(?=[0-9A-Za-z])`, 'gu');
const ALNUM_THEN_CJK = new RegExp(`([0-9A-Za-z%])(?=[${CJK}])`, 'gu');

/** The spaces the PDF extraction inserts between Chinese and digits or Latin letters. */
function spaceDigits(text: string): string {
  return text.replace(CJK_THEN_ALNUM, '$1 ').replace(ALNUM_THEN_CJK, '$1 ');
}

function wrap(text: string, measure: number): string[] {
  const out: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = isFullWidth(ch) ? 2 : 1;
    if (width + w > measure * 2 && line !== '') {
      out.push(line);
      line = '';
      width = 0;
    }
    line += ch;
    width += w;
  }
  if (line !== '') out.push(line);
  // The extractor never starts a printed line with an inserted space (that marks a new page).
  return out.map((l, i) => (i > 0 ? l.replace(/^ +/, '') : l));
}

export function relayout(paragraphs: readonly string[], options: RelayoutOptions): string {
  const out: string[] = [];
  let printed = 0;
  let page = options.firstPage;
  const emit = (line: string, blankAfter: boolean) => {
    if (printed > 0 && printed % options.linesPerPage === 0) {
      if (page % 2 === 1) out.push(`— ${page} —`);
      page++;
      line = ` ${line}`;
    }
    out.push(line);
    if (blankAfter) out.push('');
    printed++;
  };
  for (const p of paragraphs) {
    const text = spaceDigits(p.replace(/^- /, '').replace(/\t/g, ' '));
    const isTitle = /(通知|意见|办法|方案|计划)$/.test(p) && p.length < 80 && !/[。；：]/.test(p);
    const lines = wrap(text, isTitle ? Math.min(20, options.measure) : options.measure);
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      // Title lines are printed as hard lines with no blank between them.
      if (isTitle) emit(`${line} `, last);
      else emit(last ? `${line} ` : line, true);
    });
  }
  return out.join('\n');
}
