/**
 * Everything after the 成文日期: the plan or measures a 印发 notice issues, the attachments
 * (GB/T 9704 7.3.8) and the 版记 (7.4: 抄送, 印发机关和印发日期), in whatever order the source
 * has them — attachments sometimes follow the 版记.
 */
import { MAX_TITLE_LINES, genreOf, isTitlePhrase } from '../grammar/titles.ts';
import { isoDate } from '../grammar/dates.ts';
import { ATTACHMENT_LABEL, CC_LINE, PRINTED_LINE, SIGNATURE_LINE } from '../grammar/patterns.ts';
import type { Attachment, AttachmentRef, IssuedDocument, Line, NoticeMeta, Paragraph } from '../model.ts';
import { lineTexts, nextTextLine, spanOf } from '../text/lines.ts';
import { visibleLength, withoutSpaces } from '../text/chars.ts';
import { joinCjk } from '../text/spacing.ts';
import { toBlocks } from './blocks.ts';
import { warnAt, type ParseContext } from './context.ts';
import { inlineText } from './inlines.ts';
import { takeOwnTitle } from './title.ts';

export type Region = { kind: 'issued' | 'attachment' | 'colophon'; lines: Line[] };

/**
 * Everything after the 成文日期: the issued plan (印发 notices), attachments and the 版记,
 * in whatever order the source has them (attachments sometimes follow the 版记).
 */
export function splitTail(lines: readonly Line[]): Region[] {
  const regions: Region[] = [];
  let current: Region | undefined;
  const open = (kind: Region['kind']) => {
    current = { kind, lines: [] };
    regions.push(current);
    return current;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const t = line.text;
    if (t !== '' && (CC_LINE.test(t) || (PRINTED_LINE.test(t) && current?.kind !== 'colophon'))) {
      if (current?.kind !== 'colophon') open('colophon');
    } else if (t !== '' && ATTACHMENT_LABEL.test(t)) {
      open('attachment');
    } else if (t !== '' && current?.kind === 'colophon' && colophonClosed(current)) {
      open('attachment');
    } else if (!current) {
      open('issued');
    }
    current!.lines.push(line);
  }
  return regions;
}

function colophonClosed(region: Region): boolean {
  return region.lines.some((l) => PRINTED_LINE.test(l.text));
}

/** 版记 fields: 抄送 (joined), 印发机关 and 印发日期. */
export function parseColophon(lines: readonly Line[]): Pick<NoticeMeta, 'cc' | 'printer' | 'printedDate'> {
  const texts = lineTexts(lines);
  const printedAt = texts.findIndex((t) => PRINTED_LINE.test(t));
  const out: Pick<NoticeMeta, 'cc' | 'printer' | 'printedDate'> = {};
  const ccStart = texts.findIndex((t) => CC_LINE.test(t));
  if (printedAt >= 0) {
    const m = PRINTED_LINE.exec(texts[printedAt]!)!;
    let printer = m[1]!.trim();
    let ccEnd = printedAt;
    if (printer === '' && printedAt > 0 && SIGNATURE_LINE.test(texts[printedAt - 1]!)) {
      printer = texts[printedAt - 1]!;
      ccEnd = printedAt - 1;
    }
    if (printer) out.printer = printer.replace(/\s+/g, '');
    const iso = isoDate(m[2]!);
    if (iso) out.printedDate = iso;
    if (ccStart >= 0 && ccStart < ccEnd) out.cc = joinCc(texts.slice(ccStart, ccEnd));
  } else if (ccStart >= 0) {
    out.cc = joinCc(texts.slice(ccStart));
  }
  return out;
}

function joinCc(lines: readonly string[]): string {
  const [first = '', ...rest] = lines;
  const head = first.replace(CC_LINE, '').trim();
  return [head, ...rest].map((s) => s.trim()).join('');
}

/** An attachment region: label line, title lines, content. */
export function buildAttachment(
  lines: Line[],
  ctx: ParseContext,
  index: number,
  note: readonly AttachmentRef[],
): Attachment {
  let k = nextTextLine(lines, 0);
  const labelMatch = k >= 0 ? ATTACHMENT_LABEL.exec(lines[k]!.text) : null;
  let label = labelMatch ? `附件${labelMatch[1] ?? ''}` : '';
  const labelLines: Line[] = [];
  if (labelMatch) {
    labelLines.push(lines[k]!);
    k = nextTextLine(lines, k + 1);
  }
  const num = labelMatch?.[1] ? labelMatch[1] : String(index + 1);
  const fromNote = note.find((n) => n.label === `附件${num}`) ?? (note.length === 1 ? note[0] : undefined);
  if (!label) label = fromNote?.label ?? (note.length > 1 ? `附件${num}` : '附件');
  const id = `fj-${index + 1}`;
  // The title is the attachment's first line(s) when they match the 附件说明 or stand short and alone.
  let title: string | undefined;
  let bodyFrom = k < 0 ? lines.length : k;
  let body: Line[] | undefined;
  if (k >= 0) {
    const t = takeOwnTitle(lines, k, fromNote?.title, ctx);
    title = t.title;
    bodyFrom = t.end;
    // A first line that is not the title the 附件说明 names may be a column's cell read before it.
    const named = fromNote?.title;
    const displaced =
      named && withoutSpaces(title ?? '') !== withoutSpaces(named) ? displacedTitle(lines, k, named) : undefined;
    if (displaced) {
      title = joinCjk(lineTexts(lines.slice(displaced.at, displaced.end)).join(''));
      body = [...lines.slice(k, displaced.at), ...afterGap(lines.slice(displaced.end))];
    }
  }
  const blocks = toBlocks(body ?? lines.slice(bodyFrom), ctx, id, 3);
  return {
    id,
    label,
    ...(labelLines[0] ? { printedLabel: labelLines[0].text } : {}),
    ...(title ? { title } : {}),
    blocks,
    span: spanOf(
      ctx.file,
      lines.filter((l) => l.text !== ''),
    ),
  };
}

/** Most short lines a table's column may put between an attachment's label and its title. */
const DISPLACED_LINES = 8;

/**
 * The attachment's title, named by the 附件说明, a few lines after where it belongs: an
 * extraction that reads a page block by block (pdftotext's default mode) can give a table's
 * first column before the title printed above the table (`附件1` / `总负责人：` `负责人：` /
 * `西城区…工作机制` `人员名单…职责` / `王少峰` …). Only the short one-piece lines of a column may
 * come between; a sentence there means the attachment has no title of its own.
 */
function displacedTitle(lines: readonly Line[], k: number, expected: string): { at: number; end: number } | undefined {
  const want = withoutSpaces(expected);
  for (let j = k, skipped = 0; j >= 0 && skipped <= DISPLACED_LINES; j = nextTextLine(lines, j + 1), skipped++) {
    let joined = '';
    for (let e = j, taken = 0; e >= 0 && taken < MAX_TITLE_LINES; e = nextTextLine(lines, e + 1), taken++) {
      joined += withoutSpaces(lines[e]!.text);
      if (joined === want) return { at: j, end: e + 1 };
      if (!want.startsWith(joined)) break;
    }
    if (!isCellLike(lines[j]!.text)) return undefined;
  }
  return undefined;
}

/** A line that can be a column's cell: a short name, post or label (`总负责人：`, `长`). */
function isCellLike(text: string): boolean {
  return visibleLength(text) <= MAX_CELL_LINE && CELL_WORDS.test(withoutSpaces(text)) && !ATTACHMENT_LABEL.test(text);
}

const CELL_WORDS = /^[\p{Script=Han}、（）()：:]+$/u;

/** Longest line of a column that may stand before a displaced title: a name, a post, a label. */
const MAX_CELL_LINE = 20;

/** The rest of a region after text taken out of it: its first line no longer follows directly. */
function afterGap(rest: readonly Line[]): Line[] {
  const [first, ...others] = rest;
  if (!first) return [];
  return [{ ...first, blanksBefore: Math.max(1, first.blanksBefore) }, ...others];
}

/** The plan or measures a 印发 notice issues: title line(s), then its text. */
export function buildIssued(lines: Line[], ctx: ParseContext, index: number, withTitle: boolean): IssuedDocument {
  const id = index === 0 ? 'wb' : `wb-${index + 1}`;
  const k = nextTextLine(lines, 0);
  const t = k >= 0 && withTitle ? takeOwnTitle(lines, k, undefined, ctx) : { end: 0 };
  return {
    id,
    title: t.title ?? '',
    blocks: toBlocks(lines.slice(t.end), ctx, id, 3),
    span: spanOf(
      ctx.file,
      lines.filter((l) => l.text !== ''),
    ),
  };
}

/** Whether a table caption names an attachment: the caption holds its title, or its end. */
function captionNames(caption: string | undefined, title: string): boolean {
  if (!caption) return false;
  const c = joinCjk(caption).replace(/^附件[：:]?/u, '');
  const t = joinCjk(title);
  return c.includes(t) || (c.length >= 6 && t.endsWith(c));
}

/**
 * Attachments printed as landscape table pages often have no label line of their own, so
 * they run on in the attachment before them. The 附件说明 says how many there are: an
 * attachment that the note names but the source never labels starts at the table whose
 * caption names it, or — when it is the only one missing — at a rotated table that follows
 * other content. A section with neither label nor title takes its title from the note.
 */
export function completeAttachments(attachments: readonly Attachment[], note: readonly AttachmentRef[]): Attachment[] {
  const labelled = new Set(attachments.map((a) => a.label));
  const missing = note.filter((ref) => !labelled.has(ref.label));
  const out: Attachment[] = [];
  for (const att of attachments) {
    let current: Attachment = { ...att, blocks: [] };
    out.push(current);
    att.blocks.forEach((block, i) => {
      const prev = att.blocks[i - 1];
      const named = block.type === 'table' ? missing.find((ref) => captionNames(block.caption, ref.title)) : undefined;
      const only = missing.length === 1 && i > 0 ? missing[0] : undefined;
      const rotated = block.type === 'table' && block.shape === 'rotated' && !block.caption;
      // A title line right after a table: the next document begins (its printed title may differ from the note's).
      const titleLine =
        block.type === 'paragraph' &&
        prev?.type === 'table' &&
        genreOf(inlineText(block.inlines)) !== undefined &&
        isTitlePhrase(inlineText(block.inlines));
      const ref = named ?? (rotated || titleLine ? only : undefined);
      if (ref && current.blocks.length > 0) {
        missing.splice(missing.indexOf(ref), 1);
        current = titleLine
          ? { id: '', label: ref.label, title: inlineText((block as Paragraph).inlines), blocks: [], span: block.span }
          : { id: '', label: ref.label, title: ref.title, titleFromNote: true, blocks: [], span: block.span };
        out.push(current);
        if (titleLine) return;
      }
      current.blocks.push(block);
    });
  }
  if (note.length === 1 && out.length === 1 && !out[0]!.title)
    Object.assign(out[0]!, { title: note[0]!.title, titleFromNote: true });
  return out.map((a, i) => ({ ...a, id: `fj-${i + 1}` }));
}

/** Text the parser found where this kind of notice has none: shown, marked, reported. */
export function markUnplaced(doc: IssuedDocument, ctx: ParseContext, title: string): void {
  const reason = '正文之后、附件和版记之外的文字，位置无法确定';
  for (const b of doc.blocks) if (b.type === 'paragraph') b.unplaced = reason;
  warnAt(
    ctx,
    doc.span.line,
    title,
    'text after the signature that is neither an issued plan, an attachment nor the 版记',
  );
}
