/**
 * Page furniture — printed page numbers, running heads, the gazette's own name as a header —
 * found in a source file *independently of the pipeline's normalizer* (its own small patterns,
 * on the raw text), and looked for in the text the notices publish. Used by the whole-seed tests,
 * so that a normalizer that stops removing furniture is caught by a test it does not feed.
 */
import type { Notice } from '../../src/pipeline/model.ts';
import { noticeFragments } from '../../src/pipeline/check/accounting.ts';

/** `— 31 —`, `-7-`, `—12—` alone on a line (form feeds and spaces around allowed). */
const PAGE_NUMBER_LINE = /^[\f\s]*[—–－-]{1,2}\s*\d{1,4}\s*[—–－-]{1,2}\s*$/u;
/** A line printed at the top or bottom of many pages (a running head): repeated this often or more. */
const RUNNING_HEAD_REPEATS = 5;

const squash = (s: string) => s.replace(/\s+/gu, '');

/** The furniture strings of a raw source text: page numbers as printed (spaces out), running heads. */
export function furnitureOf(raw: string): { pageNumbers: string[]; runningHeads: string[] } {
  const lines = raw.split('\n');
  const pageNumbers = [...new Set(lines.filter((l) => PAGE_NUMBER_LINE.test(l)).map(squash))];
  // Page breaks as the raw text shows them: a page-number line, or a form feed.
  const breaks = lines.flatMap((l, i) => (PAGE_NUMBER_LINE.test(l) || l.startsWith('\f') ? [i] : []));
  const counts = new Map<string, number>();
  for (const i of breaks) {
    // The text lines right around the break: a page's last line and the next page's first.
    const near = [i - 2, i - 1, i, i + 1, i + 2].map((j) => squash(lines[j] ?? ''));
    for (const t of new Set(near)) {
      // Short lines without a sentence in them: what a running head looks like.
      if (t.length >= 6 && t.length <= 40 && !/[。，；：]/u.test(t) && !PAGE_NUMBER_LINE.test(t))
        counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const runningHeads = [...counts].filter(([, n]) => n >= RUNNING_HEAD_REPEATS).map(([t]) => t);
  return { pageNumbers, runningHeads };
}

/**
 * Furniture that reached the notices' published text: a page number anywhere in it (the caller
 * checks that the source's own text never holds one), or a running head printed more often
 * than the source prints it as a line of text of its own.
 */
export function furnitureIn(notices: readonly Notice[], raw: string): string[] {
  const { pageNumbers, runningHeads } = furnitureOf(raw);
  const published = notices.flatMap(noticeFragments).map((f) => f.text);
  const found: string[] = [];
  for (const text of published) {
    for (const p of pageNumbers) if (text.includes(p)) found.push(`${p} in …${around(text, p)}…`);
  }
  const all = published.join('');
  for (const head of runningHeads) {
    const times = all.split(head).length - 1;
    if (times >= RUNNING_HEAD_REPEATS) found.push(`running head ${head} ×${times}`);
  }
  return found;
}

function around(text: string, needle: string): string {
  const at = text.indexOf(needle);
  return text.slice(Math.max(0, at - 8), at + needle.length + 8);
}

/** Page numbers the source prints inside running text (so that finding them published is no leak). */
export function pageNumbersInText(raw: string): string[] {
  const { pageNumbers } = furnitureOf(raw);
  const prose = raw
    .split('\n')
    .filter((l) => !PAGE_NUMBER_LINE.test(l))
    .map(squash)
    .join('');
  return pageNumbers.filter((p) => prose.includes(p));
}
