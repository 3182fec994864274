/**
 * What a notice's page shows, counted the way the round-trip tests compare a notice with the
 * same notice read back from the site's print: its blocks, and the Han characters of its text.
 */
import { noticeFragments } from '../../src/pipeline/check/accounting.ts';
import type { Block, Notice } from '../../src/pipeline/model.ts';
import { inlineText } from '../../src/pipeline/structure/inlines.ts';

export const blocksOf = (n: Notice): Block[] => [
  ...n.body,
  ...n.issued.flatMap((d) => d.blocks),
  ...n.attachments.flatMap((a) => a.blocks),
];
export const paragraphCount = (n: Notice) => blocksOf(n).filter((b) => b.type === 'paragraph').length;
export const tableCount = (n: Notice) => blocksOf(n).filter((b) => b.type === 'table').length;
export const headingTexts = (n: Notice) =>
  blocksOf(n).flatMap((b) => (b.type === 'heading' ? [inlineText(b.inlines).replace(/\s+/g, '')] : []));

/** A table as its page shows it: a header printed again on every page of the source is shown once. */
const withoutCopies = (blocks: Block[]): Block[] =>
  blocks.map((b) => (b.type === 'table' && b.repeated ? { ...b, repeated: undefined } : b));

/**
 * The Han characters a notice's page shows, sorted: its text (the source's text, but for the
 * copies of a table's header that each printed page repeated), a title taken from the text or
 * stood in, and an attachment's label and title where the page prints them and the source did
 * not (taken from the 附件说明).
 */
export function shownHan(n: Notice): string {
  const shown: Notice = {
    ...n,
    body: withoutCopies(n.body),
    issued: n.issued.map((d) => ({ ...d, blocks: withoutCopies(d.blocks) })),
    attachments: n.attachments.map((a) => ({ ...a, blocks: withoutCopies(a.blocks) })),
  };
  const printedOnly = n.attachments.map(
    (a) => (a.printedLabel ? '' : a.label) + (a.titleFromNote ? (a.title ?? '') : ''),
  );
  const text =
    noticeFragments(shown)
      .map((f) => f.text)
      .join('') +
    (n.meta.titleSource ? n.meta.title : '') +
    printedOnly.join('');
  return [...text]
    .filter((c) => /\p{Script=Han}/u.test(c))
    .sort()
    .join('');
}
