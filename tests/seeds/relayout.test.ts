import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstDifference, noticeFragments } from '../../src/pipeline/check/accounting.ts';
import type { Notice } from '../../src/pipeline/model.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { inlineText } from '../../src/pipeline/structure/inlines.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { relayout } from '../support/relayout.ts';

/**
 * Generality: the notices of the 002 issue (one paragraph per line) re-laid out as the 000
 * issue prints (wrapped 34-character lines, inserted spaces, page breaks and numbers) must
 * parse to the same notices.
 */
const text = readFileSync(new URL('../../seeds/002_9a097e546c93f54c.txt', import.meta.url), 'utf8');
const original = parseIssue({ name: '002.txt', text }, scanTables).notices.filter(
  (n) => n.kind === 'notice' && n.attachments.length === 0,
);

/** The notice as printed paragraphs, in source order: what a re-layout starts from. */
function printedParagraphs(n: Notice): string[] {
  const m = n.meta;
  const head = [m.masthead, m.docNumber?.text, m.title, m.recipients].filter((s): s is string => s !== undefined);
  return [
    ...head,
    ...paragraphsOf({ ...n, issued: [] }),
    ...n.attachmentNoteLines,
    ...n.signature,
    ...n.issued.flatMap((d) => [d.title, ...paragraphsOf({ ...n, body: [], issued: [d] })]),
    ...n.colophon,
  ];
}

function paragraphsOf(n: Notice): string[] {
  return [...n.body, ...n.issued.flatMap((d) => d.blocks)].flatMap((b) =>
    b.type === 'table' ? [] : [inlineText(b.inlines)],
  );
}

describe.each([
  { measure: 34, linesPerPage: 22 },
  { measure: 28, linesPerPage: 17 },
])('002 notices re-laid out at $measure characters, $linesPerPage lines a page', ({ measure, linesPerPage }) => {
  for (const notice of original.slice(0, 4)) {
    it(`${notice.meta.docNumber?.text} parses to the same notice`, () => {
      const relaid = relayout(printedParagraphs(notice), { measure, linesPerPage, firstPage: 3 });
      const [again, ...rest] = parseIssue({ name: 'relaid.txt', text: relaid }, scanTables).notices;
      expect(rest).toHaveLength(0);
      expect(again!.meta).toEqual({ ...notice.meta, pages: again!.meta.pages });
      expect(again!.meta.pages?.first).toBe(3);
      expect(paragraphsOf(again!)).toEqual(paragraphsOf(notice));
      const squash = (n: Notice) =>
        noticeFragments(n)
          .map((f) => f.text)
          .join('');
      expect(firstDifference(squash(notice), squash(again!))).toBeUndefined();
    });
  }
});
