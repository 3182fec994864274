/**
 * Build the Pagefind index of the built site: `node src/search/index-site.ts` after `astro build`.
 *
 * Every HTML page under dist/ is read and handed to Pagefind as `indexableHtml(page)` (see
 * indexable-html.ts: whitespace inside Chinese text dropped, no `.` added after blocks); the
 * pages served are not changed. Language (and with it Chinese segmentation) comes from each
 * page's `<html lang>`. The bundle is written to dist/pagefind, plus `gazette-runs.json`
 * (runs.ts): the runs of Latin letters and digits of each indexed page, which the search page
 * uses to find a number or Latin word inside a longer one.
 * Prints one line on success; exits 1 with the reason on any error.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { indexableHtml } from './indexable-html.ts';
import { RUNS_FILE, runsOf } from './runs.ts';

const SITE_DIR = 'dist';
const OUTPUT_DIR = 'dist/pagefind';

class IndexError extends Error {}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new IndexError(`${what}:\n  ${errors.join('\n  ')}`);
}

/** HTML files under dir, sorted, leaving out Pagefind's own output. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(dir, path).split(sep).includes('pagefind'))
    .sort();
}

/** `dist/notices/x/index.html` → `/notices/x/` (Pagefind's own rule, made explicit). */
function urlOf(path: string): string {
  const rel = relative(SITE_DIR, path).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** Every indexed page's hash and text, read back from the fragments Pagefind wrote. */
async function indexedPages(): Promise<{ hash: string; text: string }[]> {
  const dir = join(OUTPUT_DIR, 'fragment');
  const pages: { hash: string; text: string }[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const data = gunzipSync(await readFile(join(dir, name)));
    const json = JSON.parse(new TextDecoder().decode(data.subarray('pagefind_dcd'.length))) as Record<string, unknown>;
    // One page per file (named by its hash), or past Pagefind's maxFragments a group of pages by hash.
    const entries: [string, unknown][] =
      typeof json.content === 'string' ? [[name.replace(/\.pf_fragment$/, ''), json]] : Object.entries(json);
    for (const [hash, page] of entries)
      pages.push({ hash, text: String((page as { content?: unknown }).content ?? '') });
  }
  return pages;
}

async function main(): Promise<string> {
  const { index, errors } = await pagefind.createIndex();
  check(errors, 'could not create the Pagefind index');
  if (!index) throw new IndexError('could not create the Pagefind index');

  const files = await htmlFiles(SITE_DIR);
  if (files.length === 0) throw new IndexError(`no pages found in ${SITE_DIR}/ (run astro build first)`);
  for (const file of files) {
    const added = await index.addHTMLFile({ url: urlOf(file), content: indexableHtml(await readFile(file, 'utf8')) });
    check(added.errors, `could not index ${file}`);
  }

  const written = await index.writeFiles({ outputPath: OUTPUT_DIR });
  check(written.errors, `could not write ${OUTPUT_DIR}/`);

  // The entry file counts the pages in the index (only pages with data-pagefind-body are,
  // once any page has it).
  const entry = JSON.parse(await readFile(`${OUTPUT_DIR}/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.entries(entry.languages);
  const indexed = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
  if (indexed === 0) throw new IndexError(`no page of ${SITE_DIR}/ carries data-pagefind-body`);

  const runs = runsOf(await indexedPages());
  if (runs.pages.length !== indexed) throw new IndexError(`read ${runs.pages.length} fragments for ${indexed} pages`);
  await writeFile(join(OUTPUT_DIR, RUNS_FILE), JSON.stringify(runs));

  const langs = languages.map(([lang]) => lang).join(', ');
  return (
    `index-site: ${indexed} pages indexed (${langs}) from ${files.length} HTML files into ${OUTPUT_DIR}/, ` +
    `${Object.keys(runs.runs).length} Latin/number runs in ${RUNS_FILE}`
  );
}

try {
  console.log(await main());
} catch (error) {
  console.error(`index-site: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
