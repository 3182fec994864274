/**
 * One notice draft → the Notice model: its head (head.ts), 正文 and 附件说明, 署名 and 成文日期
 * (signature.ts), then its tail (tail.ts: issued plan, attachments, 版记).
 */
import { issuerFromMasthead } from '../grammar/doc-number.ts';
import { ISSUING, endsLikeTitle, genreOf, isTitlePhrase } from '../grammar/titles.ts';
import { isoDate } from '../grammar/dates.ts';
import { BLOCK_START, CC_LINE, PRINTED_LINE } from '../grammar/patterns.ts';
import type { Attachment, GazetteIssueRef, IssuedDocument, Line, Notice, NoticeDraft, NoticeMeta } from '../model.ts';
import { firstTextNo, lineTexts, printedPages, spanOf } from '../text/lines.ts';
import { joinCjk } from '../text/spacing.ts';
import { splitNote } from './attachment-note.ts';
import { toBlocks } from './blocks.ts';
import { warnAt, type ParseContext } from './context.ts';
import { readHead } from './head.ts';
import { findSignature, isSignerLine } from './signature.ts';
import { buildAttachment, buildIssued, completeAttachments, markUnplaced, parseColophon, splitTail } from './tail.ts';

/** The plan title a headerless notice names: the document it says it 制定/印发. */
function titleFromText(lines: readonly Line[]): string | undefined {
  const text = joinCjk(lineTexts(lines.slice(0, 200)).join(''));
  const named = /(?:制定|印发|发布|出台)《([^》]{4,80})》/u.exec(text) ?? /《([^》]{4,80})》/u.exec(text);
  return named?.[1];
}

/** Without a signature, the tail starts at the first 版记 line. */
function findTailStart(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (CC_LINE.test(t) || PRINTED_LINE.test(t)) return k;
  }
  return lines.length;
}

/** 发文机关 named by the 署名: its agency lines (several for a joint document). */
function issuerFromSignature(signature: readonly string[]): string | undefined {
  const agencies = signature
    .slice(0, -1)
    .flatMap((l) => (/^(?:\S[\s\u3000]+)+\S$/u.test(l) ? [l.replace(/[\s\u3000]+/g, '')] : l.split(/[\s\u3000]+/)))
    .filter(Boolean);
  return agencies.length > 0 && signature.slice(0, -1).every(isSignerLine) ? agencies.join('、') : undefined;
}

/**
 * 发文机关 named by a title: GB/T 9704 builds a 标题 from 发文机关名称, 事由 and 文种, so the
 * agencies are what stands before 关于 (`国务院办公厅、中央军委办公厅关于…的通知`), when each
 * of them reads as an agency name.
 */
function issuerFromTitle(title: string): string | undefined {
  // 关于 most often; 印发/转发/批转 or 对 (…对…建议的答复) where the title has no 关于 before them.
  const at = /关于|印发|转发|批转|对/u.exec(title)?.index ?? -1;
  if (at <= 0) return undefined;
  const agencies = title
    .slice(0, at)
    .split(/[、，,\s]+/)
    .filter(Boolean);
  return agencies.length > 0 && agencies.every((a) => isSignerLine(a)) ? agencies.join('、') : undefined;
}

/** The lines open with a document's own title (a phrase that ends like a title). */
function opensWithTitle(lines: readonly Line[]): boolean {
  const first = lines.find((l) => l.text !== '')?.text ?? '';
  return isTitlePhrase(first) && endsLikeTitle(first) && !BLOCK_START.test(first);
}

/**
 * A regulation printed on its own carries a 题注 under its title naming the order that published
 * it: `（2025年1月17日上海市人民政府令第17号公布 自2025年3月1日起施行）`; its agency issued it.
 */
function issuerFromOrderNote(lines: readonly Line[]): string | undefined {
  for (const line of lines) {
    const m = /^[（(].*?(\p{Script=Han}{2,30}?)令第[\d一二三四五六七八九十百零〇]+号/u.exec(line.text);
    const agency = m?.[1]?.replace(/^.*日/u, '');
    if (agency && isSignerLine(agency)) return agency;
  }
  return undefined;
}

/** Recognises every part of one notice and builds its model. */
export function buildNotice(draft: NoticeDraft, ctx: ParseContext, issue: GazetteIssueRef, order: number): Notice {
  const lines = draft.lines;
  const firstLine = lines.find((l) => l.text !== '') ?? lines[0]!;
  const meta: NoticeMeta = { title: '' };
  const notes: string[] = [];
  const warn = (line: number, message: string) => warnAt(ctx, line, meta.title, message);
  let k = 0;
  let head: string[] = [];
  if (draft.hasHeader) {
    const h = readHead(lines, ctx);
    head = h.printed;
    k = h.end;
    if (h.masthead) {
      meta.masthead = h.masthead;
      const issuer = issuerFromMasthead(h.masthead);
      if (issuer) meta.issuer = issuer;
    }
    if (h.format) meta.format = h.format;
    if (h.docNumber) meta.docNumber = h.docNumber;
    if (h.signer) meta.signer = h.signer;
    if (h.recipients) meta.recipients = h.recipients;
    meta.title = h.title;
    if (meta.title === '') {
      const named = meta.format === 'order' ? titleFromText(lines.slice(k)) : undefined;
      meta.title = named ?? `${meta.docNumber?.text ?? meta.masthead ?? ''}（标题缺失）`;
      meta.titleSource = named ? 'text' : 'stand-in';
      if (!named) {
        notes.push('来源文件中这篇公文的发文字号之后没有标题；本页标题由发文字号代替。');
        warn(firstLine.no, 'notice has no title after its 发文字号');
      }
    }
  }

  // 正文 runs to the signature; the 附件说明 is its last part when present.
  const sig = findSignature(lines, k);
  const tailStart = sig ? sig.end : findTailStart(lines, k);
  const bodyLines = lines.slice(k, sig ? sig.start : tailStart);
  const { rest, note: attachmentNote, noteLines: attachmentNoteLines, noteStart } = splitNote(bodyLines, ctx);
  const body = toBlocks(rest, ctx, 'zw', 2);
  const signature = sig ? lineTexts(lines.slice(sig.start, sig.date + 1)) : [];
  if (sig) {
    const signedBy = issuerFromSignature(signature);
    // The 版头 names the 发文机关; a 署名 that differs is shown as printed and reported.
    if (!meta.issuer && signedBy) meta.issuer = signedBy;
    else if (signedBy && meta.issuer !== signedBy && signature.length === 2) {
      warn(lines[sig.start]!.no, `署名 ${signedBy} differs from the 版头's 发文机关 ${meta.issuer}`);
    }
    const iso = isoDate(lines[sig.date]!.text);
    if (iso) meta.signedDate = iso;
    if (sig.remark !== undefined) meta.remark = lines[sig.remark]!.text;
  }

  const partLines: Notice['partLines'] = {};
  if (sig) partLines.signature = lines[sig.start]!.no;
  if (sig?.remark !== undefined) partLines.remark = lines[sig.remark]!.no;
  if (noteStart !== undefined) partLines.attachmentNote = [{ line: noteStart, count: attachmentNoteLines.length }];
  const issued: IssuedDocument[] = [];
  const attachments: Attachment[] = [];
  const colophon: string[] = [];
  for (const region of splitTail(lines.slice(tailStart))) {
    if (region.lines.every((l) => l.text === '')) continue;
    if (region.kind === 'colophon') {
      const texts = lineTexts(region.lines);
      (partLines.colophon ??= []).push({ line: firstTextNo(region.lines)!, count: texts.length });
      colophon.push(...texts);
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
        if (split.noteStart !== undefined)
          (partLines.attachmentNote ??= []).push({ line: split.noteStart, count: split.noteLines.length });
        attachmentNote.push(...split.note);
        attachmentNoteLines.push(...split.noteLines);
      }
      // A text after the signature is a document the notice encloses: one it issues (印发, 转发 …),
      // or one printed with its own title (a notice that extends or amends a regulation prints it
      // whole). Anything else has no place there.
      const placed = ISSUING.test(meta.title) || opensWithTitle(split.rest);
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
    warn(firstLine.no, 'notice has no 版头, 发文字号 or 标题 in the source; title taken from its text');
  }
  if (!meta.issuer && meta.titleSource === undefined) {
    const named = issuerFromTitle(meta.title) ?? issuerFromOrderNote(lines.slice(0, k + 3));
    if (named) meta.issuer = named;
  }
  if (!meta.signedDate && !meta.printedDate) warn(firstLine.no, 'notice has no 成文日期 and no 印发日期');
  if (body.length === 0 && issued.length === 0) warn(firstLine.no, 'notice has no body text');
  const genre = genreOf(meta.title);
  if (genre) meta.genre = genre;
  const pages = printedPages(lines);
  if (pages) meta.pages = pages;

  return {
    kind: 'notice',
    slug: '',
    source: spanOf(
      ctx.file,
      lines.filter((l) => l.text !== ''),
    ),
    issue,
    order,
    meta,
    head,
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
}
