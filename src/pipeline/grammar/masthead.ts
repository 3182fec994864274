/**
 * 版头 (GB/T 9704 7.2.2, and the formats of chapter 10): where a 公文 opens, in each format.
 * Used by split (where a notice starts) and structure (what its head holds).
 */
import type { Line, NoticeFormat } from '../model.ts';
import { nextTextLine } from '../text/lines.ts';
import {
  AGENCY_LINE,
  DOC_NUMBER_LINE,
  MASTHEAD_LINE,
  MINUTES_MASTHEAD_LINE,
  MINUTES_NUMBER_LINE,
  ORDER_MASTHEAD_LINE,
  ORDER_NUMBER_LINE,
} from './patterns.ts';

/** How many agencies a joint 版头 stacks at most before its 文件. */
const MAX_JOINT_AGENCIES = 4;
/** Lines between a 版头 and its 发文字号 at most (an empty 签发人 line, a rule drawn as text). */
const MASTHEAD_TO_NUMBER = 3;
export interface Masthead {
  text: string;
  format: NoticeFormat;
  /** Index after its last line. */
  end: number;
  lines: number;
}

/** Indices of the next `n` text lines from `from`. */
export function textLinesFrom(lines: readonly Line[], from: number, n: number): number[] {
  const out: number[] = [];
  for (let k = nextTextLine(lines, from); k >= 0 && out.length < n; k = nextTextLine(lines, k + 1)) out.push(k);
  return out;
}

/** A 发文字号 line within a few lines after `from`. */
function numberFollows(lines: readonly Line[], from: number, line: RegExp): boolean {
  return textLinesFrom(lines, from, MASTHEAD_TO_NUMBER).some((k) => line.test(lines[k]!.text));
}

/** The 版头 starting at line k, if one does; `strict` asks for the 发文字号 after it (notice starts in split). */
export function readMasthead(lines: readonly Line[], k: number): Masthead | undefined {
  const t = lines[k]?.text ?? '';
  if (MASTHEAD_LINE.test(t)) return { text: t, format: 'file', end: k + 1, lines: 1 };
  if (ORDER_MASTHEAD_LINE.test(t) && numberFollows(lines, k + 1, ORDER_NUMBER_LINE))
    return { text: t, format: 'order', end: k + 1, lines: 1 };
  if (MINUTES_MASTHEAD_LINE.test(t) && numberFollows(lines, k + 1, MINUTES_NUMBER_LINE))
    return { text: t, format: 'minutes', end: k + 1, lines: 1 };
  if (!AGENCY_LINE.test(t)) return undefined;
  // A joint 版头: agency names stacked, 文件 after the last (or on a line of its own).
  const stack = [k];
  for (const j of textLinesFrom(lines, k + 1, MAX_JOINT_AGENCIES)) {
    const next = lines[j]!.text;
    if (next === '文件' || MASTHEAD_LINE.test(next)) {
      const texts = [...stack, j].map((i) => lines[i]!.text);
      return { text: texts.join(' ').replace(/ 文件$/, '文件'), format: 'file', end: j + 1, lines: stack.length + 1 };
    }
    if (!AGENCY_LINE.test(next)) break;
    stack.push(j);
  }
  // 信函格式: the name alone, the 发文字号 right under it.
  const next = textLinesFrom(lines, k + 1, 1)[0];
  if (next !== undefined && DOC_NUMBER_LINE.test(lines[next]!.text))
    return { text: t, format: 'letter', end: k + 1, lines: 1 };
  return undefined;
}
