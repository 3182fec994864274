import type { Block, Inline, Notice } from '../model.ts';
import { findReferences, type FoundReference } from './find.ts';
import { placeBefore, type Target, type TargetIndex } from './targets.ts';
import { noticeBlocks } from '../structure/notice-blocks.ts';

/** One entry of 本文引用: a document this notice cites, in the gazette or not. */
export interface Citation {
  text: string;
  href?: string;
  docNumber?: string;
  title?: string;
  /** Slug of the cited notice when it is in the gazette. */
  slug?: string;
}

/** A citation as found, before the notice's references to its own parts are dropped. */
type Found = Citation & { self: boolean };

/** How much text before a reference may name the place it belongs to (北京市西城区: 6). */
const PLACE_CONTEXT = 12;

/** A link to the target; none for a notice naming itself (there is nowhere to go). */
function hrefOf(target: Target, from: Notice): string | undefined {
  const fragment = target.fragment ? `#${target.fragment}` : '';
  if (target.slug !== from.slug) return `/notices/${target.slug}/${fragment}`;
  return fragment || undefined;
}

/**
 * The document a reference names. A title followed by its number, 《…》（西政办发〔2016〕28号）,
 * names the document with that number: if the number is not the target's, it is another
 * document of the same title (last year's version, say), not this one.
 */
function resolve(
  ref: FoundReference,
  next: FoundReference | undefined,
  gap: string,
  before: string,
  index: TargetIndex,
): Target | undefined {
  if (ref.kind === 'number') return index.byNumber.get(ref.key);
  const target = index.byTitle.get(ref.key) ?? shortened(ref.key, before, index);
  if (target && next?.kind === 'number' && /^[（(]?$/.test(gap) && target.docNumber !== next.key && !target.fragment)
    return undefined;
  return target;
}

/**
 * A title cited without the place names it opens with, when exactly one document of the gazette
 * has it so — and the text does not name another place right before it (`北京市《医药分开综合改革
 * 实施方案》` is the city's plan, not 北京市西城区's).
 */
function shortened(key: string, before: string, index: TargetIndex): Target | undefined {
  const target = index.byShortTitle.get(key);
  if (!target) return undefined;
  const place = placeBefore(before);
  if (place && !target.places?.endsWith(place)) return undefined;
  return target;
}

/** Splits the text inlines of a paragraph or heading into text and reference nodes. */
function linkInlines(inlines: readonly Inline[], notice: Notice, index: TargetIndex, cites: Found[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const refs = findReferences(inline.value);
    let last = 0;
    refs.forEach((ref, i) => {
      if (ref.start > last) out.push({ type: 'text', value: inline.value.slice(last, ref.start) });
      const value = inline.value.slice(ref.start, ref.end);
      const next = refs[i + 1];
      const target = resolve(
        ref,
        next,
        next ? inline.value.slice(ref.end, next.start) : '',
        inline.value.slice(Math.max(last, ref.start - PLACE_CONTEXT), ref.start),
        index,
      );
      const href = target ? hrefOf(target, notice) : undefined;
      out.push({ type: 'ref', value, kind: ref.kind, ...(href ? { href } : {}) });
      // A title directly followed by its number, 《…》（京政发〔2016〕48号）, is one citation.
      const prev = refs[i - 1];
      const gap = prev ? inline.value.slice(prev.end, ref.start) : '';
      const merged = prev && prev.kind === 'title' && ref.kind === 'number' && /^[（(]?$/.test(gap);
      if (merged) {
        const entry = cites[cites.length - 1];
        if (entry && !entry.docNumber) entry.docNumber = ref.key;
      } else {
        cites.push({
          text: value,
          ...(href ? { href } : {}),
          ...(ref.kind === 'number' ? { docNumber: ref.key } : { title: ref.key }),
          ...(target ? { slug: target.slug } : {}),
          self: target?.slug === notice.slug,
        });
      }
      last = ref.end;
    });
    if (last < inline.value.length) out.push({ type: 'text', value: inline.value.slice(last) });
  }
  return out;
}

function linkBlocks(blocks: Block[], notice: Notice, index: TargetIndex, cites: Found[]): void {
  for (const b of blocks) if (b.type !== 'table') b.inlines = linkInlines(b.inlines, notice, index, cites);
}

/**
 * Marks up every reference of a notice (in place) and returns its 本文引用 list: each
 * document once, first citation first, without the notice's own parts.
 */
export function linkNotice(notice: Notice, index: TargetIndex): Citation[] {
  const cites: Found[] = [];
  linkBlocks(noticeBlocks(notice), notice, index, cites);
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const { self, ...c } of cites) {
    const key = c.slug ?? c.docNumber ?? c.title ?? c.text;
    if (self || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
