import { HAN, isFullWidth, isHan } from '../text/chars.ts';
import { cleanCell } from './text.ts';

/**
 * Splits a raw printed line into the values of a space-separated table row.
 *
 * The extraction put spaces in three places, and only one of them separates values:
 * - between values (`133 124 310`, `火警 抢险救援`) — kept as separators;
 * - between a number and the Chinese unit after it (`2011 年`, `3 月`) — closed up;
 * - inside a label letter-spaced to fill its cell (`年  份`, `合  计`, `孙  硕`) — closed up
 *   when every part is one Han character, also inside an enumeration (`王  旭、孙  硕`);
 * a bracket opened in one token closes in a later one (`（共计 1 项）`): joined; and a label
 * ending in a colon is a value of its own (`组长：王少峰` → `组长：`, `王少峰`).
 */
export function splitValues(raw: string): string[] {
  return splitWithGaps(raw).values.slice();
}

/**
 * The values of a line and, between each two, the separator as printed ('' after a colon
 * label). A *real* gap is one the extraction did not invent: two or more spaces, a colon
 * label, or a single space between two Chinese characters (the extraction only added single
 * spaces between Chinese and digits or Latin letters).
 */
export function splitWithGaps(raw: string): { values: string[]; gaps: string[] } {
  // Readers ask about the same lines many times while they look for a table's extent.
  const known = memo.get(raw);
  if (known) return known;
  const result = split(raw);
  if (memo.size > 100_000) memo.clear();
  memo.set(raw, result);
  return result;
}

/** One Han character, as a letter-spaced label prints each (`年  份`), a colon allowed after it. */
const ONE_HAN_LABEL = new RegExp(`^${HAN}[：:]?$`, 'u');
const ONE_HAN = new RegExp(`^${HAN}$`, 'u');

const memo = new Map<string, { values: string[]; gaps: string[] }>();

function split(raw: string): { values: string[]; gaps: string[] } {
  const text = raw.replace(/[\u00a0\u3000\t]/g, ' ').trim();
  const parts: { text: string; gap: string }[] = [];
  for (const m of text.matchAll(/( *)(\S+)/g)) {
    // `组长：王少峰`: a label with its colon is a value of its own.
    m[2]!.split(/(?<=[：:])(?=\S)/).forEach((piece, k) => parts.push({ text: piece, gap: k === 0 ? m[1]! : '' }));
  }
  const values: string[] = [];
  const gaps: string[] = [];
  // Whether the last value was built from single letter-spaced Han characters.
  let spaced = false;
  for (const { text: part, gap } of parts) {
    const prev = values[values.length - 1];
    const single = ONE_HAN_LABEL.test(part);
    let merge = false;
    if (prev === undefined) merge = false;
    else if (gap !== '' && /^\d+(\.\d+)?$/.test(prev) && ONE_HAN.test(part)) merge = true;
    else if (gap !== '' && single && (spaced || ONE_HAN.test(prev))) merge = true;
    else if (
      gap !== '' &&
      lastName(prev).length === 1 &&
      (firstName(part).length === 1 || (single && /[、，]/.test(prev)))
    ) {
      merge = true;
    } else if (gap !== '' && openBrackets(prev) > 0) merge = true;
    if (merge) {
      values[values.length - 1] = prev + part;
      spaced = single && !/[：:]$/.test(part) && (spaced || ONE_HAN.test(prev!));
    } else {
      if (values.length > 0) gaps.push(gap);
      values.push(part);
      spaced = false;
    }
  }
  return { values: values.map(cleanCell), gaps };
}

/** Whether some gap between the values of a line is a real one (see `splitWithGaps`). */
export function hasRealGap(raw: string): boolean {
  const { values, gaps } = splitWithGaps(raw);
  return gaps.some((gap, i) => {
    // `牵头单位：区编办` is a labelled sentence, not a row: a colon alone is no gap.
    if (gap === '') return false;
    if (gap.length >= 2) return true;
    const left = [...values[i]!].at(-1) ?? '';
    const right = [...values[i + 1]!][0] ?? '';
    return isFullWidth(left) && isFullWidth(right);
  });
}

/**
 * A two-character name letter-spaced inside an enumeration (`王  旭、孙  硕、姜立光`): the
 * single Han character before the gap and the one after it belong together.
 */
function lastName(s: string): string {
  const seg = [...(s.split(/[、，：:]/).at(-1) ?? '')];
  return seg.every(isHan) ? seg.join('') : '';
}

function firstName(s: string): string {
  const seg = [...(s.split(/[、，]/)[0] ?? '')];
  return seg.every(isHan) && /[、，]/.test(s) ? seg.join('') : '';
}

/** Brackets opened and not yet closed in `s`. */
function openBrackets(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if ('（(《“'.includes(ch)) depth++;
    else if ('）)》”'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** A value: a number, a decimal, a percentage. */
export function isNumber(token: string): boolean {
  return /^[-+]?\d+(\.\d+)?[%‰]?$/.test(token);
}
