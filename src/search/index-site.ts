/**
 * Build the Pagefind index of the built site: `node src/search/index-site.ts` after `astro build`.
 * Pages are found under dist/ and the bundle is written to dist/pagefind. Language (and with it
 * Chinese segmentation) comes from each page's `<html lang>`; nothing is forced here.
 * Prints one line on success; exits 1 with the reason on any error.
 */
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

const SITE_DIR = 'dist';
const OUTPUT_DIR = 'dist/pagefind';

class IndexError extends Error {}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new IndexError(`${what}:\n  ${errors.join('\n  ')}`);
}

async function main(): Promise<string> {
  const { index, errors } = await pagefind.createIndex();
  check(errors, 'could not create the Pagefind index');
  if (!index) throw new IndexError('could not create the Pagefind index');

  const added = await index.addDirectory({ path: SITE_DIR });
  check(added.errors, `could not index ${SITE_DIR}/`);
  if (added.page_count === 0) throw new IndexError(`no pages found in ${SITE_DIR}/ (run astro build first)`);

  const written = await index.writeFiles({ outputPath: OUTPUT_DIR });
  check(written.errors, `could not write ${OUTPUT_DIR}/`);

  // addDirectory counts every HTML file it read; the entry file counts the pages in the index
  // (only pages with data-pagefind-body are, once any page has it).
  const entry = JSON.parse(await readFile(`${OUTPUT_DIR}/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.entries(entry.languages);
  const indexed = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
  if (indexed === 0) throw new IndexError(`no page of ${SITE_DIR}/ carries data-pagefind-body`);
  const langs = languages.map(([lang]) => lang).join(', ');
  return `index-site: ${indexed} pages indexed (${langs}) from ${added.page_count} HTML files into ${OUTPUT_DIR}/`;
}

try {
  console.log(await main());
} catch (error) {
  console.error(`index-site: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
