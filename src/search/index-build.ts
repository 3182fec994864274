/**
 * Builds the search index (index-format.ts) from the pages as Pagefind stored them: its text
 * extraction (what data-pagefind-body holds, without data-pagefind-ignore) is the one the site
 * relies on, and the quality test checks it against the page text. Pure: pages in, files out;
 * site-index.ts reads the fragments and writes the files.
 */
import { displayText, sectionsOf, wordIndexes, type Anchor } from './excerpt.ts';
import {
  END,
  INDEX_VERSION,
  blockFile,
  encodePostings,
  META_FILE,
  shardFile,
  type IndexMeta,
  type PageMeta,
  type Postings,
  type SectionEntry,
  type Shard,
} from './index-format.ts';
import { BLOCK_END } from './indexable-html.ts';
import { normalizeText, normalizeWithOrigins } from './normalize.ts';

/** A page as Pagefind stored it (its fragment). */
export interface SourcePage {
  url: string;
  /** The text with a ZWSP after each word (what anchor locations count). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}

/**
 * Characters of page text per text block: an excerpt (72 characters and the match) needs one
 * block, rarely two; at 512 a block is about 0.8 kB gzipped, and smaller blocks cost more in
 * requests and gzip headers than they save (measured on the gazette: 256 → 0.5 kB, 1024 → 1.4 kB).
 */
export const BLOCK_CHARS = 512;
/**
 * Positions per shard the build aims at: about 4–5 kB gzipped (3 bytes a position), so that a
 * query term costs a few kB per pair it needs, and a common character's pairs, which can hold
 * thousands of positions, are spread over several shards.
 */
export const SHARD_POSITIONS = 1500;

const ZWSP = /\u200b/g;
/** How far into a page its title may stand and still be the head's: 版头 and 发文字号 take about 40. */
const HEAD_CHARS = 200;

interface PreparedPage {
  meta: PageMeta;
  normalized: string;
  blocks: string[];
}

/** How many items of an ascending list are below a value (binary search). */
function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The display text, normalized text, sections and text blocks of one page. */
function preparePage(page: SourcePage, blockChars: number): PreparedPage {
  const display = page.content.replace(ZWSP, '');
  const wordOf = wordIndexes(display, page.content);
  const { text: normalized, origins } = normalizeWithOrigins(display);
  // Normalized offset of each display index: how many normalized units come from before it.
  const normalizedAt = (index: number) => countBelow(origins, index);
  // Anchor locations are Pagefind word numbers; the first character of that word.
  const displayAt = (word: number) => countBelow(wordOf, word);
  const anchors = page.anchors.map((a) => ({ ...a, location: normalizedAt(displayAt(a.location)) }));
  const kinds = { heading: 'h', section: 's', end: 'e' } as const;
  const sections: SectionEntry[] = sectionsOf(anchors).map((s) => [kinds[s.kind], s.id, s.title, s.location]);

  const blocks: string[] = [];
  const starts: number[] = [];
  for (let at = 0; at < display.length; at += blockChars) {
    starts.push(normalizedAt(at));
    blocks.push(display.slice(at, at + blockChars).replaceAll(BLOCK_END, ''));
  }
  const meta = (key: string) => {
    const value = page.meta[key];
    return value ? displayText(value).trim() : undefined;
  };
  return {
    normalized,
    blocks,
    meta: {
      url: page.url,
      title: meta('title') ?? page.url,
      ...(meta('docNumber') ? { docNumber: meta('docNumber') } : {}),
      ...(meta('date') ? { date: meta('date') } : {}),
      filters: page.filters ?? {},
      length: normalized.length,
      bodyStart: bodyStartOf(normalized, meta('title')),
      blocks: starts,
      sections,
    },
  };
}

/**
 * How far the head of a notice page goes: its text opens with the 版头, the 发文字号 and the title,
 * so the body starts after the title's first occurrence when that is within HEAD_CHARS.
 */
function bodyStartOf(normalized: string, title: string | undefined): number {
  if (!title) return 0;
  const at = normalized.indexOf(normalizeText(title));
  return at >= 0 && at < HEAD_CHARS ? at + normalizeText(title).length : 0;
}

/**
 * Which shards hold which first units: a unit with more than `perShard` positions gets shards of
 * its own (its pairs spread by their second unit), the others are packed into shards first-fit,
 * most frequent first. Deterministic: ties are broken by the unit.
 */
function assignShards(volume: Map<string, number>, perShard: number): string[][] {
  const units = [...volume].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const shards: { units: string[]; size: number }[] = [];
  for (const [unit, size] of units) {
    if (size > perShard) {
      for (let k = Math.ceil(size / perShard); k > 0; k--) shards.push({ units: [unit], size: perShard });
      continue;
    }
    const shard = shards.find((s) => s.size + size <= perShard);
    if (shard) {
      shard.units.push(unit);
      shard.size += size;
    } else shards.push({ units: [unit], size });
  }
  return shards.map((s) => s.units);
}

export interface BuildOptions {
  blockChars?: number;
  shardPositions?: number;
}

/** The index files (path under INDEX_DIR → uncompressed text) for the pages, in the order given. */
export function buildSearchIndex(pages: readonly SourcePage[], options: BuildOptions = {}): Map<string, string> {
  const blockChars = options.blockChars ?? BLOCK_CHARS;
  const prepared = pages.map((page) => preparePage(page, blockChars));

  const pairs = new Map<string, Postings>();
  const volume = new Map<string, number>();
  prepared.forEach(({ normalized }, page) => {
    const text = normalized + END;
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = text.slice(i, i + 2);
      let postings = pairs.get(pair);
      if (!postings) pairs.set(pair, (postings = new Map()));
      let positions = postings.get(page);
      if (!positions) postings.set(page, (positions = []));
      positions.push(i);
      volume.set(text[i]!, (volume.get(text[i]!) ?? 0) + 1);
    }
  });

  const assigned = assignShards(volume, options.shardPositions ?? SHARD_POSITIONS);
  const shardsOfUnit = new Map<string, number[]>();
  assigned.forEach((units, shard) => {
    for (const unit of units) shardsOfUnit.set(unit, [...(shardsOfUnit.get(unit) ?? []), shard]);
  });
  const shards: Shard[] = assigned.map(() => ({}));
  for (const pair of [...pairs.keys()].sort()) {
    const list = shardsOfUnit.get(pair[0]!)!;
    shards[list[pair.charCodeAt(1) % list.length]!]![pair] = encodePostings(pairs.get(pair)!);
  }

  const files = new Map<string, string>();
  const meta: IndexMeta = {
    version: INDEX_VERSION,
    blockChars,
    shards: assigned.map((units) => units.join('')),
    pages: prepared.map((p) => p.meta),
  };
  files.set(META_FILE, JSON.stringify(meta));
  shards.forEach((shard, i) => files.set(shardFile(i), JSON.stringify(shard)));
  prepared.forEach((p, page) => p.blocks.forEach((text, block) => files.set(blockFile(page, block), text)));
  return files;
}
