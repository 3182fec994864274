/**
 * Standalone headings of a 公文 body and their levels. A numbered line is a heading only
 * when it stands alone: short, and with no sentence inside it (`（四）科技支撑。充分发挥…`
 * is a paragraph with a lead-in, not a heading).
 */
import { toNumber } from '../grammar/numerals.ts';
import { endsInsideBrackets } from '../text/chars.ts';

export type HeadingKind = 'chapter' | 'section' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'title';

export const HEADING_ORDER: readonly HeadingKind[] = ['chapter', 'section', 'cn', 'paren-cn', 'arabic', 'paren-arabic'];

const KINDS: { kind: HeadingKind; re: RegExp }[] = [
  { kind: 'chapter', re: /^第([一二三四五六七八九十百零〇\d]+)章/u },
  { kind: 'section', re: /^第([一二三四五六七八九十百零〇\d]+)节/u },
  { kind: 'cn', re: /^([一二三四五六七八九十]+)、/u },
  { kind: 'paren-cn', re: /^[（(]([一二三四五六七八九十]+)[)）]/u },
  { kind: 'arabic', re: /^(\d{1,2})[.．、](?!\d)/u },
  { kind: 'paren-arabic', re: /^[（(](\d{1,2})[)）]/u },
];

export interface HeadingMatch {
  kind: HeadingKind;
  number: number;
}

/** The outline mark a paragraph opens with (`（二）`, `3.`), heading or not. */
export function markOf(text: string): HeadingMatch | undefined {
  const mark = openingMark(text.trim());
  return mark && { kind: mark.kind, number: mark.number };
}

/** The mark a trimmed text opens with, and how long it is. */
function openingMark(t: string): (HeadingMatch & { length: number }) | undefined {
  for (const { kind, re } of KINDS) {
    const m = re.exec(t);
    if (m) return { kind, number: toNumber(m[1]!), length: m[0].length };
  }
  return undefined;
}

/** Unnumbered sections of a plan or rules: 前言, 序言, 总则, 附则 …, alone on their line. */
const SECTION_NAMES = /^(?:前言|序言|引言|总则|附则|结语|结束语)$/u;

/** Classifies a paragraph as a standalone heading, or returns undefined. */
export function headingOf(text: string): HeadingMatch | undefined {
  const t = text.trim();
  const len = [...t].length;
  const mark = openingMark(t);
  if (mark) {
    const { kind, number } = mark;
    const rest = t.slice(mark.length);
    // A heading is a phrase: no full stop or semicolon inside, and not a long sentence.
    // Half-width marks count as well: some typists and extractions use them in Chinese text.
    if (/[。；！？;!?]/u.test(rest.replace(/[。]$/u, '')) || len > 40) return undefined;
    if (/[。；，：;,:]$/u.test(t) && kind !== 'chapter' && kind !== 'section') return undefined;
    // A phrase is whole: a bracket left open goes on on the next line (`…完好有效（《消防法》`).
    if (endsInsideBrackets(t)) return undefined;
    if (rest.trim() === '' && kind !== 'chapter' && kind !== 'section') return undefined;
    return { kind, number };
  }
  // The names of unnumbered sections, which print sets apart (a page's letter-spacing may or may not survive).
  if (SECTION_NAMES.test(t.replace(/\s+/g, ''))) return { kind: 'title', number: 0 };
  // Spaced-out short titles such as 前  言 or 附  则.
  if (len <= 10 && /^[\p{Script=Han}](?:\s*[\p{Script=Han}]){1,5}$/u.test(t) && /\s/.test(t)) {
    return { kind: 'title', number: 0 };
  }
  return undefined;
}

/** Depth (2–5) of each heading kind present in a part, in the customary order. */
export function depthsFor(kinds: Iterable<HeadingKind>, top: 2 | 3): Map<HeadingKind, 2 | 3 | 4 | 5> {
  const present = new Set(kinds);
  const map = new Map<HeadingKind, 2 | 3 | 4 | 5>();
  let depth: number = top;
  for (const kind of HEADING_ORDER) {
    if (!present.has(kind)) continue;
    map.set(kind, Math.min(5, depth) as 2 | 3 | 4 | 5);
    depth++;
  }
  map.set('title', top);
  return map;
}
