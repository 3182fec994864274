/**
 * Running heads and feet: the line a gazette prints at the top or bottom of every page
 * (`北京市人民政府公报 2018年第5期`, `国务院公报`), which a PDF extraction puts into the text at
 * every page break. Found from the file itself: a short line without a sentence that stands at
 * a page boundary on a good share of the pages.
 */
import type { Line } from '../model.ts';
import { PROSE_PUNCT, withoutSpaces } from '../text/chars.ts';

/**
 * Shorter lines are table header cells repeated on every page of a table (`序号`, `牵头单位`),
 * which the table readers need; a running head names the gazette or the issue, longer than that.
 */
const MIN_HEAD_LENGTH = 6;
const MAX_HEAD_LENGTH = 40;
/** A running head is on most pages; a table's repeated header only on the table's. */
const MIN_SHARE_OF_PAGES = 0.3;
/** Fewer repeats than this prove nothing (three pages may well start alike). */
const MIN_REPEATS = 3;

/** Indices of the lines that are running heads or feet. */
export function runningHeads(lines: readonly Line[]): Set<number> {
  // The file's first line tops its first page.
  const first = lines.findIndex((l) => l.text !== '');
  const boundary: number[] = first >= 0 ? [first] : [];
  let pages = 1;
  lines.forEach((line, k) => {
    if (k <= first || !line.pageStart) return;
    pages++;
    boundary.push(k);
    // The last line with text before the break: a running foot.
    for (let j = k - 1; j >= 0; j--) {
      if (lines[j]!.text !== '') {
        boundary.push(j);
        break;
      }
    }
  });
  const byText = new Map<string, number[]>();
  for (const k of boundary) {
    const t = withoutSpaces(lines[k]!.text);
    if ([...t].length < MIN_HEAD_LENGTH || [...t].length > MAX_HEAD_LENGTH || PROSE_PUNCT.test(t)) continue;
    byText.set(t, [...(byText.get(t) ?? []), k]);
  }
  const heads = new Set<number>();
  for (const ks of byText.values()) {
    if (ks.length >= MIN_REPEATS && ks.length >= pages * MIN_SHARE_OF_PAGES) for (const k of ks) heads.add(k);
  }
  return heads;
}
