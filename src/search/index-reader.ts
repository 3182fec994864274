/**
 * Reads the search index (index-format.ts) for the search engine: where each query term occurs,
 * exactly, from the pairs of characters it is made of, and the page text around a place, from
 * the text blocks. Files are loaded on first use through the loader and kept.
 */
import {
  blockFile,
  decodePostings,
  META_FILE,
  shardFile,
  shardMap,
  shardOf,
  type IndexMeta,
  type Postings,
  type Shard,
} from './index-format.ts';

/** Loads a file of the index (a path under INDEX_DIR) as text. */
export type Loader = (path: string) => Promise<string>;

/**
 * A file's text from the bytes served: gunzipped when they are gzip data (as the build writes
 * them), as they are when a host has decompressed them already.
 */
export async function textOf(bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export interface IndexStats {
  /** Paths loaded so far. */
  loaded: string[];
}

/** Where a term occurs: page number → sorted normalized offsets. */
export type Occurrences = Map<number, number[]>;

/**
 * The offsets of a term's pairs that are looked up: every other one from the start and the last,
 * so that together they cover every character of the term.
 */
export function pairOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let o = 0; o + 2 <= length; o += 2) offsets.push(o);
  if (length >= 2 && offsets[offsets.length - 1] !== length - 2) offsets.push(length - 2);
  return offsets;
}

export class SearchIndex {
  private files = new Map<string, Promise<string>>();
  private shards = new Map<number, Promise<Shard>>();
  private postings = new Map<string, Postings>();
  private metaPromise: Promise<{ meta: IndexMeta; map: Map<string, number[]> }> | undefined;
  readonly stats: IndexStats = { loaded: [] };

  private readonly loader: Loader;

  constructor(loader: Loader) {
    this.loader = loader;
  }

  private load(path: string): Promise<string> {
    let file = this.files.get(path);
    if (!file) {
      this.stats.loaded.push(path);
      file = this.loader(path);
      this.files.set(path, file);
    }
    return file;
  }

  private async parsed() {
    this.metaPromise ??= this.load(META_FILE).then((text) => {
      const meta = JSON.parse(text) as IndexMeta;
      return { meta, map: shardMap(meta.shards) };
    });
    return this.metaPromise;
  }

  async meta(): Promise<IndexMeta> {
    return (await this.parsed()).meta;
  }

  /** Whether some page has this UTF-16 unit (known once meta() has loaded). */
  async hasUnit(unit: string): Promise<boolean> {
    return (await this.parsed()).map.has(unit);
  }

  private shard(n: number): Promise<Shard> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.load(shardFile(n)).then((text) => JSON.parse(text) as Shard);
      this.shards.set(n, shard);
    }
    return shard;
  }

  /** The postings of a pair of UTF-16 units (empty when no page has it). */
  private async pair(pair: string): Promise<Postings> {
    const known = this.postings.get(pair);
    if (known) return known;
    const { map } = await this.parsed();
    const n = shardOf(map, pair);
    const postings = n === undefined ? new Map() : decodePostings((await this.shard(n))[pair] ?? '');
    this.postings.set(pair, postings);
    return postings;
  }

  /** Every place a single UTF-16 unit occurs: the starts of the pairs it begins. */
  private async unit(unit: string): Promise<Occurrences> {
    const { map } = await this.parsed();
    const shards = await Promise.all((map.get(unit) ?? []).map((n) => this.shard(n)));
    const out: Occurrences = new Map();
    for (const shard of shards) {
      for (const [pair, text] of Object.entries(shard)) {
        if (pair[0] !== unit) continue;
        for (const [page, positions] of decodePostings(text)) out.set(page, [...(out.get(page) ?? []), ...positions]);
      }
    }
    for (const positions of out.values()) positions.sort((a, b) => a - b);
    return out;
  }

  /** Where a normalized term occurs, exactly (as a substring of the normalized page text). */
  async occurrences(term: string): Promise<Occurrences> {
    if (term.length === 0) return new Map();
    if (term.length === 1) return this.unit(term);
    const offsets = pairOffsets(term.length);
    const lists = await Promise.all(offsets.map((o) => this.pair(term.slice(o, o + 2))));
    const out: Occurrences = new Map();
    for (const [page, first] of lists[0]!) {
      const others = lists.slice(1).map((l) => l.get(page));
      if (others.some((positions) => !positions)) continue;
      const sets = others.map((positions) => new Set(positions));
      const found = first.filter((p) => sets.every((set, k) => set.has(p + offsets[k + 1]!)));
      if (found.length > 0) out.set(page, found);
    }
    return out;
  }

  /**
   * The page text as shown around normalized offsets `[from, to)`: the text blocks that hold them,
   * joined, with the normalized offset at which that text starts and whether it reaches the
   * page's start and end.
   */
  async textAround(page: number, from: number, to: number) {
    const { meta } = await this.parsed();
    const starts = meta.pages[page]!.blocks;
    const blockOf = (offset: number) => {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
      return k;
    };
    const first = blockOf(from);
    const last = Math.max(first, blockOf(Math.max(from, to - 1)));
    const texts = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, i) => this.load(blockFile(page, first + i))),
    );
    return {
      text: texts.join(''),
      start: starts[first] ?? 0,
      pageStart: first === 0,
      pageEnd: last === starts.length - 1,
    };
  }
}
