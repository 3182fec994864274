import type { Block, Geometry, Heading, Line } from '../model.ts';
import type { ParseContext } from './context.ts';
import { depthsFor, headingOf, markOf, type HeadingKind, type HeadingMatch } from './headings.ts';
import { parseInlines } from './inlines.ts';
import {
  FIRST_LINE_INDENT,
  FIRST_LINE_SLACK,
  joinPieces,
  rebuildParagraphs,
  type RawParagraph,
} from '../layout/paragraphs.ts';
import { BLOCK_START } from '../grammar/patterns.ts';
import { ENDS_SENTENCE, PROSE_PUNCT_ANY_WIDTH, visibleLength } from '../text/chars.ts';
import { textWidth } from '../layout/geometry.ts';
import { restoreHeadingTails } from '../layout/orphans.ts';
import { spanOf } from '../text/lines.ts';

/**
 * Turns a run of lines of one part (正文, an issued plan, an attachment) into blocks:
 * tables first (they must not be read as paragraphs), then paragraphs and headings.
 * `idPrefix` makes heading ids unique per part and stable across builds.
 */
export function toBlocks(lines: Line[], ctx: ParseContext, idPrefix: string, top: 2 | 3): Block[] {
  if (lines.every((l) => l.text === '')) return [];
  const { measure, layout, figuresSpaced } = ctx.geometry;
  const { segments, warnings } = ctx.scanTables(restoreHeadingTails(lines, ctx.geometry), ctx.file, {
    ...(layout === 'wrapped' ? { measure } : {}),
    ...(figuresSpaced === undefined ? {} : { figuresSpaced }),
  });
  ctx.warnings.push(...warnings);
  const blocks: Block[] = [];
  const pending: { index: number; match: HeadingMatch }[] = [];
  for (const segment of segments) {
    if (segment.kind === 'table') {
      const repeated = segment.repeated.filter((t) => t !== '');
      blocks.push(repeated.length > 0 ? { ...segment.table, repeated } : segment.table);
      continue;
    }
    for (const p of paragraphsOf(segment.lines, ctx.geometry)) {
      const match = headingOf(p.text);
      const inlines = parseInlines(p.text);
      const span = spanOf(ctx.file, p.lines);
      if (match) {
        pending.push({ index: blocks.length, match });
        blocks.push({ type: 'heading', depth: 2, id: '', inlines, span });
      } else {
        blocks.push({ type: 'paragraph', inlines, span });
      }
    }
  }
  assignHeadingLevels(blocks, pending, idPrefix, top);
  return blocks;
}

/**
 * Paragraphs of a run of text lines, with the numbered items of one kind made alike. Where
 * print's positions are lost (a paragraph per line, or printed lines that keep no
 * indentation), a heading's line and the paragraph under it can look like one paragraph, and
 * a numbered item's full first line like a heading. The items of one kind in a part are
 * headings or paragraphs alike; their siblings decide.
 */
function paragraphsOf(lines: readonly Line[], g: Geometry): RawParagraph[] {
  const rebuilt = rebuildParagraphs(lines, g);
  if (g.layout === 'paragraphs') return evenSiblings(splitRunOnHeadings(rebuilt), g);
  // Indentation shows where paragraphs start, and a trailing space where they end.
  if (g.indented || g.trailingSpaceEnds) return rebuilt;
  return detachListItems(evenSiblings(rebuilt, g));
}

/**
 * A heading line can look like a paragraph cut at a page boundary (`（一）加强部门协同配合，
 * 明确职责分工` then its first paragraph). When headings of the same kind stand alone
 * elsewhere in the part, such a joined paragraph is a heading followed by its text.
 */
function splitRunOnHeadings(paragraphs: RawParagraph[]): RawParagraph[] {
  const standalone = new Set(paragraphs.map((p) => headingOf(p.text)?.kind).filter((k) => k !== undefined));
  return paragraphs.flatMap((p) => {
    const kind = headingLine(p)?.kind;
    return kind && standalone.has(kind) ? splitFirstLine(p) : [p];
  });
}

/** The heading a paragraph's first line would be, when the paragraph as a whole is none. */
function headingLine(p: RawParagraph): HeadingMatch | undefined {
  const [first, ...rest] = p.lines;
  return first && rest.length > 0 && !headingOf(p.text) ? headingOf(first.text) : undefined;
}

function splitFirstLine(p: RawParagraph): RawParagraph[] {
  const [first, ...rest] = p.lines;
  return [
    { text: first!.text, lines: [first!] },
    { text: p.text.slice(first!.text.length), lines: rest },
  ];
}

/**
 * In printed lines that keep no indentation, a heading that fills its line and the first line
 * of the paragraph under it look like one paragraph (`（二）餐饮服务单位…全部规范处理` /
 * `全区餐饮服务单位基准数…`), and an item's full first line ending bare looks like a heading
 * (`3.区环卫中心根据…的保障需` / `求，做好…`). The item just before, one number less, decides:
 * siblings are headings or paragraphs alike (for the first of a run, the one after it). A first line splits off only as a bare phrase (no
 * comma: a run-in heading has its clauses), and a heading joins only text that opens no block.
 */
function evenSiblings(paragraphs: RawParagraph[], g: Geometry): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const line = g.layout === 'wrapped' ? headingLine(p) : undefined;
    // The first of a run has none before it: the one after, numbered 2, decides.
    const sibling =
      line && (siblingBefore(out, line) ?? (line.number === 1 ? siblingAfter(paragraphs, i, line) : undefined));
    if (line && !PROSE_PUNCT_ANY_WIDTH.test(p.lines[0]!.text) && sibling?.heading) {
      out.push(...splitFirstLine(p));
      continue;
    }
    const last = out[out.length - 1];
    const heading = last && last.lines.length === 1 ? headingOf(last.text) : undefined;
    if (
      heading &&
      isCutLine(last!.lines[0]!, g) &&
      siblingBefore(out.slice(0, -1), heading)?.heading === false &&
      !ENDS_SENTENCE.test(last!.text) &&
      !BLOCK_START.test(p.text)
    ) {
      out[out.length - 1] = { text: joinPieces(last!.text, p.text), lines: [...last!.lines, ...p.lines] };
      continue;
    }
    out.push(p);
  }
  return out;
}

/**
 * A heading that fills its line takes the next line with it when nothing marks where it ends;
 * when that line is the first of a list of short items (`二、…领导小组成员单位` / `区民政局` /
 * `区委组织部` / …), it is the list's. A word of one or two characters stays with the heading:
 * that is how a heading's last line looks (`…组长、副组` / `长`).
 */
function detachListItems(paragraphs: RawParagraph[]): RawParagraph[] {
  return paragraphs.flatMap((p, k) => {
    const [line, second, ...more] = p.lines;
    if (!second || more.length > 0 || !headingOf(p.text) || !isListItem(second.text, MIN_ITEM_CHARS)) return [p];
    const next = paragraphs.slice(k + 1, k + 1 + ITEMS_AFTER);
    if (next.length < ITEMS_AFTER || !next.every((q) => q.lines.length === 1 && isListItem(q.text, 1))) return [p];
    // Items that all open alike (`区民政局` / `区委组织部`): a line that does not is the heading's
    // last (`…领导小组成` / `员单位`).
    const opening = new Set(next.map((q) => [...q.text][0]));
    if (opening.size === 1 && !opening.has([...second.text][0])) return [p];
    return [
      { text: line!.text, lines: [line!] },
      { text: second.text, lines: [second] },
    ];
  });
}

/** A short line of one piece: an agency's or a person's name in a list. */
function isListItem(text: string, min: number): boolean {
  const n = visibleLength(text);
  return n >= min && n <= MAX_ITEM_CHARS && !/[\p{P}\s]/u.test(text);
}

const MIN_ITEM_CHARS = 3;
const MAX_ITEM_CHARS = 12;
/** Items after it that show a list. */
const ITEMS_AFTER = 2;

/**
 * A line as long as one print cuts: at least a first line's width where lines are printed
 * lines, a good part of a printed line where a page cut a paragraph-per-line text.
 */
function isCutLine(line: Line, g: Geometry): boolean {
  if (g.layout === 'wrapped') return textWidth(line) >= g.measure - FIRST_LINE_INDENT - FIRST_LINE_SLACK;
  return visibleLength(line.text) >= MIN_CUT_CHARS;
}

/** Fewest characters of a printed line cut by a page, in a paragraph-per-line text (a line holds 28). */
const MIN_CUT_CHARS = 20;

/** The nearest paragraph before that opens with the previous number of the same kind, and whether it is a heading. */
function siblingBefore(before: readonly RawParagraph[], of: HeadingMatch): { heading: boolean } | undefined {
  return nearestSibling(backwards(before), of, -1);
}

/** The next item of the same kind after paragraph `at`, if it is numbered one more. */
function siblingAfter(
  paragraphs: readonly RawParagraph[],
  at: number,
  of: HeadingMatch,
): { heading: boolean } | undefined {
  return nearestSibling(forwards(paragraphs, at + 1), of, 1);
}

/** The first item of the same kind in `candidates`, if numbered `step` from `of`: heading or not. */
function nearestSibling(
  candidates: Iterable<RawParagraph>,
  of: HeadingMatch,
  step: 1 | -1,
): { heading: boolean } | undefined {
  for (const p of candidates) {
    const mark = markOf(p.text);
    if (mark?.kind !== of.kind) continue;
    return mark.number === of.number + step ? { heading: headingOf(p.text) !== undefined } : undefined;
  }
  return undefined;
}

/** The items from the last to the first, without copying them. */
function* backwards<T>(xs: readonly T[]): Generator<T> {
  for (let k = xs.length - 1; k >= 0; k--) yield xs[k]!;
}

/** The items from `from` on, without copying them. */
function* forwards<T>(xs: readonly T[], from: number): Generator<T> {
  for (let k = from; k < xs.length; k++) yield xs[k]!;
}

const LEVEL_KIND: Partial<Record<HeadingKind, Heading['levelKind']>> = {
  chapter: 'chapter',
  section: 'chapter',
  cn: '1',
  'paren-cn': '2',
  arabic: '3',
  'paren-arabic': '4',
};

/** Depth by the kinds present; ids from the chain of heading numbers (zw-2-1 = 二、（一）). */
function assignHeadingLevels(
  blocks: Block[],
  headings: { index: number; match: HeadingMatch }[],
  idPrefix: string,
  top: 2 | 3,
): void {
  const depths = depthsFor(
    headings.map((h) => h.match.kind as HeadingKind),
    top,
  );
  const path: number[] = [];
  const used = new Set<string>();
  let titles = 0;
  for (const { index, match } of headings) {
    const depth = depths.get(match.kind) ?? top;
    const heading = blocks[index] as Heading;
    heading.depth = depth;
    const levelKind = LEVEL_KIND[match.kind];
    if (levelKind) heading.levelKind = levelKind;
    let id: string;
    if (match.kind === 'title') {
      id = `${idPrefix}-t${++titles}`;
      path.length = 0;
    } else {
      path.length = depth - top;
      while (path.length < depth - top) path.push(0);
      path.push(match.number);
      id = `${idPrefix}-${path.join('-')}`;
    }
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    heading.id = unique;
  }
}
