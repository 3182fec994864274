/**
 * Spacing repairs. The PDF extraction inserted spaces at every switch between Chinese and
 * digits or Latin letters (`2017 年 1 月`, `〔2017〕2 号`, `APEC 会议`); print has none there.
 */

import { ALNUM, CJK } from './chars.ts';

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
