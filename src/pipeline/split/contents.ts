import type { GazetteIssue, Line } from '../model.ts';
import { joinCjk } from '../text/spacing.ts';
import { parseDocNumber } from '../grammar/doc-number.ts';
import { CONTENTS_TITLE, DOC_NUMBER } from '../grammar/patterns.ts';

/** Entries of a printed 目录: `标题 发文字号<tab>页码`. */
export function parseContents(front: readonly Line[]): GazetteIssue['contents'] {
  const at = front.findIndex((l) => CONTENTS_TITLE.test(l.text));
  if (at < 0) return [];
  const entries: GazetteIssue['contents'] = [];
  for (const line of front.slice(at + 1)) {
    const m = /^(.*?)[\t ]+(\d{1,4})$/u.exec(line.text);
    if (!m) continue;
    const text = joinCjk(m[1]!);
    const number = parseDocNumber(text);
    const found = DOC_NUMBER.exec(text);
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
