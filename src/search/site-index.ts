/**
 * Indexing a built site with Pagefind, as functions of the site's folder (index-site.ts runs them
 * on dist/ after `astro build`; site-index.test.ts on a tiny site in a temp folder).
 *
 * Every HTML page under the site is handed to Pagefind as `indexableHtml(page)` (indexable-html.ts:
 * whitespace inside Chinese text dropped, no `.` added after blocks); the pages served are not
 * changed. Language (and with it Chinese segmentation) comes from each page's `<html lang>`. The
 * bundle is written to `<site>/pagefind`, plus the runs file (runs.ts), made from the text
 * Pagefind stored, read back from its fragments.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { indexableHtml } from './indexable-html.ts';
import { RUNS_FILE, runsOf } from './runs.ts';

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

export interface IndexedPage {
  /** Pagefind's page hash (result id, fragment name). */
  hash: string;
  /** The text Pagefind stored for the page. */
  text: string;
}

/** Every indexed page's hash and text, read back from the fragments in `<pagefindDir>/fragment`. */
export async function readFragments(pagefindDir: string): Promise<IndexedPage[]> {
  const dir = join(pagefindDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const data = gunzipSync(await readFile(join(dir, name)));
    const json = JSON.parse(new TextDecoder().decode(data.subarray(FRAGMENT_SIGNATURE.length))) as Record<
      string,
      unknown
    >;
    // One page per file (named by its hash), or past Pagefind's maxFragments a group of pages by hash.
    const entries: [string, unknown][] =
      typeof json.content === 'string' ? [[name.replace(/\.pf_fragment$/, ''), json]] : Object.entries(json);
    for (const [hash, page] of entries) {
      pages.push({ hash, text: String((page as { content?: unknown }).content ?? '') });
    }
  }
  return pages;
}

/**
 * Indexes the site in `siteDir` into `<siteDir>/pagefind` and writes the runs file there.
 * Returns the line to print; throws IndexError when anything is wrong. The caller closes
 * Pagefind (`close()` of the pagefind package) when done.
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

  const written = await index.writeFiles({ outputPath: outputDir });
  check(written.errors, `could not write ${outputDir}/`);

  // The entry file counts the pages in the index (only those with data-pagefind-body, as some have it).
  const entry = JSON.parse(await readFile(join(outputDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.entries(entry.languages);
  const indexed = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
  if (indexed === 0) throw new IndexError(`Pagefind indexed no page of ${siteDir}/`);

  const runs = runsOf(await readFragments(outputDir));
  if (runs.pages.length !== indexed) throw new IndexError(`read ${runs.pages.length} fragments for ${indexed} pages`);
  await writeFile(join(outputDir, RUNS_FILE), JSON.stringify(runs));

  const langs = languages.map(([lang]) => lang).join(', ');
  return (
    `index-site: ${indexed} pages indexed (${langs}) from ${files.length} HTML files into ${outputDir}/, ` +
    `${Object.keys(runs.runs).length} Latin/number runs in ${RUNS_FILE}`
  );
}
