import type { Line, NoticeDraft } from '../model.ts';

export type { NoticeDraft } from '../model.ts';
import {
  ATTACHMENT_LABEL,
  BLOCK_START,
  CC_LINE,
  CHRONICLE_TITLE,
  CONTENTS_TITLE,
  DATE_LINE,
  DOC_NUMBER_LINE,
  MASTHEAD_LINE,
  PRINTED_LINE,
} from '../grammar/patterns.ts';
import { readMasthead } from '../grammar/masthead.ts';
import { ISSUING, genreOf, isTitlePhrase } from '../grammar/titles.ts';
import { nextTextLine } from '../text/lines.ts';

export interface SplitIssue {
  /** Cover and 目录 lines of the issue (not part of any notice). */
  front: Line[];
  drafts: NoticeDraft[];
}

/** Lines after a 版头 within which its 发文字号 must follow. */
const MASTHEAD_TO_NUMBER = 3;
/** Lines a notice's title takes at most when it opens the notice (no 版头 above it). */
const MAX_TITLE_LINES = 4;
/** How far into a notice its title (and a 印发/转发 word in it) stands. */
const HEAD_LINES = 8;

/**
 * A notice begins at its 版头 when its number follows within a few lines: a 发文字号 (文件,
 * 信函 formats), 第N号 (命令), 第N期 (纪要). Anchoring on the pair, not on either alone, keeps a
 * 版头-like sentence or a cited number from splitting.
 */
function isMastheadStart(lines: readonly Line[], k: number): boolean {
  const masthead = readMasthead(lines, k);
  if (!masthead) return false;
  if (masthead.format === 'order' || masthead.format === 'minutes' || masthead.format === 'letter') return true;
  let seen = 0;
  for (let j = masthead.end; j < lines.length && seen < MASTHEAD_TO_NUMBER; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    if (DOC_NUMBER_LINE.test(t)) return true;
    // A 版头 printed twice: the notice starts at the second one.
    if (MASTHEAD_LINE.test(t)) return false;
    seen++;
  }
  return false;
}

/** Text lines from k on, up to n of them. */
function textLines(lines: readonly Line[], k: number, n: number): number[] {
  const out: number[] = [];
  for (let j = nextTextLine(lines, k); j >= 0 && out.length < n; j = nextTextLine(lines, j + 1)) out.push(j);
  return out;
}

/** A 主送 line: agencies (or a person) ending with a colon, no sentence in it. */
function isRecipientsLine(text: string): boolean {
  return /[：:]$/.test(text) && [...text].length <= 150 && !/[。；;！？]/u.test(text);
}

type TitleStart = 'number' | 'recipients' | 'title';

/**
 * How a notice reprinted without its 版头 opens (as gazettes and web pages print it): a title
 * ending with its 文种, then its 发文字号 or its 主送; or the 发文字号, then the title; at the very
 * start of a file, a title alone. Returns what follows the title, or undefined when no notice
 * starts at k.
 */
function titleStartAt(lines: readonly Line[], k: number, atFileStart: boolean): TitleStart | undefined {
  const ahead = textLines(lines, k, MAX_TITLE_LINES + 2);
  const texts = ahead.map((j) => lines[j]!.text);
  const first = texts[0];
  if (first === undefined || BLOCK_START.test(first)) return undefined;
  const numberFirst = DOC_NUMBER_LINE.test(first);
  let title = '';
  for (let n = numberFirst ? 1 : 0; n < texts.length; n++) {
    const t = texts[n]!;
    if (!isTitlePhrase(t) || BLOCK_START.test(t) || DOC_NUMBER_LINE.test(t) || !isTitlePhrase(title + t)) break;
    title += t;
    if (!genreOf(title)) continue;
    const after = texts[n + 1];
    if (numberFirst) return 'number';
    if (after !== undefined && DOC_NUMBER_LINE.test(after)) return 'number';
    if (after !== undefined && isRecipientsLine(after)) return 'recipients';
    // A file that opens with a title and goes straight on with the text (no 主送, no number).
    return atFileStart ? 'title' : undefined;
  }
  return undefined;
}

/** An attachment printed as a whole 公文 (a report, a letter) stays inside its notice. */
function afterAttachmentLabel(lines: readonly Line[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (lines[j]!.text !== '') return ATTACHMENT_LABEL.test(lines[j]!.text);
  return false;
}

/** Lines of a printed 目录: an entry ends with its page number after a tab or spaces. */
function isContentsEntry(line: Line): boolean {
  return /[\t ]\d{1,4}$/.test(line.raw.trimEnd()) || /\t\d{1,4}$/.test(line.text);
}

/** Whether the text before the first notice is the issue's cover and 目录, not a notice. */
function isFrontMatter(front: readonly Line[]): boolean {
  if (front.some((l) => CONTENTS_TITLE.test(l.text))) return true;
  // A cover is names and titles; a notice's text has sentences.
  return !front.some((l) => /[。；，]/u.test(l.text));
}

/** Splits an issue's lines into its front matter and one draft per notice (plus the chronicle). */
export function splitIssue(lines: readonly Line[]): SplitIssue {
  const starts: { index: number; kind: 'notice' | 'chronicle' }[] = [];
  let inContents = false;
  // Where a notice may begin without a 版头: at the start of the file, or after the previous
  // notice closed (its 成文日期 or 版记). `closedBy` says which, `issuing` whether that notice
  // issues a plan (whose own title, after the date, must not start a notice).
  let closedBy: 'file' | 'date' | 'colophon' | undefined = 'file';
  let issuing = false;
  // Attachments run to the 版记 or the next notice; one printed as a 公文 (a report with its own
  // title and 主送) must not start a notice, so inside them only a title with a 发文字号 does.
  let inAttachment = false;
  const open = (index: number, kind: 'notice' | 'chronicle') => {
    starts.push({ index, kind });
    closedBy = undefined;
    inAttachment = false;
    issuing = ISSUING.test(
      textLines(lines, index, HEAD_LINES)
        .map((j) => lines[j]!.text)
        .join(''),
    );
  };
  // The lines of a 版头 just read (a joint one stacks several agency names) start nothing more.
  let mastheadEnd = 0;
  lines.forEach((line, k) => {
    const t = line.text;
    if (t === '') return;
    if (CONTENTS_TITLE.test(t)) inContents = true;
    if (k >= mastheadEnd && isMastheadStart(lines, k)) {
      inContents = false;
      mastheadEnd = readMasthead(lines, k)!.end;
      open(k, 'notice');
    } else if (CHRONICLE_TITLE.test(t) && !(inContents && isContentsEntry(line))) {
      open(k, 'chronicle');
    } else if (!inContents && closedBy !== undefined && !afterAttachmentLabel(lines, k)) {
      const found = titleStartAt(lines, k, k === nextTextLine(lines, 0));
      const mayOpen =
        found === 'number' ||
        (found === 'recipients' && !inAttachment && (closedBy !== 'date' || !issuing)) ||
        found === 'title';
      if (mayOpen) open(k, 'notice');
    }
    if (DATE_LINE.test(t)) closedBy ??= 'date';
    if (CC_LINE.test(t) || PRINTED_LINE.test(t)) {
      closedBy = 'colophon';
      inAttachment = false;
    }
    if (closedBy !== undefined && ATTACHMENT_LABEL.test(t)) inAttachment = true;
  });
  const firstStart = starts[0]?.index ?? lines.length;
  const before = lines.slice(0, firstStart);
  const drafts: NoticeDraft[] = [];
  let front: Line[] = [];
  if (before.some((l) => l.text !== '')) {
    if (isFrontMatter(before)) front = before;
    else drafts.push({ kind: 'notice', lines: before, hasHeader: false });
  }
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.index ?? lines.length;
    drafts.push({ kind: s.kind, lines: lines.slice(s.index, end), hasHeader: s.kind === 'notice' });
  });
  return { front, drafts };
}
