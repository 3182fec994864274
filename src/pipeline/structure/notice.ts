import type {
  Attachment,
  AttachmentRef,
  GazetteIssueRef,
  IssuedDocument,
  Line,
  Notice,
  NoticeDraft,
  NoticeMeta,
  Paragraph,
} from '../model.ts';
import { joinCjk } from '../text/spacing.ts';
import { firstTextNo, gapBefore, lineTexts, nextTextLine, printedPages, spanOf } from '../text/lines.ts';
import { toBlocks } from './blocks.ts';
import type { ParseContext } from './context.ts';
import { isoDate } from '../grammar/dates.ts';
import { inlineText } from './inlines.ts';
import { genreOf, issuerFromMasthead, parseDocNumber } from '../grammar/doc-number.ts';
import { rebuildParagraphs } from '../layout/paragraphs.ts';
import {
  ATTACHMENT_LABEL,
  ATTACHMENT_NOTE,
  CC_LINE,
  DATE_LINE,
  DOC_NUMBER_LINE,
  PRINTED_LINE,
  SIGNATURE_LINE,
} from '../grammar/patterns.ts';

/** 标题: the lines after the number up to the one that completes it with a 文种 word. */
function takeTitle(lines: readonly Line[], from: number, ctx: ParseContext): { title: string; end: number } {
  let k = nextTextLine(lines, from);
  const parts: string[] = [];
  let end = from;
  for (let n = 0; k >= 0 && n < 5; n++) {
    const t = lines[k]!.text;
    if (n > 0 && !continuesTitle(lines, k, joinCjk(parts.join('')), ctx)) break;
    parts.push(t);
    end = k + 1;
    k = nextTextLine(lines, k + 1);
  }
  return { title: joinCjk(parts.join('')), end };
}

/**
 * A title printed over several lines: in a wrapped file its lines follow each other with
 * no blank line; in a paragraph-per-line file it is one line, unless the line so far has
 * not reached its 文种 word. A line ending with a colon is the 主送, never the title.
 */
function continuesTitle(lines: readonly Line[], k: number, sofar: string, ctx: ParseContext): boolean {
  const t = lines[k]!.text;
  if (/[：:。；]$/.test(t) || [...t].length > 40) return false;
  // Title lines follow directly or after one blank line; past the 文种 word only directly.
  if (ctx.geometry.layout === 'wrapped') {
    const gap = gapBefore(lines, k);
    return gap === 0 || (gap === 1 && (!genreOf(sofar) || genreOf(t) !== undefined));
  }
  return !genreOf(sofar) && gapBefore(lines, k) <= 1 && [...sofar].length < 40;
}

/** 主送机关: one to three lines ending with a colon, right after the title. */
function takeRecipients(lines: readonly Line[], from: number): { recipients?: string; end: number } {
  const parts: string[] = [];
  let k = nextTextLine(lines, from);
  for (let n = 0; k >= 0 && n < 3; n++) {
    const t = lines[k]!.text;
    parts.push(t);
    if (/[：:]$/.test(t)) {
      const joined = parts.join('');
      return joined.length <= 150 ? { recipients: joined, end: k + 1 } : { end: from };
    }
    if (/[。；]/.test(t)) break;
    k = nextTextLine(lines, k + 1);
  }
  return { end: from };
}

/** Index of the 发文机关署名 line whose next text line is the 成文日期, searching from `from`. */
function findSignature(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    if (!SIGNATURE_LINE.test(lines[k]!.text)) continue;
    const d = nextTextLine(lines, k + 1);
    if (d >= 0 && DATE_LINE.test(lines[d]!.text)) return k;
  }
  return -1;
}

/** The plan title a headerless notice names: the document it says it 制定/印发. */
function titleFromText(lines: readonly Line[]): string | undefined {
  const text = joinCjk(lineTexts(lines.slice(0, 200)).join(''));
  const named = /(?:制定|印发|发布|出台)《([^》]{4,80})》/u.exec(text) ?? /《([^》]{4,80})》/u.exec(text);
  return named?.[1];
}

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
function splitNote(
  lines: Line[],
  ctx: ParseContext,
): { rest: Line[]; note: AttachmentRef[]; noteLines: string[]; noteStart?: number } {
  const at = lines.findIndex((l) => ATTACHMENT_NOTE.test(l.text));
  if (at < 0) return { rest: lines, note: [], noteLines: [] };
  // The note is its `附件：` paragraph and the numbered items after it; what follows stays text.
  const paragraphs = rebuildParagraphs(lines.slice(at), ctx.geometry);
  const items = [paragraphs[0]!];
  if (/^附\s*件\s*[：:]\s*\d{1,2}[.．、]/u.test(paragraphs[0]!.text)) {
    for (const p of paragraphs.slice(1)) {
      if (!/^\d{1,2}[.．、]/u.test(p.text)) break;
      items.push(p);
    }
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

type Region = { kind: 'issued' | 'attachment' | 'colophon'; lines: Line[] };

/**
 * Everything after the 成文日期: the issued plan (印发 notices), attachments and the 版记,
 * in whatever order the source has them (attachments sometimes follow the 版记).
 */
function splitTail(lines: readonly Line[]): Region[] {
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
function parseColophon(lines: readonly Line[]): Pick<NoticeMeta, 'cc' | 'printer' | 'printedDate'> {
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
function buildAttachment(lines: Line[], ctx: ParseContext, index: number, note: readonly AttachmentRef[]): Attachment {
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
  if (k >= 0) {
    const t = takeAttachmentTitle(lines, k, fromNote?.title, ctx);
    title = t.title;
    bodyFrom = t.end;
  }
  const blocks = toBlocks(lines.slice(bodyFrom), ctx, id, 3);
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

/**
 * The own title of an attachment or issued plan: its first paragraph when that is a short
 * phrase, plus title lines that follow it directly (a title printed over several lines).
 * When the 附件说明 names the attachment, the title may run exactly as long as that name.
 */
function takeAttachmentTitle(
  lines: readonly Line[],
  k: number,
  expected: string | undefined,
  ctx: ParseContext,
): { title?: string; end: number } {
  const rest = lines.slice(k);
  const paragraphs = rebuildParagraphs(rest, ctx.geometry);
  const isPhrase = (text: string) =>
    [...text].length <= 60 &&
    !/[。；：:;]|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十\d]{1,2}[)）]/u.test(text);
  const first = paragraphs[0];
  if (!first || !isPhrase(first.text)) return { end: k };
  const want = expected ? joinCjk(expected) : undefined;
  let title = first.text;
  let last = first.lines[first.lines.length - 1]!;
  for (const p of paragraphs.slice(1)) {
    const joined = joinCjk(title + p.text);
    const continues = want
      ? want.startsWith(joined) ||
        (want.startsWith(joinCjk(title)) && want !== joinCjk(title) && joined.startsWith(want))
      : gapBefore(lines, lines.indexOf(p.lines[0]!)) === 0 && isPhrase(p.text) && [...joined].length <= 80;
    if (!continues) break;
    title = joined;
    last = p.lines[p.lines.length - 1]!;
  }
  return { title: joinCjk(title), end: lines.indexOf(last) + 1 };
}

/** The plan or measures a 印发 notice issues: title line(s), then its text. */
function buildIssued(lines: Line[], ctx: ParseContext, index: number, withTitle: boolean): IssuedDocument {
  const id = index === 0 ? 'wb' : `wb-${index + 1}`;
  const k = nextTextLine(lines, 0);
  const t = k >= 0 && withTitle ? takeAttachmentTitle(lines, k, undefined, ctx) : { end: 0 };
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

/** A short phrase with no sentence in it: what a title looks like. */
function isTitlePhrase(text: string): boolean {
  return [...text].length <= 60 && !/[。；：:;，]/u.test(text);
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
function completeAttachments(attachments: readonly Attachment[], note: readonly AttachmentRef[]): Attachment[] {
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

const ISSUING = /印发|转发|发布|公布|颁布|批转/u;

/** Text the parser found where this kind of notice has none: shown, marked, reported. */
function markUnplaced(doc: IssuedDocument, ctx: ParseContext, title: string): void {
  const reason = '正文之后、附件和版记之外的文字，位置无法确定';
  for (const b of doc.blocks) if (b.type === 'paragraph') b.unplaced = reason;
  warn(
    ctx,
    doc.span.line,
    title,
    'text after the signature that is neither an issued plan, an attachment nor the 版记',
  );
}

function warn(ctx: ParseContext, line: number, notice: string, message: string): void {
  ctx.warnings.push({ file: ctx.file, line, notice, message });
}

/** Recognises every part of one notice and builds its model. */
export function buildNotice(draft: NoticeDraft, ctx: ParseContext, issue: GazetteIssueRef, order: number): Notice {
  const lines = draft.lines;
  const firstLine = lines.find((l) => l.text !== '') ?? lines[0]!;
  const meta: NoticeMeta = { title: '' };
  const notes: string[] = [];
  let k = 0;
  if (draft.hasHeader) {
    const m = nextTextLine(lines, 0);
    meta.masthead = lines[m]!.text;
    meta.issuer = issuerFromMasthead(meta.masthead);
    const n = nextTextLine(lines, m + 1);
    if (n >= 0 && DOC_NUMBER_LINE.test(lines[n]!.text)) {
      const dn = parseDocNumber(lines[n]!.text);
      if (dn) meta.docNumber = dn;
      k = n + 1;
    } else {
      k = m + 1;
    }
    const t = takeTitle(lines, k, ctx);
    meta.title = t.title;
    k = t.end;
    if (meta.title === '') {
      meta.title = `${meta.docNumber?.text ?? meta.masthead}（标题缺失）`;
      meta.titleSource = 'stand-in';
      notes.push('来源文件中这篇公文的发文字号之后没有标题；本页标题由发文字号代替。');
      warn(ctx, lines[m]!.no, meta.title, 'notice has no title after its 发文字号');
    }
    const r = takeRecipients(lines, k);
    if (r.recipients) meta.recipients = r.recipients;
    k = r.end;
  }

  // 正文 runs to the signature; the 附件说明 is its last part when present.
  const sig = findSignature(lines, k);
  const tailStart = sig >= 0 ? nextTextLine(lines, sig + 1) + 1 : findTailStart(lines, k);
  const bodyLines = lines.slice(k, sig >= 0 ? sig : tailStart);
  const { rest, note, noteLines, noteStart } = splitNote(bodyLines, ctx);
  const attachmentNote = note;
  const attachmentNoteLines = noteLines;
  const body = toBlocks(rest, ctx, 'zw', 2);
  const signature = sig >= 0 ? lineTexts(lines.slice(sig, tailStart)) : [];
  if (signature.length === 2) {
    // The 版头 names the 发文机关; a 署名 that differs is shown as printed and reported.
    if (!meta.issuer) meta.issuer = signature[0];
    else if (meta.issuer !== signature[0]) {
      warn(ctx, lines[sig]!.no, meta.title, `署名 ${signature[0]} differs from the 版头's 发文机关 ${meta.issuer}`);
    }
    const iso = isoDate(signature[1]!);
    if (iso) meta.signedDate = iso;
  }

  const partLines: Notice['partLines'] = {};
  if (sig >= 0) partLines.signature = lines[sig]!.no;
  if (noteStart !== undefined) partLines.attachmentNote = noteStart;
  const issued: IssuedDocument[] = [];
  const attachments: Attachment[] = [];
  const colophon: string[] = [];
  for (const region of splitTail(lines.slice(tailStart))) {
    if (region.lines.every((l) => l.text === '')) continue;
    if (region.kind === 'colophon') {
      partLines.colophon ??= firstTextNo(region.lines);
      colophon.push(...lineTexts(region.lines));
      Object.assign(meta, parseColophon(region.lines));
    } else if (region.kind === 'attachment') {
      attachments.push(buildAttachment(region.lines, ctx, attachments.length, attachmentNote));
    } else {
      // A 印发 notice's 附件说明 usually closes the plan it issues; it still names the attachments.
      // A second one (the notice had its own) stays in the plan's text.
      const found = attachmentNote.length === 0 ? splitNote(region.lines, ctx) : undefined;
      // A bare `附件：` names nothing; it stays in the plan's text.
      const split =
        found && found.note.length > 0 ? found : { rest: region.lines, note: [], noteLines: [], noteStart: undefined };
      if (split.note.length > 0) {
        if (split.noteStart !== undefined) partLines.attachmentNote = split.noteStart;
        attachmentNote.push(...split.note);
        attachmentNoteLines.push(...split.noteLines);
      }
      // Only a notice that issues something (印发, 转发 …) has a text after its signature.
      const placed = ISSUING.test(meta.title);
      const doc = buildIssued(split.rest, ctx, issued.length, placed);
      if (!placed) markUnplaced(doc, ctx, meta.title);
      issued.push(doc);
    }
  }
  const completed = completeAttachments(attachments, attachmentNote);
  attachments.splice(0, attachments.length, ...completed);
  for (const ref of attachmentNote) {
    const target =
      attachments.find((a) => a.label === ref.label) ?? (attachmentNote.length === 1 ? attachments[0] : undefined);
    if (target) ref.target = target.id;
  }

  if (!draft.hasHeader) {
    const named = titleFromText(lines);
    meta.title = named ?? '（标题未见于来源文件）';
    meta.titleSource = named ? 'text' : 'stand-in';
    meta.issuer = meta.printer;
    notes.push(
      '来源文件从这篇公文的中途开始：版头、发文字号、标题和主送机关不在来源中。本页标题取自公文自身的文字，发文字号未知。',
    );
    warn(
      ctx,
      firstLine.no,
      meta.title,
      'notice has no 版头, 发文字号 or 标题 in the source; title taken from its text',
    );
  }
  if (!meta.signedDate && !meta.printedDate)
    warn(ctx, firstLine.no, meta.title, 'notice has no 成文日期 and no 印发日期');
  if (body.length === 0 && issued.length === 0) warn(ctx, firstLine.no, meta.title, 'notice has no body text');
  const genre = genreOf(meta.title);
  if (genre) meta.genre = genre;
  const pages = printedPages(lines);
  if (pages) meta.pages = pages;

  const notice: Notice = {
    kind: 'notice',
    slug: '',
    source: spanOf(
      ctx.file,
      lines.filter((l) => l.text !== ''),
    ),
    issue,
    order,
    meta,
    body,
    attachmentNote,
    attachmentNoteLines,
    signature,
    partLines,
    issued,
    attachments,
    colophon,
    notes,
    warnings: [],
  };
  return notice;
}

/** Without a signature, the tail starts at the first 版记 or attachment label. */
function findTailStart(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (CC_LINE.test(t) || PRINTED_LINE.test(t)) return k;
  }
  return lines.length;
}
