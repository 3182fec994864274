/**
 * The search-quality test's oracle: what each notice page *says*, read from the built HTML in
 * dist/, and which notices contain a query.
 *
 * The indexed text of a page is the text of its `[data-pagefind-body]` element without the
 * parts Pagefind does not index (`[data-pagefind-ignore]` and the elements Pagefind always
 * drops: head, style, script, noscript, label, form, svg, footer, nav, iframe, template). The
 * HTML is parsed by Chromium's DOMParser (no HTML parser package needed).
 *
 * Text and query are compared after a normalization of the oracle's own (oracleNormalize), not
 * the site's (src/search/normalize.ts), so that a bug in the site's normalizer shows as lost
 * recall or precision instead of agreeing with itself: Unicode NFKC (full-width letters and
 * digits, the ideographic space, compatibility forms), no whitespace or default-ignorable
 * characters (zero-width spaces, joiners), lower case. A query shaped like a 发文字号 means the
 * printed one whatever brackets it was typed with (oracleQuery).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
  return raw.map(({ slug, text }) => ({ slug, text: oracleNormalize(text) }));
}

/** Text as the oracle compares it: what a reader sees, whatever its encoding, width, spacing or case. */
export function oracleNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{Default_Ignorable_Code_Point}]/gu, '')
    .toLowerCase();
}

/** After NFKC: the brackets a reader may type around a 发文字号's year. */
const YEAR_OPEN = '[\\[(【〔〖]';
const YEAR_CLOSE = '[\\])】〕〗]';

/**
 * A query as the oracle looks it up: normalized, without quotes around it (a query is a phrase
 * already), and every 发文字号 in it (机关代字, year, serial 号) with the printed brackets 〔〕,
 * whether typed with other brackets anywhere in the query or with none as the whole query.
 */
export function oracleQuery(query: string): string {
  const q = oracleNormalize(query).replace(/^["“”]+(.+?)["“”]+$/u, '$1');
  const bare = /^(\p{Script=Han}+?)(\d{4})(\d+号)$/u.exec(q);
  if (bare) return `${bare[1]}〔${bare[2]}〕${bare[3]}`;
  return q.replace(new RegExp(`(?<=\\p{Script=Han})${YEAR_OPEN}(\\d{4})${YEAR_CLOSE}(?=\\d+号)`, 'gu'), '〔$1〕');
}

/**
 * The terms of a query as a reader means them: a phrase in quotes is one term; a 发文字号 is one
 * term however it is spaced; otherwise whitespace separates terms. Each as oracleQuery reads it.
 */
export function oracleTerms(query: string): string[] {
  const typed = query.normalize('NFKC').trim();
  const open = '[\\[(【〔〖]';
  const close = '[\\])】〕〗]';
  const whole = new RegExp(`^\\p{Script=Han}+\\s*${open}?\\s*\\d{4}\\s*${close}?\\s*\\d+\\s*号$`, 'u');
  const bracketed = new RegExp(`\\p{Script=Han}\\s*${open}\\s*\\d{4}\\s*${close}\\s*\\d+\\s*号`, 'gu');
  const glued = whole.test(typed) ? typed.replace(/\s+/g, '') : typed.replace(bracketed, (m) => m.replace(/\s+/g, ''));
  const terms: string[] = [];
  for (const m of glued.matchAll(/"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|[^\s"“”「」『』]+/gu)) {
    const term = oracleQuery(m.slice(1, 5).find((g) => g !== undefined) ?? m[0]);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The slugs of the pages whose text contains every term (normalized by the oracle). */
export function oracleAll(pages: readonly OraclePage[], terms: readonly string[]): Set<string> {
  const normalized = terms.map(oracleQuery).filter(Boolean);
  if (normalized.length === 0) return new Set();
  return new Set(pages.filter((p) => normalized.every((t) => p.text.includes(t))).map((p) => p.slug));
}

/** The slugs of the pages that hold the query: every term of it (oracleTerms). */
export function oracle(pages: readonly OraclePage[], query: string): Set<string> {
  return oracleAll(pages, oracleTerms(query));
}
