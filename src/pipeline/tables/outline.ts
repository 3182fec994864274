/**
 * Outline numbering as printed in these notices, from the top level down:
 *   第一季度… / 第三章   (section labels)
 *   一、            (level 1)
 *   （一）          (level 2)
 *   1.              (level 3)
 *   （1）           (level 4)
 *   <1>             (level 5)
 *   1               (a bare serial number: the 序号 column)
 * Tables use the same marks to number their rows and the category cells that span them.
 */
import { toNumber } from '../grammar/numerals.ts';

export type Family = 'section' | 'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 'serial';

/** Top level first; a mark of a higher rank closes the spans of the lower ones. */
export const RANK: Record<Family, number> = { section: 0, l1: 1, l2: 2, l3: 3, l4: 4, l5: 5, serial: 6 };

const HAN_DIGITS = '一二三四五六七八九十百零〇两';

const PATTERNS: [Family, RegExp][] = [
  ['section', new RegExp(`^(?:\\d{4}年)?第([${HAN_DIGITS}\\d]+)[章节部分批类季]`)],
  ['l1', new RegExp(`^([${HAN_DIGITS}]+)[、.．]`)],
  ['l2', new RegExp(`^[（(]([${HAN_DIGITS}]+)[）)]`)],
  ['l3', /^(\d{1,3})[.．、](?!\d)/],
  ['l4', /^[（(](\d{1,3})[）)]/],
  ['l5', /^[<〈＜](\d{1,3})[>〉＞]/],
  ['serial', /^(\d{1,3})$/],
];

export interface Mark {
  family: Family;
  n: number;
}

/** The number of a bare row number (`12`, the 序号 column), when the text is one. */
export function serialNumber(text: string): number | undefined {
  const mark = markOf(text);
  return mark?.family === 'serial' ? mark.n : undefined;
}

/** `一、…`, `（一）…`, `第三章…`: a heading of the text around a table, which a table's rows do not open with alone. */
export function isHeadingText(text: string): boolean {
  const family = markOf(text)?.family;
  return family === 'l1' || family === 'l2' || family === 'section';
}

/**
 * A cell that is an outline mark and nothing else (`31.`, `（3）`): the extraction cut the mark
 * off the text it numbers, which the next cell holds. A bare number is a serial, not that.
 */
export function isBareMark(text: string): boolean {
  return PATTERNS.some(([family, re]) => {
    if (family === 'serial') return false;
    const m = re.exec(text);
    return m !== null && m[0] === text;
  });
}

/** The outline mark a cell's text starts with, if any. */
export function markOf(text: string): Mark | undefined {
  for (const [family, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { family, n: toNumber(m[1]!) };
  }
  return undefined;
}

/**
 * The longest run of numbers counting up, in printed order, as indices into `numbers`
 * (undefined: no number there). One number may be missing between two: a row number glued
 * into the cell before it, or a row lost at a page break, must not cut the table in two.
 */
export function longestCount(numbers: readonly (number | undefined)[]): number[] {
  let best: number[] = [];
  // A run started inside an earlier run is that run's tail: never longer.
  const used = new Set<number>();
  numbers.forEach((n, i) => {
    if (n === undefined || used.has(i)) return;
    const run = [i];
    let last = n;
    for (let j = i + 1; j < numbers.length; j++) {
      const m = numbers[j];
      if (m === last + 1 || m === last + 2) {
        run.push(j);
        used.add(j);
        last = m;
      }
    }
    if (run.length > best.length) best = run;
  });
  return best;
}
