/**
 * Header labels as the extraction of narrow header cells gives them: cut in two (`序` / `号`),
 * or several glued into one (`预公开政策解读政民互动`). Rebuilt from the labels alone; which
 * reading is right is decided by the rows (from-cells.ts).
 */
import type { Slot } from './types.ts';
import { LABEL_END } from './vocabulary.ts';

/** Longest first part of a cut label (`北京市` of `北京市重点任务`). */
const MAX_CUT_HEAD = 3;
/** Longest second part of a cut label (`重点任务`). */
const MAX_CUT_TAIL = 4;

/**
 * Header labels printed in narrow columns come out cut in two (`序` / `号`, `完成` / `时限`,
 * `北京市` / `重点任务`, `配合部门` / `（单位）`): joins a part of at most three characters that
 * does not end like a label with a following part of at most four that does, and a bracketed
 * part with the label before it. Returns, for each joined label, how many printed labels it took.
 */
export function mergeSplitLabels(labels: readonly string[]): {
  texts: string[];
  spans: number[];
} {
  const texts: string[] = [];
  const spans: number[] = [];
  for (let k = 0; k < labels.length; k++) {
    const a = labels[k]!;
    const b = labels[k + 1];
    const len = (s: string) => [...s].length;
    if (/^[（(].*[)）]$/.test(a) && texts.length > 0) {
      texts[texts.length - 1] += a;
      spans[spans.length - 1]! += 1;
      continue;
    }
    if (
      b !== undefined &&
      len(a) <= MAX_CUT_HEAD &&
      !LABEL_END.test(a) &&
      len(b) <= MAX_CUT_TAIL &&
      LABEL_END.test(b)
    ) {
      texts.push(a + b);
      spans.push(2);
      k++;
      continue;
    }
    texts.push(a);
    spans.push(1);
  }
  return { texts, spans };
}

/** Shortest label glued from several: three labels of two characters. */
const MIN_GLUED = 6;

/**
 * Several column labels printed side by side over narrow columns can come out as one
 * (`预公开政策解读政民互动`): when the whole labels are `width - extra` for rows `width` cells
 * wide, the label standing for several columns is the one far longer than the others. Gives
 * one column label per column (the glued label repeated, so each column keeps its kind) and
 * the head row with the glued label spanning its columns; undefined when no label stands out.
 */
export function gluedLabel(labels: readonly string[], width: number): { columns: string[]; head: Slot[] } | undefined {
  const extra = width - labels.length;
  if (extra < 1 || labels.length < 3) return undefined;
  const lengths = labels.map((l) => [...l].length);
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const longest = Math.max(...lengths);
  const at = lengths.indexOf(longest);
  // Only one clear outlier: at least twice the median and longer than every other label by half.
  const second = Math.max(...lengths.filter((_, k) => k !== at));
  if (longest < MIN_GLUED || longest < 2 * median || longest < 1.5 * second) return undefined;
  const columns: string[] = [];
  const head: Slot[] = [];
  labels.forEach((label, k) => {
    const span = k === at ? extra + 1 : 1;
    for (let c = 0; c < span; c++) {
      columns.push(label);
      head.push(c === 0 ? { text: label } : 'left');
    }
  });
  return { columns, head };
}
