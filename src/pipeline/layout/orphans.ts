/**
 * Tails of headings an extraction read out of place. pdftotext's default mode reads a page block
 * by block, and the last line of a heading wrapped in print, a character or two, can become a
 * block of its own read elsewhere on the page (`附件1` / `长` / … / `一、…领导小组组长、副组`).
 * Where lines keep no positions, such a stray piece goes back after the heading line it ends.
 */
import { BLOCK_START } from '../grammar/patterns.ts';
import type { Geometry, Line } from '../model.ts';
import { HAN, PROSE_PUNCT } from '../text/chars.ts';
import { textWidth } from './geometry.ts';

/** A stray piece: one or two Han characters, nothing else. */
const PIECE = new RegExp(`^${HAN}{1,2}$`, 'u');
/** A heading line cut inside a word: it ends on a Han character. */
const ENDS_ON_HAN = new RegExp(`${HAN}$`, 'u');
/**
 * How far short of the measure a heading line may stop and still be full: two characters, as
 * print may set headings a little larger than the text.
 */
const FULL_SLACK = 4;

/**
 * Narrowest page line, in half-width units, that a heading must fill (twenty characters): a
 * narrower measure is a table's or a fragment's, where short lines are cells, not tails.
 */
const MIN_MEASURE = 40;

/** The lines with each stray heading tail moved back after its heading line. */
export function restoreHeadingTails(lines: readonly Line[], g: Geometry): Line[] {
  // Only where lines keep no positions and follow each other directly: there a gap sets a block apart.
  if (g.layout !== 'wrapped' || g.indented || g.blankSeparated || g.trailingSpaceEnds || g.measure < MIN_MEASURE)
    return [...lines];
  const out = [...lines];
  for (let k = 0; k < out.length; k++) {
    if (!isStrayPiece(out, k)) continue;
    const h = cutHeadingAfter(out, k, g);
    if (h === undefined) continue;
    const [piece] = out.splice(k, 1);
    const after = out[k];
    // The line after the piece followed it across a gap; it now follows what stood before the piece.
    if (after) out[k] = { ...after, blanksBefore: Math.max(after.blanksBefore, piece!.blanksBefore) };
    out.splice(h, 0, { ...piece!, blanksBefore: 0, pageStart: false });
    k--;
  }
  return out;
}

/** One or two characters standing alone: a gap or a page break before, a gap after. */
function isStrayPiece(lines: readonly Line[], k: number): boolean {
  const line = lines[k]!;
  const next = lines[k + 1];
  if (!PIECE.test(line.text)) return false;
  const apartBefore = k === 0 || line.blanksBefore > 0 || line.pageStart;
  return apartBefore && next !== undefined && next.blanksBefore > 0 && !next.pageStart;
}

/**
 * Index (in the lines without the piece) right after the first heading line later on the same
 * page that fills the measure and stops inside a word, and whose next line does not go on with it.
 */
function cutHeadingAfter(lines: readonly Line[], k: number, g: Geometry): number | undefined {
  for (let j = k + 1; j < lines.length && !lines[j]!.pageStart; j++) {
    const t = lines[j]!.text;
    if (!BLOCK_START.test(t) || PROSE_PUNCT.test(t) || t.includes('：')) continue;
    const width = textWidth(lines[j]!);
    if (width < g.measure - FULL_SLACK || width < MIN_MEASURE || !ENDS_ON_HAN.test(t)) continue;
    return j; // after removing the piece at k (< j), the heading line sits at j - 1
  }
  return undefined;
}
