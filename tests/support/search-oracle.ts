/**
 * The search-quality test's oracle: what each notice page *says*, read from the built HTML in
 * dist/, and which notices contain a query.
 *
 * The indexed text of a page is the text of its `[data-pagefind-body]` element without the
 * parts Pagefind does not index (`[data-pagefind-ignore]` and the elements Pagefind always
 * drops: head, style, script, noscript, label, form, svg, footer, nav, iframe, template). The
 * HTML is parsed by Chromium's DOMParser (no HTML parser package needed). Text and query are then
 * normalized with the site's own functions (src/search/normalize.ts): whitespace removed on both
 * sides, full/half width and letter case folded, the query's 发文字号 brackets as printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { normalizeQuery, normalizeText } from '../../src/search/normalize.ts';
import { DIST_DIR } from './paths.ts';

/** Elements Pagefind 1.6 never indexes (its parser's REMOVE_SELECTORS), plus data-pagefind-ignore. */
export const NOT_INDEXED =
  '[data-pagefind-ignore], head, style, script, noscript, label, form, svg, footer, nav, iframe, template';

export interface OraclePage {
  slug: string;
  /** The indexed text, normalized. */
  text: string;
}

/** Reads dist/notices/<slug>/index.html for each slug and extracts the indexed text in the page. */
export async function readIndexedTexts(page: Page, slugs: readonly string[]): Promise<OraclePage[]> {
  const htmls = slugs.map((slug) => ({
    slug,
    html: readFileSync(join(DIST_DIR, 'notices', slug, 'index.html'), 'utf8'),
  }));
  const raw = await page.evaluate(
    ({ htmls, selector }) =>
      htmls.map(({ slug, html }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const bodies = [...doc.querySelectorAll('[data-pagefind-body]')];
        const text = bodies
          .map((body) => {
            body.querySelectorAll(selector).forEach((el) => el.remove());
            return body.textContent ?? '';
          })
          .join('');
        return { slug, text, bodies: bodies.length };
      }),
    { htmls, selector: NOT_INDEXED },
  );
  for (const { slug, bodies } of raw) {
    if (bodies === 0) throw new Error(`dist/notices/${slug}/index.html has no [data-pagefind-body]`);
  }
  return raw.map(({ slug, text }) => ({ slug, text: normalizeText(text) }));
}

/** The slugs of the pages whose text contains the query (normalized as the site does). */
export function oracle(pages: readonly OraclePage[], query: string): Set<string> {
  const q = normalizeQuery(query);
  if (!q) return new Set();
  return new Set(pages.filter((p) => p.text.includes(q)).map((p) => p.slug));
}
