/**
 * Numerals of outline marks and serials (`第三章`, `（十二）`, `一百零五、`, `第285号`): Chinese
 * numerals and Arabic digits, read once for the heading reader and the table readers.
 */

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 两 → 2; Arabic digits as they are. */
export function toNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (ch: string) => '零一二三四五六七八九'.indexOf(ch === '〇' ? '零' : ch === '两' ? '二' : ch);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = Math.max(0, digit(ch));
    }
  }
  return total + current;
}
