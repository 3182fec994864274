/**
 * The 附件说明 (GB/T 9704 7.3.4): `附件：1.甲 2.乙`, printed under the 正文 (or closing the plan
 * a notice issues); it names the attachments and their order.
 */
import { ATTACHMENT_NOTE } from '../grammar/patterns.ts';
import { textWidth } from '../layout/geometry.ts';
import { joinPieces, rebuildParagraphs, type RawParagraph } from '../layout/paragraphs.ts';
import { endsLikeTitle, isTitlePhrase } from '../grammar/titles.ts';
import type { AttachmentRef, Line } from '../model.ts';
import { joinCjk } from '../text/spacing.ts';
import type { ParseContext } from './context.ts';

/** 附件说明 items: `附件：1.甲 2.乙` over one or more lines. */
export function parseAttachmentNote(lines: readonly string[]): AttachmentRef[] {
  const first = ATTACHMENT_NOTE.exec(lines[0] ?? '');
  const text = [first?.[1] ?? '', ...lines.slice(1)].join('\n');
  const items = text
    .split(/\n?(?:^|\n)\s*(?=\d{1,2}[.．、])/u)
    .map((s) => s.replace(/\n/g, '').trim())
    .filter(Boolean);
  if (items.length <= 1) {
    const title = joinCjk(text.replace(/\n/g, '').replace(/^\d{1,2}[.．、]\s*/u, ''));
    return title ? [{ label: '附件', title }] : [];
  }
  return items.map((item) => {
    const m = /^(\d{1,2})[.．、]\s*(.*)$/u.exec(item);
    return { label: `附件${m?.[1] ?? ''}`, title: joinCjk(m?.[2] ?? item) };
  });
}

/** Separates a part's 附件说明 (from its `附件：` line to the end) from the text before it. */
export function splitNote(
  lines: Line[],
  ctx: ParseContext,
): { rest: Line[]; note: AttachmentRef[]; noteLines: string[]; noteStart?: number } {
  const at = lines.findIndex((l) => ATTACHMENT_NOTE.test(l.text));
  if (at < 0) return { rest: lines, note: [], noteLines: [] };
  // The note is its `附件：` paragraph and the numbered items after it; what follows stays text.
  const paragraphs = rebuildParagraphs(lines.slice(at), ctx.geometry);
  const items = [paragraphs[0]!];
  const numbered = /^附\s*件\s*[：:]\s*\d{1,2}[.．、]/u.test(paragraphs[0]!.text);
  for (const p of paragraphs.slice(1)) {
    const last = items[items.length - 1]!;
    if (numbered && /^\d{1,2}[.．、]/u.test(p.text)) items.push(p);
    else if (goesOn(last, p, numbered, ctx))
      items[items.length - 1] = { text: joinPieces(last.text, p.text), lines: [...last.lines, ...p.lines] };
    else break;
  }
  const taken = new Set(items.flatMap((p) => p.lines));
  const noteLines = items.map((p) => p.text);
  return {
    rest: lines.filter((l) => !taken.has(l)),
    note: parseAttachmentNote(noteLines),
    noteLines,
    noteStart: lines[at]!.no,
  };
}

/** Whether paragraph `p` is the title of the note's item `last` going on. */
function goesOn(last: RawParagraph, p: RawParagraph, numbered: boolean, ctx: ParseContext): boolean {
  return (
    // A line set under the item's title (pdftotext -layout keeps the hanging indent).
    hangsUnder(last.lines[0]!, p.lines[0]!) ||
    // An item's title wrapped onto a line of its own (print indents items, so the wrap can look
    // like a paragraph end): a title fragment after an item that does not end like a title yet.
    (numbered && isTitlePhrase(p.text) && !endsLikeTitle(last.text) && endsLikeTitle(last.text + p.text)) ||
    // Where positions are lost, an item's line as full as the note's hanging measure goes on.
    (isTitlePhrase(p.text) && fillsNote(last.lines[last.lines.length - 1]!, ctx))
  );
}

const ITEM_START = /^(\s*(?:附\s*件\s*[：:]\s*(?:\d{1,2}[.．、]\s*)?|\d{1,2}[.．、]\s*))\S/u;

/**
 * `line` starts where the title of the item on `item` starts, in characters (a layout-keeping
 * extraction gives one position a character, whatever its width), so it is that title wrapped.
 */
function hangsUnder(item: Line, line: Line): boolean {
  const m = ITEM_START.exec(item.raw);
  const lead = /^\s*/u.exec(line.raw)![0];
  return m !== null && lead !== '' && [...lead].length === [...m[1]!].length;
}

/**
 * Where every line of the note's items starts, in half-width units: GB/T 9704 7.3.4 sets `附件`
 * two characters in from the margin, and the items hang under the title after `附件：`.
 */
const NOTE_HANG = 4 + 6;
/** How far short of the note's measure a full line may stop (a closing mark carried down). */
const NOTE_SLACK = 2;

/**
 * A line of the note as wide as its measure: the page's, less the indent and the `附件：` its
 * items hang under, so the line wraps into the next rather than ends its item.
 */
function fillsNote(line: Line, ctx: ParseContext): boolean {
  const { layout, measure } = ctx.geometry;
  return layout === 'wrapped' && measure > 0 && textWidth(line) >= measure - NOTE_HANG - NOTE_SLACK;
}
