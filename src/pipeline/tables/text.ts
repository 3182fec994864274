/**
 * Text helpers shared by the table readers. Cells are rebuilt from the *raw* source lines
 * (the normalizer's `text` drops leading tabs and the spaces that separate values), so every
 * reader cleans its cell text here, the same way the normalizer cleans prose.
 */
import { ALNUM, CJK, HAN, withoutSpaces } from '../text/chars.ts';

const CJK_THEN_ALNUM = new RegExp(`([${CJK}]) +(?=[${ALNUM}])`, 'gu');
const ALNUM_THEN_CJK = new RegExp(`([${ALNUM}.]) +(?=[${CJK}])`, 'gu');
const LETTER_SPACED_PART = new RegExp(`^${HAN}[：:]?$`, 'u');

/**
 * A cell's text as printed: NBSP and runs of spaces become one space; the extraction's spaces
 * between Chinese and digits/Latin go (print has none there); a word letter-spaced to fill a
 * wide cell (`召 集 人：`, `吴 珍`, `年  份`) is closed up. Other spaces between Chinese words
 * stay: in these tables they separate several names stacked in one cell.
 */
export function cleanCell(s: string): string {
  let t = s
    .replace(/[\u00a0\u2002\u2003\u3000\t ]+/g, ' ')
    .trim()
    .replace(CJK_THEN_ALNUM, '$1')
    .replace(ALNUM_THEN_CJK, '$1');
  if (isLetterSpaced(t)) t = t.replace(/ /g, '');
  return t;
}

/** `召 集 人：`, `吴 珍`: every space-separated part is a single Han character (a colon may follow). */
export function isLetterSpaced(s: string): boolean {
  const parts = s.split(' ');
  return parts.length > 1 && parts.every((p) => LETTER_SPACED_PART.test(p));
}

/**
 * Joins the wrapped pieces of one cell. Chinese wraps anywhere, so pieces join with nothing;
 * only two Latin words meeting at the wrap keep a space between them (`Beijing` / `Xicheng`).
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (out !== '' && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(piece)) out += ' ';
    out += piece;
  }
  return out;
}

/** The visible characters of many strings, counted; used by the "nothing lost" check. */
export function charCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const ch of withoutSpaces(t)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}
