import type { Block, Heading, Line } from '../model.ts';
import type { ParseContext } from './context.ts';
import { depthsFor, headingOf, type HeadingKind, type HeadingMatch } from './headings.ts';
import { parseInlines } from './inlines.ts';
import { rebuildParagraphs, type RawParagraph } from '../layout/paragraphs.ts';
import { spanOf } from '../text/lines.ts';

/**
 * Turns a run of lines of one part (正文, an issued plan, an attachment) into blocks:
 * tables first (they must not be read as paragraphs), then paragraphs and headings.
 * `idPrefix` makes heading ids unique per part and stable across builds.
 */
export function toBlocks(lines: Line[], ctx: ParseContext, idPrefix: string, top: 2 | 3): Block[] {
  if (lines.every((l) => l.text === '')) return [];
  const { measure, layout, figuresSpaced } = ctx.geometry;
  const { segments, warnings } = ctx.scanTables(lines, ctx.file, {
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
    const rebuilt = rebuildParagraphs(segment.lines, ctx.geometry);
    // In a wrapped file a heading ends its line with a hard break already.
    for (const p of ctx.geometry.layout === 'paragraphs' ? splitRunOnHeadings(rebuilt) : rebuilt) {
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
 * A heading line can look like a paragraph cut at a page boundary (`（一）加强部门协同配合，
 * 明确职责分工` then its first paragraph). When headings of the same kind stand alone
 * elsewhere in the part, such a joined paragraph is a heading followed by its text.
 */
function splitRunOnHeadings(paragraphs: RawParagraph[]): RawParagraph[] {
  const standalone = new Set(paragraphs.map((p) => headingOf(p.text)?.kind).filter((k) => k !== undefined));
  return paragraphs.flatMap((p) => {
    const [first, ...rest] = p.lines;
    const kind = first && rest.length > 0 && !headingOf(p.text) ? headingOf(first.text)?.kind : undefined;
    if (!kind || !standalone.has(kind)) return [p];
    return [
      { text: first!.text, lines: [first!] },
      { text: p.text.slice(first!.text.length), lines: rest },
    ];
  });
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
