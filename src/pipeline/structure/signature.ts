/**
 * 发文机关署名, 成文日期 and 附注 (GB/T 9704 7.3.5–7.3.7): the agency name(s) — one, several
 * (a joint document: a line each, or one line with spaces between), or an office and a
 * person (`市长  陈吉宁`) — then the date, then perhaps a note in parentheses. A document
 * sealed without a printed name shows the date alone.
 */
import {
  AGENCY_LINE,
  ATTACHMENT_LABEL,
  ATTACHMENT_NOTE,
  CC_LINE,
  DATE_LINE,
  MASTHEAD_LINE,
  PRINTED_LINE,
  REMARK_LINE,
} from '../grammar/patterns.ts';
import { endsLikeTitle, isTitlePhrase } from '../grammar/titles.ts';
import type { Line } from '../model.ts';
import { ENDS_SENTENCE, HAN } from '../text/chars.ts';
import { nextTextLine } from '../text/lines.ts';

export interface SignatureBlock {
  /** Index of the first 署名 line (the date line when there is none). */
  start: number;
  /** Index of the 成文日期 line. */
  date: number;
  /** Index of the 附注 line, if any. */
  remark?: number;
  /** Index after the block. */
  end: number;
}

/** An item of a 附件说明 on a line of its own (`2.西城区冰雪运动…计划`). */
const NOTE_ITEM = /^\d{1,2}[.．、]/u;

/** Agencies signing together, at most (a line each). */
const MAX_SIGNERS = 4;
/** `市长  陈吉宁`: an office and a name, set apart by spaces. */
const OFFICE_AND_PERSON = new RegExp(`^${HAN}{2,10}[\\s\\u3000]+${HAN}(?:[\\s\\u3000]?${HAN}){1,3}$`, 'u');

/** A line that can be (part of) a 署名: an agency, several on one line, or an office and a person. */
export function isSignerLine(text: string): boolean {
  if (AGENCY_LINE.test(text)) return true;
  const parts = text.split(/[\s\u3000]+/).filter(Boolean);
  // A short name letter-spaced to fill the 署名's width: `财  政  部`.
  if (parts.length > 1 && parts.every((p) => [...p].length === 1)) return AGENCY_LINE.test(parts.join(''));
  if (parts.length > 1 && parts.every((p) => AGENCY_LINE.test(p))) return true;
  return OFFICE_AND_PERSON.test(text);
}

/** The line before k with text, at or after `from`, or -1. */
function previousTextLine(lines: readonly Line[], k: number, from: number): number {
  for (let j = k - 1; j >= from; j--) if (lines[j]!.text !== '') return j;
  return -1;
}

/**
 * What may follow a date printed with no 署名 above it: nothing, a 附注, a 附件 label, the
 * 版记, another document's head, or the title of the document it issues.
 */
function closesDocument(text: string | undefined): boolean {
  if (text === undefined) return true;
  return (
    REMARK_LINE.test(text) ||
    ATTACHMENT_LABEL.test(text) ||
    CC_LINE.test(text) ||
    PRINTED_LINE.test(text) ||
    MASTHEAD_LINE.test(text) ||
    (isTitlePhrase(text) && endsLikeTitle(text))
  );
}

/** The first 署名 and 成文日期 block after `from`. */
export function findSignature(lines: readonly Line[], from: number): SignatureBlock | undefined {
  for (let k = from; k < lines.length; k++) {
    if (!DATE_LINE.test(lines[k]!.text)) continue;
    let start = k;
    for (let n = 0, j = previousTextLine(lines, k, from); n < MAX_SIGNERS && j >= 0; n++) {
      if (!isSignerLine(lines[j]!.text)) break;
      start = j;
      j = previousTextLine(lines, j, from);
    }
    const after = nextTextLine(lines, k + 1);
    const afterText = after >= 0 ? lines[after]!.text : undefined;
    if (start === k) {
      const before = previousTextLine(lines, k, from);
      const prev = before < 0 ? '' : lines[before]!.text;
      // The text ended before the date: a sentence, or the 附件说明 (which comes right before the 署名).
      const sentenceBefore =
        before < 0 || ENDS_SENTENCE.test(prev) || ATTACHMENT_NOTE.test(prev) || NOTE_ITEM.test(prev);
      if (!sentenceBefore || !closesDocument(afterText)) continue;
    }
    if (afterText !== undefined && REMARK_LINE.test(afterText))
      return { start, date: k, remark: after, end: after + 1 };
    return { start, date: k, end: k + 1 };
  }
  return undefined;
}
