/**
 * The header of a table printed again on every page, found in a stream of cells and taken
 * out of it (rotated pages and tables printed cell by cell).
 */
import { PROSE_PUNCT } from '../text/chars.ts';
import { textOf, type RCell } from './cell-stream.ts';
import { longestCount, serialNumber } from './outline.ts';

/** Fewest labels of a header: two cells repeating by chance is common, three is not. */
const MIN_LABELS = 3;
/**
 * Places of one text looked at as the start of a header copy, and first places compared with
 * the others: a header is printed once a page, so its first copies are among the first places
 * of its text; the caps keep a cell repeated in every row (`是`) from costing quadratic time.
 */
const MAX_PLACES = 64;
const FIRST_PLACES = 4;
/** Labels a header may grow by to the left (`序` before `号`): more than any table prints cut. */
const MAX_LABELS_BEFORE = 8;
/** Cells before the first copy that are still the table's title (附件 label, title lines). */
const MAX_TITLE_CELLS = 4;

export interface Header {
  texts: string[];
  /** The printed copies, in order. */
  at: Copy[];
}

/** Longest label of a header printed once: a column's name, not a value. */
const MAX_ONCE_LABEL = 8;
/** Fewest numbered rows that show how many cells a row has. */
const MIN_ONCE_ROWS = 3;

/**
 * A header printed once, over a table that fits its page (no copy to know it by): the labels
 * right before the first row number, as many as the cells of most numbered rows
 * (`序号` / `姓名` / `工作单位` / `1` / `王挥` / `上海市…公司` / `2` / …).
 */
export function headerPrintedOnce(texts: readonly string[]): Header | undefined {
  const anchors = longestCount(texts.map(serialNumber));
  if (anchors.length < MIN_ONCE_ROWS) return undefined;
  const first = anchors[0]!;
  const size = commonest(anchors.slice(1).map((a, r) => a - anchors[r]!));
  if (texts[first] !== '1' || size < 2 || first < size) return undefined;
  const labels = texts.slice(first - size, first);
  const isLabel = (t: string) =>
    t !== '' && [...t].length <= MAX_ONCE_LABEL && !/\d/.test(t) && !PROSE_PUNCT.test(t) && !/^[（(]/.test(t);
  if (!labels.every(isLabel)) return undefined;
  return { texts: labels, at: [{ index: first - size, length: size, kind: 'exact' }] };
}

function commonest(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * The header is the run of three or more non-empty cells printed most (copies × length):
 * candidates are the runs two places in the stream have in common. Its first label is then
 * settled from all copies: on some pages it is glued to the end of the previous cell
 * (`…库存。工作`), so the label is the text every copy ends with; and the run is extended
 * backwards while the copies are preceded by the same label (`序` before `号`): all of them,
 * or most of them when a page lost part of it.
 */
export function findHeader(texts: readonly string[]): Header | undefined {
  const positions = new Map<string, number[]>();
  texts.forEach((t, i) => {
    if (t === '') return;
    const list = positions.get(t) ?? [];
    if (list.length < MAX_PLACES) list.push(i);
    positions.set(t, list);
  });
  const candidates = new Map<string, { i: number; k: number }>();
  for (const list of positions.values()) {
    for (let a = 0; a < Math.min(FIRST_PLACES, list.length); a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        let k = 0;
        while (j + k < texts.length && i + k < j && texts[i + k] !== '' && texts[i + k] === texts[j + k]) k++;
        if (k < MIN_LABELS) continue;
        const key = texts.slice(i, i + k).join('\u0001');
        if (!candidates.has(key)) candidates.set(key, { i, k });
      }
    }
  }
  let best: { i: number; k: number; score: number } | undefined;
  for (const { i, k } of candidates.values()) {
    const score = exactCopies(texts, texts.slice(i, i + k)) * k;
    if (!best || score > best.score || (score === best.score && i < best.i)) best = { i, k, score };
  }
  if (!best) return undefined;
  let header = mostCopied(texts, texts.slice(best.i, best.i + best.k));
  // Settle the first label from the cells before every copy of the rest.
  const before = copies(texts, header.slice(1), false).map((o) => o.index - 1);
  const settled = commonLabel(texts, before) ?? mostCommon(texts, before);
  if (settled !== undefined) header = [settled, ...header.slice(1)];
  for (let grown = 0; grown < MAX_LABELS_BEFORE; grown++) {
    const at = copies(texts, header, false).filter((o) => o.kind === 'exact');
    const preceding = at.map((o) => o.index - 1);
    const label = commonLabel(texts, preceding) ?? mostCommon(texts, preceding);
    if (label === undefined || at.length < 2) break;
    header = [label, ...header];
  }
  const at = copies(texts, header, true);
  return at.length >= 2 ? { texts: header, at } : undefined;
}

/**
 * The text most of the cells at `indices` hold: at least two of them and half, and a text
 * found mostly there (a header label is printed in the header; `长期实施` ending many rows
 * is data even when it happens to end most pages).
 */
function mostCommon(texts: readonly string[], indices: readonly number[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const t = texts[i];
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] < 2 || best[1] * 2 < indices.length) return undefined;
  const everywhere = texts.filter((t) => t === best[0]).length;
  return best[1] * 3 >= everywhere * 2 ? best[0] : undefined;
}

/**
 * The part of a repeated run that is printed most: two pages may by chance end with the same
 * cells before their header copy (`是 / 是 / …序号`), which the longest run then includes.
 * The sub-run with the most copies × length is the header.
 */
function mostCopied(texts: readonly string[], run: readonly string[]): string[] {
  let best = { score: 0, from: 0, to: run.length };
  for (let from = 0; from < run.length; from++) {
    for (let to = from + 2; to <= run.length; to++) {
      const score = exactCopies(texts, run.slice(from, to)) * (to - from);
      if (score > best.score) best = { score, from, to };
    }
  }
  return run.slice(best.from, best.to);
}

/**
 * The label that the cells at `indices` all end with. Either one of them is exactly that label
 * (so it is a real cell somewhere, not a chance common ending such as `局`), or every copy has
 * it glued on: then the longest common ending counts when it is at least two characters
 * without sentence punctuation, shared by three or more copies.
 */
function commonLabel(texts: readonly string[], indices: readonly number[]): string | undefined {
  const cells = indices.filter((i) => i >= 0).map((i) => texts[i]!);
  if (cells.length < 2 || cells.length < indices.length) return undefined;
  const exact = cells.filter((c) => c !== '').sort((a, b) => a.length - b.length)[0];
  if (exact !== undefined && cells.every((c) => c.endsWith(exact))) return exact;
  let suffix = cells[0]!;
  for (const c of cells) {
    let k = 0;
    while (k < suffix.length && k < c.length && suffix[suffix.length - 1 - k] === c[c.length - 1 - k]) k++;
    suffix = suffix.slice(suffix.length - k);
  }
  if (cells.length >= 3 && [...suffix].length >= 2 && !PROSE_PUNCT.test(suffix)) return suffix;
  return undefined;
}

/**
 * A printed copy of the header in the cell stream. Its first label may be:
 * `exact`; `glued` to the end of the cell before (`…库存。工作`); `partial`, the rest of the
 * label lost at a page break (`序` for `序号`); or missing altogether (`headless`, the copy
 * starts at the second label). Loose kinds only count for headers of four labels or more, or
 * three for `partial`, so that a chance match in the data is unlikely.
 */
export interface Copy {
  index: number;
  length: number;
  kind: 'exact' | 'glued' | 'partial' | 'headless' | 'sparse';
}

/**
 * Fewest labels of a `sparse` copy: a page whose header came out with labels missing or cut
 * short here and there (`北京市措` / `2017年我区重点任务` / `牵头单位` / `参与单位` / `完成`,
 * its `序号` lost). Four labels or more in the header's order, half the header at least and
 * three of them whole, are not data by chance.
 */
const MIN_SPARSE = 4;

function matchesAt(texts: readonly string[], run: readonly string[], p: number): boolean {
  for (let x = 0; x < run.length; x++) if (texts[p + x] !== run[x]) return false;
  return true;
}

/** How many times `run` is printed exactly, without overlap. */
function exactCopies(texts: readonly string[], run: readonly string[]): number {
  let n = 0;
  for (let p = 0; p + run.length <= texts.length; p++) {
    if (matchesAt(texts, run, p)) {
      n++;
      p += run.length - 1;
    }
  }
  return n;
}

/** Non-overlapping copies of `run`, in order; `loose` also admits partial and headless ones. */
function copies(texts: readonly string[], run: readonly string[], loose: boolean): Copy[] {
  const out: Copy[] = [];
  const k = run.length;
  if (k === 0) return out;
  const tail = run.slice(1);
  for (let p = 0; p < texts.length; p++) {
    if (p + k <= texts.length && matchesAt(texts, tail, p + 1)) {
      const first = texts[p]!;
      const label = run[0]!;
      let kind: Copy['kind'] | undefined;
      if (first === label) kind = 'exact';
      else if (first !== '' && first.endsWith(label)) kind = 'glued';
      else if (loose && k >= MIN_LABELS && first !== '' && label.startsWith(first)) kind = 'partial';
      if (kind) {
        out.push({ index: p, length: k, kind });
        p += k - 1;
        continue;
      }
    }
    // A headless copy must still show a whole header's worth of labels.
    if (loose && k - 1 >= MIN_LABELS && matchesAt(texts, tail, p)) {
      out.push({ index: p, length: k - 1, kind: 'headless' });
      p += k - 2;
    }
  }
  return loose ? [...out, ...sparseCopies(texts, run, out)].sort((a, b) => a.index - b.index) : out;
}

/**
 * Copies with labels missing or cut short (see `MIN_SPARSE`), between the copies already
 * found: runs of cells each one of the header's labels or its first two characters or more,
 * in the header's order.
 */
function sparseCopies(texts: readonly string[], run: readonly string[], found: readonly Copy[]): Copy[] {
  const out: Copy[] = [];
  const taken = new Set(found.flatMap((c) => Array.from({ length: c.length }, (_, x) => c.index + x)));
  const least = Math.max(MIN_SPARSE, Math.ceil(run.length / 2));
  const labelAt = (text: string, after: number) =>
    run.findIndex((l, x) => x > after && (l === text || ([...text].length >= 2 && l.startsWith(text))));
  for (let p = 0; p < texts.length; p++) {
    let label = -1;
    let whole = 0;
    let q = p;
    while (q < texts.length && !taken.has(q) && texts[q] !== '') {
      const at = labelAt(texts[q]!, label);
      if (at < 0) break;
      if (run[at] === texts[q]) whole++;
      label = at;
      q++;
    }
    if (q - p >= least && whole >= MIN_LABELS) {
      out.push({ index: p, length: q - p, kind: 'sparse' });
      p = q - 1;
    }
  }
  return out;
}

/** Removes `label` from the end of a cell's pieces (the header label glued onto it). */
function cutEnd(cell: RCell, label: string): RCell {
  const pieces = cell.pieces.slice();
  let rest = label.length;
  while (rest > 0 && pieces.length > 0) {
    const last = pieces[pieces.length - 1]!;
    if (last.length <= rest) {
      pieces.pop();
      rest -= last.length;
    } else {
      pieces[pieces.length - 1] = last.slice(0, last.length - rest);
      rest = 0;
    }
  }
  return { pieces, line: cell.line };
}

export interface Stream {
  caption: string;
  head: string[];
  body: RCell[];
  dropped: string[];
}

/**
 * Takes the header copies out of the cell stream: the first copy becomes the head, later
 * copies are dropped (they repeat it). Cells before the first copy are the table's title
 * when the header comes within the first few cells; otherwise they are data (the table's
 * first page was lost and the stream starts mid-table).
 */
export function stripHeaders(cells: readonly RCell[], header: Header | undefined): Stream {
  const texts = cells.map(textOf);
  if (!header) return { caption: '', head: [], body: cells.slice(), dropped: [] };
  const label = header.texts[0]!;
  const body: RCell[] = [];
  const dropped: string[] = [];
  const first = header.at[0]!;
  // Cells before a first copy near the start are the table's title.
  const titled = first.index <= MAX_TITLE_CELLS && first.kind !== 'headless';
  let caption = '';
  let p = 0;
  if (titled) {
    caption = texts.slice(0, first.index).join('');
    if (first.kind === 'glued') caption += textOf(cutEnd(cells[first.index]!, label));
    p = first.index;
  }
  // The first whole copy is the head; every other copy repeats it (a cut-short copy too).
  const kept = Math.max(
    0,
    header.at.findIndex((c) => c.kind === 'exact' || c.kind === 'glued'),
  );
  for (const [n, at] of header.at.entries()) {
    for (; p < at.index; p++) body.push(cells[p]!);
    const copyTexts = texts.slice(at.index, at.index + at.length);
    if (at.kind === 'glued') {
      if (!(n === 0 && titled)) body.push(cutEnd(cells[at.index]!, label));
      copyTexts[0] = label;
    }
    if (n !== kept) dropped.push(...copyTexts);
    p = at.index + at.length;
  }
  for (; p < cells.length; p++) body.push(cells[p]!);
  return { caption, head: header.texts.slice(), body, dropped };
}
