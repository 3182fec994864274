import type { GazetteIssue, Line } from '../model.ts';
import { joinCjk } from '../text/spacing.ts';
import { parseDocNumber } from '../grammar/doc-number.ts';
import { CONTENTS_TITLE, DOC_NUMBER } from '../grammar/patterns.ts';

/** Shortest line of a title the 目录 wraps (a 目录 line holds 20–30 characters). */
const MIN_WRAPPED_TITLE_LINE = 15;

/** An entry's page at the end of its line, after a tab or spaces (dot leaders allowed). */
const PAGE_AT_END = /^(.*?)(?:[\t ]+|[.…·．]{2,}\s*)(\d{1,4})$/u;

/**
 * Entries of a printed 目录: `标题 发文字号<tab>页码`, a title wrapped over lines going on until
 * the line with the page. Read from the raw lines: the spacing repair closes up the space
 * between a number and the page.
 */
export function parseContents(front: readonly Line[]): GazetteIssue['contents'] {
  const at = front.findIndex((l) => CONTENTS_TITLE.test(l.text));
  if (at < 0) return [];
  const entries: GazetteIssue['contents'] = [];
  let pending = '';
  for (const line of front.slice(at + 1)) {
    const raw = line.raw.trim();
    const m = PAGE_AT_END.exec(raw);
    if (!m) {
      // A wrapped title line fills the 目录's line: long, no page of its own, no sentence. A
      // short one is a section label (政府文件) or a cover line, not part of a title.
      pending = [...raw].length >= MIN_WRAPPED_TITLE_LINE && !/[。；]/u.test(raw) ? pending + raw : '';
      continue;
    }
    const text = joinCjk(pending + m[1]!);
    pending = '';
    // The entry's own 发文字号 is the last one on it; an earlier one is named in its title.
    const found = [...text.matchAll(new RegExp(DOC_NUMBER.source, 'gu'))].at(-1);
    const number = found ? parseDocNumber(found[0]) : undefined;
    // The title ends where the 机关代字 of the number begins.
    const cut = found && number ? found.index + found[1]!.length - number.agency.length : text.length;
    const title = (text.slice(0, cut) + text.slice(found ? found.index + found[0].length : text.length)).trim();
    entries.push({ title, ...(number ? { number: number.text } : {}), page: Number(m[2]) });
  }
  return entries;
}

/** The issue's printed name: the cover line naming the gazette, if any. */
export function issueName(front: readonly Line[]): string | undefined {
  return front.map((l) => l.text).find((t) => /公报$/.test(t));
}
