/**
 * The head of a 公文 (GB/T 9704 7.2 版头 and the 标题 and 主送 of 7.3), in whichever of its
 * formats and orders the source prints it:
 * - 文件格式: `…文件` (one agency, or several stacked: a joint 版头), 发文字号 (and 签发人), 标题, 主送;
 * - 信函格式: the agency's name without 文件, then the 发文字号;
 * - 命令格式: `…令`, then `第N号` (its text usually follows at once, without 标题 or 主送);
 * - 纪要格式: `…纪要`, then its number (第N期);
 * - without a 版头, as gazettes and web pages reprint a document: 标题 then 发文字号 (perhaps in
 *   parentheses), or 发文字号 then 标题, or 标题 alone; then 主送.
 */
import { readMasthead, textLinesFrom, type Masthead } from '../grammar/masthead.ts';
import { DOC_NUMBER_LINE, ORDER_NUMBER_LINE } from '../grammar/patterns.ts';
import { parseDocNumber } from '../grammar/doc-number.ts';
import { toNumber } from '../grammar/numerals.ts';
import type { DocNumber, Line, NoticeFormat } from '../model.ts';
import { nextTextLine } from '../text/lines.ts';
import type { ParseContext } from './context.ts';
import { takeTitle } from './title.ts';

export interface Head {
  masthead?: string;
  format?: NoticeFormat;
  docNumber?: DocNumber;
  signer?: string;
  title: string;
  recipients?: string;
  /** The head's lines as printed, in order. */
  printed: string[];
  /** Index of the first line after the head. */
  end: number;
}

/**
 * Longest 主送: a few lines of agency names (a 国务院 notice to every province and military
 * region runs to about 200 characters).
 */
const MAX_RECIPIENTS = 300;
/** Printed lines a 主送 may take (wrapped at 28 characters, 300 make 11). */
const MAX_RECIPIENT_LINES = 12;

/** The number line at k for the format: 发文字号 (with its 签发人), or an order's / minutes' number. */
function readNumber(
  lines: readonly Line[],
  k: number,
  masthead: Masthead | undefined,
): { docNumber?: DocNumber; signer?: string } | undefined {
  const t = lines[k]?.text ?? '';
  const m = DOC_NUMBER_LINE.exec(t);
  if (m) {
    const docNumber = parseDocNumber(t);
    const signer = m[4]?.trim();
    return { ...(docNumber ? { docNumber } : {}), ...(signer ? { signer } : {}) };
  }
  const serial = masthead && masthead.format !== 'file' && masthead.format !== 'letter' ? numberOfSeries(t) : undefined;
  if (serial === undefined || !masthead) return undefined;
  return { docNumber: { agency: masthead.text, serial, text: `${masthead.text}${t.replace(/\s+/g, '')}` } };
}

/** 第285号, 第12期: the serial of an order or of minutes. */
function numberOfSeries(text: string): number | undefined {
  const m = ORDER_NUMBER_LINE.exec(text) ?? /^第\s*(\d{1,4})\s*期$/u.exec(text);
  return m ? toNumber(m[1]!) : undefined;
}

/** 主送机关: lines of agency names ending with a colon, right after the title. */
function takeRecipients(lines: readonly Line[], from: number): { recipients?: string; end: number } {
  const parts: string[] = [];
  for (const k of textLinesFrom(lines, from, MAX_RECIPIENT_LINES)) {
    const t = lines[k]!.text;
    // A sentence is the 正文's lead-in (`…现就有关事项通告如下：`), never a 主送.
    if (/[。；;！？]/u.test(t)) break;
    parts.push(t);
    if (/[：:]$/.test(t)) {
      const joined = parts.join('');
      return joined.length <= MAX_RECIPIENTS ? { recipients: joined, end: k + 1 } : { end: from };
    }
  }
  return { end: from };
}

/** Reads the head of a notice whose draft starts at its 版头 or 标题. */
export function readHead(lines: readonly Line[], ctx: ParseContext): Head {
  const head: Head = { title: '', printed: [], end: 0 };
  const take = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (lines[j]!.text !== '') head.printed.push(lines[j]!.text);
    head.end = to;
  };
  let k = nextTextLine(lines, 0);
  if (k < 0) return head;
  const masthead = readMasthead(lines, k);
  if (masthead) {
    head.masthead = masthead.text;
    head.format = masthead.format;
    take(k, masthead.end);
  }
  const number = (at: number) => {
    const n = nextTextLine(lines, at);
    const found = n >= 0 ? readNumber(lines, n, masthead) : undefined;
    if (!found) return false;
    Object.assign(head, found);
    take(head.end, n + 1);
    return true;
  };
  const numbered = number(head.end);
  // An order (命令格式) has no 标题: its text follows the number at once.
  const title = head.format === 'order' ? { title: '', end: head.end } : takeTitle(lines, head.end, ctx);
  if (title.title !== '') {
    head.title = title.title;
    take(head.end, title.end);
  }
  if (!numbered) number(head.end);
  const r = takeRecipients(lines, head.end);
  if (r.recipients) {
    head.recipients = r.recipients;
    take(head.end, r.end);
  }
  return head;
}
