/**
 * Small search indexes for unit tests of the search (src/search/), built the way the site builds
 * its own (index-build.ts) from pages described here, served from memory by a loader that counts
 * what was loaded — no build, no browser.
 *
 * A page is its head (版头 line, 发文字号, title, as a notice page opens) and then parts: text,
 * headings, the start of a section (an attachment), the end of a section. Every character is a
 * Pagefind word (a ZWSP after each), which is all anchor locations need.
 */
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type BuildOptions, type SourcePage } from '../../src/search/index-build.ts';
import { textOf, type Loader } from '../../src/search/index-reader.ts';
import type { Anchor } from '../../src/search/excerpt.ts';

export type FixturePart = string | { heading: string; id: string } | { section: string } | { end: number };

export interface FixturePage {
  slug: string;
  title: string;
  docNumber?: string;
  date?: string;
  filters?: Record<string, string[]>;
  parts: FixturePart[];
}

export function sourcePage(page: FixturePage): SourcePage {
  const text: string[] = [];
  const anchors: Anchor[] = [];
  const words = () => text.join('').replace(/\u200b/g, '').length;
  const add = (s: string) => text.push([...s].map((c) => `${c}\u200b`).join(''));
  add(`北京市西城区人民政府文件${page.docNumber ?? ''} ${page.title} `);
  for (const part of page.parts) {
    if (typeof part === 'string') add(part);
    else if ('heading' in part) {
      anchors.push({ element: 'h3', id: part.id, text: part.heading, location: words() });
      add(`${part.heading} `);
    } else if ('section' in part) anchors.push({ element: 'section', id: part.section, text: '', location: words() });
    else anchors.push({ element: 'span', id: `pf-section-end-${part.end}`, text: '', location: words() });
  }
  return {
    url: `/notices/${page.slug}/`,
    content: text.join(''),
    meta: { title: page.title, docNumber: page.docNumber, date: page.date },
    filters: page.filters ?? {},
    anchors,
  };
}

export interface MemoryIndex {
  load: Loader;
  /** Paths loaded, in order. */
  loaded: string[];
  files: Map<string, string>;
}

/** The index of the pages, served gzip-compressed as the site serves it. */
export function memoryIndex(pages: readonly FixturePage[], options: BuildOptions = {}): MemoryIndex {
  const files = buildSearchIndex(pages.map(sourcePage), options);
  const loaded: string[] = [];
  return {
    files,
    loaded,
    load: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no index file ${path}`);
      loaded.push(path);
      return textOf(gzipSync(Buffer.from(text, 'utf8')));
    },
  };
}

/**
 * A segmenter that knows a fixed list of words (longest first) and otherwise cuts single
 * characters; punctuation is not word-like, as with Intl.Segmenter.
 */
export function segmenterKnowing(words: readonly string[]) {
  const known = [...words].sort((a, b) => b.length - a.length);
  return (text: string) => {
    const out: { segment: string; isWordLike: boolean }[] = [];
    let i = 0;
    while (i < text.length) {
      const piece = known.find((w) => text.startsWith(w, i)) ?? String.fromCodePoint(text.codePointAt(i)!);
      out.push({ segment: piece, isWordLike: /[\p{L}\p{N}]/u.test(piece) });
      i += piece.length;
    }
    return out;
  };
}
