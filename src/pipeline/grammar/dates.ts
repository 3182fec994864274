import { DATE } from './patterns.ts';

/** ISO date (yyyy-mm-dd) of the first Chinese date in a text, or undefined. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const [y, mo, d] = [yearNumber(m[1]!), numeralValue(m[2]!), numeralValue(m[3]!)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DIGIT = '〇一二三四五六七八九';

/** 2017, or 二〇一七 read digit by digit (○ and 零 are zero too). */
function yearNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return Number([...s].map((ch) => (ch === '○' || ch === '零' ? 0 : DIGIT.indexOf(ch))).join(''));
}

/** 12, or 十二 / 二十三 / 三十一 (month and day numerals). */
function numeralValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  const digit = (ch: string | undefined) => (ch === undefined ? 0 : Math.max(0, DIGIT.indexOf(ch)));
  if (ten < 0) return digit(s);
  return (ten === 0 ? 1 : digit(s[ten - 1])) * 10 + digit(s[ten + 1]);
}
