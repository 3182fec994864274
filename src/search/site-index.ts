/**
 * Indexing a built site, as functions of the site's folder (index-site.ts runs them on dist/ after
 * `astro build`; site-index.test.ts on a tiny site in a temp folder).
 *
 * Every HTML page under the site is handed to Pagefind as `indexableHtml(page)` (indexable-html.ts:
 * whitespace inside Chinese text dropped, no `.` added after blocks); the pages served are not
 * changed. Pagefind's bundle is written to `<site>/pagefind`; what it stored of each page (text,
 * meta, filters, anchors) is read back from its fragments and made into the search page's own
 * index (index-build.ts) in `<site>/search-index`, each file gzip-compressed.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildSearchIndex, type SourcePage } from './index-build.ts';
import { INDEX_DIR } from './index-format.ts';
import { indexableHtml } from './indexable-html.ts';

/** Pagefind's output folder inside the site, where the search page loads it from. */
export const PAGEFIND_DIR = 'pagefind';
/** What Pagefind 1.6 writes before the JSON of a (gunzipped) fragment file. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The attribute that marks what Pagefind indexes of a page (on the notice pages' article). */
const BODY_ATTRIBUTE = /<[^>]*\sdata-pagefind-body[\s=>/]/;

export class IndexError extends Error {}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new IndexError(`${what}:\n  ${errors.join('\n  ')}`);
}

/** HTML files under the site folder, sorted, leaving out Pagefind's own output. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(siteDir, path).split(sep).includes(PAGEFIND_DIR))
    .sort();
}

/** `dist/notices/x/index.html` → `/notices/x/` (Pagefind's own rule, made explicit). */
export function urlOf(siteDir: string, path: string): string {
  const rel = relative(siteDir, path).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Every page Pagefind indexed, as it stored it, read back from the fragments in `<pagefindDir>/fragment`, by URL. */
export async function readFragments(pagefindDir: string): Promise<SourcePage[]> {
  const dir = join(pagefindDir, 'fragment');
  const pages: SourcePage[] = [];
  for (const name of await readdir(dir)) {
    const data = gunzipSync(await readFile(join(dir, name)));
    const json = JSON.parse(new TextDecoder().decode(data.subarray(FRAGMENT_SIGNATURE.length))) as Record<
      string,
      unknown
    >;
    // One page per file, or past Pagefind's maxFragments a group of pages by hash.
    const entries = typeof json.content === 'string' ? [json] : Object.values(json);
    for (const entry of entries) {
      const page = entry as Partial<SourcePage>;
      pages.push({
        url: String(page.url ?? ''),
        content: String(page.content ?? ''),
        meta: page.meta ?? {},
        filters: page.filters ?? {},
        anchors: page.anchors ?? [],
      });
    }
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Writes the search index of the pages into `dir` (emptied first), gzip-compressed; returns the number of files. */
export async function writeSearchIndex(dir: string, pages: readonly SourcePage[]): Promise<number> {
  const files = buildSearchIndex(pages);
  await rm(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  }
  return files.size;
}

/**
 * Indexes the site in `siteDir` into `<siteDir>/pagefind` and writes the runs file there.
 * Returns the line to print; throws IndexError when anything is wrong. Pagefind's process is
 * closed once its files are written (closing it again is harmless).
 */
export async function indexSite(siteDir: string): Promise<string> {
  const outputDir = join(siteDir, PAGEFIND_DIR);
  const { index, errors } = await pagefind.createIndex();
  check(errors, 'could not create the Pagefind index');
  if (!index) throw new IndexError('could not create the Pagefind index');

  const files = await htmlFiles(siteDir);
  if (files.length === 0) throw new IndexError(`no pages found in ${siteDir}/ (run astro build first)`);
  let bodies = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (BODY_ATTRIBUTE.test(html)) bodies++;
    const added = await index.addHTMLFile({ url: urlOf(siteDir, file), content: indexableHtml(html) });
    check(added.errors, `could not index ${file}`);
  }
  // Without any data-pagefind-body Pagefind indexes every page whole (menus, footers, the home
  // page's lists), which would make every search find the wrong pages.
  if (bodies === 0) throw new IndexError(`no page of ${siteDir}/ carries data-pagefind-body`);

  const bundle = await index.writeFiles({ outputPath: outputDir });
  check(bundle.errors, `could not write ${outputDir}/`);
  // Pagefind's indexing process holds about 2 MB per page until it ends: end it before the search
  // index is built from its files, so that the two never count against the build's memory at once.
  await index.deleteIndex();
  await pagefind.close();

  // The entry file counts the pages in the index (only those with data-pagefind-body, as some have it).
  const entry = JSON.parse(await readFile(join(outputDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.entries(entry.languages);
  const indexed = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
  if (indexed === 0) throw new IndexError(`Pagefind indexed no page of ${siteDir}/`);

  const pages = await readFragments(outputDir);
  if (pages.length !== indexed) throw new IndexError(`read ${pages.length} fragments for ${indexed} pages`);
  const written = await writeSearchIndex(join(siteDir, INDEX_DIR), pages);

  const langs = languages.map(([lang]) => lang).join(', ');
  return (
    `index-site: ${indexed} pages indexed (${langs}) from ${files.length} HTML files into ${outputDir}/, ` +
    `search index of ${written} files in ${join(siteDir, INDEX_DIR)}/`
  );
}
