/**
 * Titles: the 标题 of a notice, and the own titles of the plans it issues and of its
 * attachments. A title is a phrase (no sentence in it) and ends with its 文种 word (通知,
 * 办法 …, grammar/patterns.ts `GENRES`), perhaps followed by a parenthesis (（试行）,
 * （2016-2022年）). Printed over several lines, it continues until it has its 文种 word.
 */
import { BLOCK_START, DATE_LINE, DOC_NUMBER_LINE } from '../grammar/patterns.ts';
import {
  MAX_TITLE,
  MAX_TITLE_LINE,
  MAX_TITLE_LINES,
  PARENTHESIS_TAIL,
  endsLikeTitle,
  isOwnTitlePhrase,
} from '../grammar/titles.ts';
import { rebuildParagraphs } from '../layout/paragraphs.ts';
import type { Line } from '../model.ts';
import { HAN } from '../text/chars.ts';
import { gapBefore, nextTextLine } from '../text/lines.ts';
import { joinCjk } from '../text/spacing.ts';
import type { ParseContext } from './context.ts';

const HAN_SPACE_HAN = new RegExp(`${HAN}\\s+${HAN}`, 'u');

/** Whether the line at k goes on with a title printed over several lines (`sofar` is the title so far). */
export function continuesTitle(lines: readonly Line[], k: number, sofar: string, ctx: ParseContext): boolean {
  const t = lines[k]!.text;
  if (/[：:。；;]$/.test(t) || [...t].length > MAX_TITLE_LINE) return false;
  if (BLOCK_START.test(t) || DOC_NUMBER_LINE.test(t) || DATE_LINE.test(t)) return false;
  if ([...sofar].length + [...t].length > MAX_TITLE || /[。；;]/u.test(t)) return false;
  // Words apart by spaces are a table's labels (`序号 北京市措施内容 …`), not a title's line.
  if (HAN_SPACE_HAN.test(t)) return false;
  const complete = endsLikeTitle(sofar);
  // Where every printed line is followed by a blank line, a title's lines follow each other
  // directly (or after one blank while the title still lacks its 文种 word).
  if (ctx.geometry.layout === 'wrapped' && ctx.geometry.blankSeparated) {
    const gap = gapBefore(lines, k);
    return gap === 0 || (gap === 1 && (!complete || endsLikeTitle(t)));
  }
  if (!complete) return true;
  // Past a 文种 word only a rest that ends like a title (…方案 / 的通知) or a parenthesis (（试行）) continues.
  return endsLikeTitle(t) || PARENTHESIS_TAIL.test(t);
}

/** 标题 from line `from`: its lines up to the one that completes it with a 文种 word. */
export function takeTitle(lines: readonly Line[], from: number, ctx: ParseContext): { title: string; end: number } {
  let k = nextTextLine(lines, from);
  const parts: string[] = [];
  let end = from;
  for (let n = 0; k >= 0 && n < MAX_TITLE_LINES; n++) {
    const t = lines[k]!.text;
    // Right after the 版头 and number the line is the title by position; only a sentence, a 主送
    // or a heading there says the title is missing.
    if (n === 0 && (/[：:]$/.test(t) || /[。！？]/u.test(t) || BLOCK_START.test(t))) break;
    if (n > 0 && !continuesTitle(lines, k, joinCjk(parts.join('')), ctx)) break;
    parts.push(t);
    end = k + 1;
    k = nextTextLine(lines, k + 1);
  }
  return { title: joinCjk(parts.join('')), end };
}

/**
 * The own title of an attachment or issued plan: its first paragraph when that is a short
 * phrase, plus title lines that follow it (a title printed over several lines). When the 附件说明
 * names the attachment, the title may run exactly as long as that name.
 */
export function takeOwnTitle(
  lines: readonly Line[],
  k: number,
  expected: string | undefined,
  ctx: ParseContext,
): { title?: string; end: number } {
  const rest = lines.slice(k);
  const paragraphs = rebuildParagraphs(rest, ctx.geometry);
  const first = paragraphs[0];
  if (!first || !isOwnTitlePhrase(first.text)) return { end: k };
  // The 附件说明's name guides only a title that begins as it does: a printed title worded
  // otherwise (…非物质文化 / 遗产代表性项目名录 for …非物质文化遗产名录) wraps like any title.
  const named = expected ? joinCjk(expected) : undefined;
  const want = named && named.startsWith(joinCjk(first.text)) ? named : undefined;
  let title = first.text;
  let last = first.lines[first.lines.length - 1]!;
  for (const p of paragraphs.slice(1)) {
    const joined = joinCjk(title + p.text);
    const continues = want
      ? want.startsWith(joined) ||
        (want.startsWith(joinCjk(title)) && want !== joinCjk(title) && joined.startsWith(want))
      : p.lines.length === 1 &&
        isOwnTitlePhrase(p.text) &&
        [...joined].length <= MAX_TITLE &&
        continuesTitle(lines, lines.indexOf(p.lines[0]!), joinCjk(title), ctx);
    if (!continues) break;
    title = joined;
    last = p.lines[p.lines.length - 1]!;
  }
  return { title: joinCjk(title), end: lines.indexOf(last) + 1 };
}
