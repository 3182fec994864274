import { readFileSync } from 'node:fs';
import type { Line } from '../model.ts';

/**
 * Test-only: builds `Line[]` from raw text with the normalizer's contract, so the table tests
 * do not depend on the normalizer's internals:
 * - blank source lines are not kept, they are counted in the next line's `blanksBefore`;
 * - page-number lines (`— 31 —`) are removed entirely;
 * - whitespace-only lines are kept with text '' and `spaceOnly` (rotated-table separators);
 * - `text` is trimmed, NBSP and space runs collapsed, extraction spaces between Chinese and
 *   digits/Latin removed; `raw` is the untouched line;
 * - `pageStart` when the line starts with exactly one space.
 * `firstNo` lets a fixture cut from a seed keep the seed's line numbers.
 */
export function linesFromText(text: string, firstNo = 1): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  text.split('\n').forEach((source0, i) => {
    const source = source0.replace(/\r$/, '');
    if (source === '') {
      blanks++;
      return;
    }
    if (/^\s*[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}\s*$/.test(source)) return;
    const spaceOnly = source.trim() === '';
    lines.push({
      no: firstNo + i,
      raw: source,
      text: spaceOnly ? '' : tidy(source),
      pageStart: /^ (?! )/.test(source) && !spaceOnly,
      blanksBefore: blanks,
      spaceOnly,
    });
    blanks = 0;
  });
  return lines;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·';
const ALNUM = 'A-Za-z0-9%‰';

function tidy(s: string): string {
  return s
    .replace(/[\u00a0\u2002\u2003\u3000 ]+/g, ' ')
    .replace(new RegExp(`([${CJK}]) +(?=[${ALNUM}])`, 'gu'), '$1')
    .replace(new RegExp(`([${ALNUM}.]) +(?=[${CJK}])`, 'gu'), '$1')
    .trim();
}

/** Reads a fixture file of this folder. The first line may be `#from <n>`: the seed line it was cut at. */
export function fixture(name: string): Line[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const m = /^#from (\d+)\n/.exec(text);
  return m ? linesFromText(text.slice(m[0].length), Number(m[1])) : linesFromText(text);
}
