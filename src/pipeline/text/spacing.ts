/**
 * Spacing repairs. The PDF extraction inserted spaces at every switch between Chinese and
 * digits or Latin letters (`2017 年 1 月`, `〔2017〕2 号`, `APEC 会议`); print has none there.
 */

import { ALNUM, CJK, PROSE_PUNCT_ANY_WIDTH } from './chars.ts';

const CJK_THEN_ALNUM = new RegExp(`([${CJK}])[ \\u00a0]+(?=[${ALNUM}])`, 'gu');
const ALNUM_THEN_CJK = new RegExp(`([${ALNUM}.})])[ \\u00a0]+(?=[${CJK}])`, 'gu');
const CJK_THEN_CJK = new RegExp(`([${CJK}])[ \\u00a0]+(?=[${CJK}])`, 'gu');

/** Removes extraction spaces between Chinese and digits/Latin; other spaces become single. */
export function fixSpacing(text: string): string {
  return text
    .replace(/[\u00a0\u2002\u2003\u3000 \t]+/g, (run) => (run.includes('\t') ? '\t' : ' '))
    .replace(CJK_THEN_ALNUM, '$1')
    .replace(ALNUM_THEN_CJK, '$1')
    .trim();
}

/** Removes every space between two Chinese characters; for titles joined from wrapped lines. */
export function joinCjk(text: string): string {
  return fixSpacing(text).replace(CJK_THEN_CJK, '$1');
}

const CJK_FIGURE = new RegExp(`[${CJK}] ?[${ALNUM}]|[${ALNUM}] ?[${CJK}]`, 'gu');

/** Places where Chinese meets a figure in `lines`, and how many of them hold a space. */
function figureMeetings(lines: readonly string[]): { spaced: number; all: number } {
  let spaced = 0;
  let all = 0;
  for (const l of lines)
    for (const m of l.matchAll(CJK_FIGURE)) {
      all++;
      if (m[0].includes(' ')) spaced++;
    }
  return { spaced, all };
}

/**
 * Whether the extraction spaces figures off Chinese (`投入 4.8863 亿元`), learned from the places
 * where the two meet in sentences (lines with sentence punctuation): a table's cells
 * (`3 BXCⅡ-8 九嶷派古琴艺术`) are apart by the very spaces in question. Undefined when no
 * sentence has a figure.
 */
export function spacesFigures(lines: readonly string[]): boolean | undefined {
  const { spaced, all } = figureMeetings(lines.filter((l) => PROSE_PUNCT_ANY_WIDTH.test(l)));
  return all === 0 ? undefined : spaced * 2 > all;
}

/** Whether most places where Chinese meets a figure in `lines`, whatever they are, hold a space. */
export function mostlySpacesFigures(lines: readonly string[]): boolean {
  const { spaced, all } = figureMeetings(lines);
  return spaced * 2 > all;
}
