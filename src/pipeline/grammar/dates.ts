import { DATE } from './patterns.ts';

/** ISO date (yyyy-mm-dd) of the first Chinese date in a text, or undefined. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
