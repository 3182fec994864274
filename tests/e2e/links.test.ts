/**
 * Link integrity of the built site, in a real browser:
 *
 *  - crawls from / every internal <a href> and <link href> (canonical, alternate, icon), plus
 *    the links of /feed.xml and every URL of /sitemap.xml; absolute URLs on the configured
 *    `site` origin count as internal and are checked on the local server;
 *  - every internal target answers 200, and every `#fragment` names an element id on its page;
 *  - /sitemap.xml lists exactly the HTML pages in dist/ (all but 404.html).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';
import { deployTarget } from '../../src/utils/deploy.ts';

/** `site` of the build (SITE_URL, src/utils/deploy.ts): absolute links to it are links into this site. */
const SITE_ORIGIN = deployTarget(process.env).site;

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

interface Crawl {
  /** path → HTTP status */
  status: Map<string, number>;
  /** path of an HTML page → ids of its elements */
  ids: Map<string, Set<string>>;
  /** internal links: from page, raw href, resolved path, fragment */
  links: { from: string; href: string; path: string; fragment: string }[];
  /** hrefs that left the site (any scheme: http, mailto, javascript …) */
  external: { from: string; href: string }[];
  /** hrefs that are not URLs at all */
  unparsable: { from: string; href: string }[];
}

/** `/a/b/?q#x` → internal { path: '/a/b/', fragment: 'x' }; another origin or scheme → external; not a URL → unparsable. */
function classify(
  href: string,
  base: string,
): { kind: 'internal'; path: string; fragment: string } | { kind: 'external' } | { kind: 'unparsable' } {
  const url = URL.parse(href, base);
  if (!url) return { kind: 'unparsable' };
  const local = new URL(siteUrl()).origin;
  if (url.origin !== local && url.origin !== SITE_ORIGIN) return { kind: 'external' };
  return { kind: 'internal', path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

async function crawl(): Promise<Crawl> {
  const result: Crawl = { status: new Map(), ids: new Map(), links: [], external: [], unparsable: [] };
  const queue: string[] = ['/'];
  const seen = new Set<string>(queue);
  const enqueue = (from: string, href: string) => {
    const target = classify(href, siteUrl(from));
    if (target.kind !== 'internal') {
      result[target.kind].push({ from, href });
      return;
    }
    result.links.push({ from, href, path: target.path, fragment: target.fragment });
    if (!seen.has(target.path)) {
      seen.add(target.path);
      queue.push(target.path);
    }
  };

  // The feed and the sitemap are entry points too.
  for (const path of ['/feed.xml', '/sitemap.xml']) {
    const response = await fetch(siteUrl(path));
    result.status.set(path, response.status);
    seen.add(path);
    const xml = await response.text();
    for (const [, href] of xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) enqueue(path, href!.replace(/&amp;/g, '&'));
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(path, loc!.replace(/&amp;/g, '&'));
  }

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (result.status.has(path)) continue;
    if (!/\/$|\.html?$/.test(path)) {
      // Not a page (feed, JSON, icon): only its status matters.
      const response = await fetch(siteUrl(path), { method: 'HEAD' });
      result.status.set(path, response.status);
      continue;
    }
    const response = await tb.page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
    result.status.set(path, response?.status() ?? 0);
    // A missing page is reported as the broken link to it; the 404 page's own links are not followed.
    if (response?.status() !== 200) continue;
    const found = await tb.page.evaluate(() => ({
      ids: Array.from(document.querySelectorAll('[id]'), (el) => el.id),
      hrefs: [
        ...Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''),
        ...Array.from(document.querySelectorAll('link[href]'), (l) => l.getAttribute('href') ?? ''),
      ],
    }));
    result.ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) enqueue(path, href);
  }
  return result;
}

/** Every HTML page in dist/ as a site path: `notices/x/index.html` → `/notices/x/`. */
function builtPages(): string[] {
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) => '/' + relative(DIST_DIR, join(DIST_DIR, file)).split(sep).join('/'))
    .filter((path) => path !== '/404.html')
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

describe('links', () => {
  let site: Crawl;

  beforeAll(async () => {
    site = await crawl();
  }, 180_000);

  it('reaches every built page from the home page, the feed or the sitemap', () => {
    const reached = new Set(site.status.keys());
    expect(builtPages().filter((path) => !reached.has(path))).toEqual([]);
  });

  it('every internal link answers 200', () => {
    const broken = site.links
      .filter((link) => site.status.get(link.path) !== 200)
      .map((link) => `${link.from} → ${link.href} (${site.status.get(link.path)})`);
    expect([...new Set(broken)]).toEqual([]);
    expect(site.status.size).toBeGreaterThan(10);
  });

  it('every #fragment names an element on its page', () => {
    const missing = site.links
      .filter((link) => link.fragment !== '' && site.ids.has(link.path) && !site.ids.get(link.path)!.has(link.fragment))
      .map((link) => `${link.from} → ${link.href}`);
    expect([...new Set(missing)]).toEqual([]);
    const fragments = site.links.filter((link) => link.fragment !== '');
    expect(fragments.length, 'links with a #fragment (TOC, skip link)').toBeGreaterThan(0);
    // A fragment on a target that is not an HTML page cannot be checked: there must be none.
    expect(fragments.filter((link) => !site.ids.has(link.path)).map((link) => link.href)).toEqual([]);
  });

  it('links nowhere outside the site, and every href is a URL', () => {
    expect(site.external).toEqual([]);
    expect(site.unparsable).toEqual([]);
  });

  it('the sitemap lists exactly the built pages, as absolute URLs on the site origin', async () => {
    const xml = await (await fetch(siteUrl('/sitemap.xml'))).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((loc) => loc.startsWith(`${SITE_ORIGIN}/`))).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.map((loc) => new URL(loc).pathname).sort()).toEqual(builtPages());
  });

  it('no request left the local server', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
