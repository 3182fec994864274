/**
 * Index the built site: `node src/search/index-site.ts` after `astro build` (site-index.ts does the
 * work: Pagefind's bundle in dist/pagefind/, the search page's index in dist/search-index/).
 * Prints one line on success; exits 1 with the reason on any error.
 */
import { close } from 'pagefind';
import { indexSite } from './site-index.ts';

const SITE_DIR = 'dist';

try {
  console.log(await indexSite(SITE_DIR));
} catch (error) {
  console.error(`index-site: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await close();
}
