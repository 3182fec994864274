/**
 * Publishing (issue 18): the site built for another address — SITE_URL=https://www.example.gov.cn,
 * BASE_PATH=/gazette/, a SITE_ID_CODE — in a temporary project (tests/support/site-build.ts),
 * served under /gazette/ only and with each page's Content-Security-Policy sent as a header too
 * (tests/support/static-server.ts), then read in Chromium:
 *
 *  - under the base path every page of the sitemap loads, every link, asset, form, feed entry,
 *    sitemap URL, open-data URL, JSON-LD and meta URL answers 200, and nothing is asked for
 *    outside /gazette/;
 *  - the search page finds notices and links them under the base path;
 *  - home, a notice, the search page with a query and a notice printed to PDF raise no CSP
 *    violation and no console error, while an injected inline script is refused (so the policy
 *    is in force and the listener hears it);
 *  - every page carries the policy, with no third-party origin, no unsafe source and no inline
 *    event handler in the markup;
 *  - every notice page carries the 网页元数据 and Open Graph tags with its own values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { GAZETTE } from '../../src/gazette.ts';
import type { NoticeFrontmatter } from '../../src/schemas/notice.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { ROOT } from '../support/paths.ts';
import { buildSite, type SiteBuild } from '../support/site-build.ts';
import { attributeText, metaCsp, startStaticServer, type StaticServer } from '../support/static-server.ts';

const ORIGIN = 'https://www.example.gov.cn';
const BASE = '/gazette/';
/** A made-up 网站标识码 for the test only: it must come out exactly as configured. */
const ID_CODE = 'e2e0000018';
const QUERY = '垃圾分类';

let site: SiteBuild;
let server: StaticServer;
let tb: TestBrowser;
let notices: NoticeFrontmatter[];
const started = performance.now();

beforeAll(async () => {
  site = await buildSite({
    seedsDir: join(ROOT, 'seeds'),
    env: { SITE_URL: ORIGIN, BASE_PATH: BASE, SITE_ID_CODE: ID_CODE, SITE_NAME: '' },
  });
  console.log(
    `[publish] build with BASE_PATH=${BASE}: ${site.steps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', ')}`,
  );
  notices = readNotices(join(site.content, 'notices')).map((n) => n.frontmatter);
  server = await startStaticServer(site.dist, { base: BASE, cspHeader: true });
  tb = await openBrowser(server.url);
}, 300_000);

afterAll(async () => {
  await tb?.close();
  await server?.close();
  site?.remove();
  console.log(`[publish] whole file: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

/** A local URL for a site path (`/gazette/…`) or for an absolute URL on the configured origin. */
function local(url: string): string {
  const parsed = new URL(url, `${server.url}${BASE}`);
  return parsed.origin === ORIGIN ? `${server.url}${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href;
}

const decode = attributeText;

/** HTML pages of the build as files, leaving out Pagefind's. */
function htmlFiles(): string[] {
  return readdirSync(site.dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.split(sep).includes('pagefind'))
    .map((file) => join(site.dist, file))
    .sort();
}

/** `<meta name|property="k" content="v">` of a page, by name. */
function metaOf(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:name|property)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) out.set(key, decode(content));
  }
  return out;
}

function pageHtml(path: string): string {
  return readFileSync(join(site.dist, path.slice(BASE.length), 'index.html'), 'utf8');
}

describe('the site under a base path', () => {
  /** Status of every URL checked, by local path. */
  const status = new Map<string, number>();
  /** Every URL a page, the feed, the sitemap or notices.json names, with where it was named. */
  const named: { from: string; url: string }[] = [];
  const failedAssets: string[] = [];
  let pagesVisited = 0;

  async function check(url: string): Promise<number> {
    const key = new URL(local(url)).pathname;
    if (!status.has(key)) status.set(key, (await fetch(local(url), { method: 'HEAD' })).status);
    return status.get(key)!;
  }

  beforeAll(async () => {
    const page = tb.page;
    // ERR_ABORTED is a load cut short by the next navigation (the favicon, fetched after `load`);
    // what it asked for is checked by its href like every other URL.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failedAssets.push(`${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failedAssets.push(`${r.url()} → ${r.status()}`);
    });
    const xml = async (path: string) => (await fetch(`${server.url}${BASE}${path}`)).text();
    const sitemap = [...(await xml('sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!));
    for (const loc of sitemap) named.push({ from: 'sitemap.xml', url: loc });
    for (const [, href] of (await xml('feed.xml')).matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)) {
      named.push({ from: 'feed.xml', url: decode(href!) });
    }
    for (const [, id] of (await xml('feed.xml')).matchAll(/<id>([^<]+)<\/id>/g))
      named.push({ from: 'feed.xml', url: id! });
    const data = JSON.parse(await xml('notices.json')) as {
      home: string;
      notices: { url: string; issue: { url: string }; cites: { href?: string }[] }[];
    };
    named.push({ from: 'notices.json', url: data.home });
    for (const n of data.notices) {
      named.push({ from: 'notices.json', url: n.url }, { from: 'notices.json', url: n.issue.url });
      for (const cite of n.cites) if (cite.href) named.push({ from: 'notices.json', url: cite.href });
    }

    // Every page of the sitemap in the browser: what it links, loads and declares.
    for (const loc of sitemap) {
      const response = await page.goto(local(loc), { waitUntil: 'load' });
      pagesVisited++;
      status.set(new URL(local(loc)).pathname, response?.status() ?? 0);
      const found = await page.evaluate(() => ({
        hrefs: [
          ...Array.from(document.querySelectorAll('a[href], link[href]'), (e) => e.getAttribute('href')!),
          ...Array.from(document.querySelectorAll('form[action]'), (e) => e.getAttribute('action')!),
          ...Array.from(document.querySelectorAll('script[src]'), (e) => e.getAttribute('src')!),
          ...Array.from(
            document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="Url"]'),
            (e) => e.getAttribute('content')!,
          ),
          ...Array.from(
            document.querySelectorAll('script[type="application/ld+json"]'),
            (s) => (JSON.parse(s.textContent ?? '{}') as { url?: string }).url ?? '',
          ).filter(Boolean),
        ],
      }));
      for (const href of found.hrefs) if (!href.startsWith('#')) named.push({ from: loc, url: href });
    }
    for (const { url } of named) if (new URL(local(url)).origin === server.url) await check(url);
  }, 240_000);

  it('should load every page of the sitemap, each under the base path and the configured origin', () => {
    const pages = named.filter((n) => n.from === 'sitemap.xml').map((n) => n.url);
    console.log(`[publish] ${pagesVisited} pages loaded under ${BASE}, ${status.size} distinct URLs checked`);
    expect(pages.length).toBe(htmlFiles().length - 1); // every page but 404.html
    expect(pages.filter((url) => !url.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
    expect(pages.filter((url) => status.get(new URL(local(url)).pathname) !== 200)).toEqual([]);
  });

  it('should name every link, asset, feed entry and data URL under the base path, each answering 200', () => {
    // Root-relative hrefs resolve against the configured origin here, absolute ones must be on it.
    const wrong = named.filter(({ url }) => {
      const target = new URL(url, `${ORIGIN}${BASE}`);
      return target.origin !== ORIGIN || !target.pathname.startsWith(BASE);
    });
    expect(wrong.map((n) => `${n.from} → ${n.url}`)).toEqual([]);
    const broken = named.filter(({ url }) => status.get(new URL(local(url)).pathname) !== 200);
    expect([
      ...new Set(broken.map((n) => `${n.from} → ${n.url} (${status.get(new URL(local(n.url)).pathname)})`)),
    ]).toEqual([]);
    expect(failedAssets).toEqual([]);
    // Kinds of URL that must have been seen, so an empty list cannot pass for a clean one.
    for (const kind of ['/_astro/', '/feed.xml', '/favicon.svg', '/og-card.png', '/notices/', '/issues/']) {
      expect(
        named.some(({ url }) => url.includes(`${BASE.slice(0, -1)}${kind}`)),
        kind,
      ).toBe(true);
    }
  });

  it('should ask the server for nothing outside the base path, and the server should refuse it', async () => {
    expect(server.log.filter((entry) => !entry.path.startsWith(BASE)).map((e) => e.path)).toEqual([]);
    // The server models the host: a link that forgot the base path breaks.
    expect((await fetch(`${server.url}/notices/`, { method: 'HEAD' })).status).toBe(404);
    expect((await fetch(`${server.url}${BASE}notices/`, { method: 'HEAD' })).status).toBe(200);
    expect(tb.blocked).toEqual([]);
  });

  it('should search under the base path: index fetched from it, results linked into it', async () => {
    const page = tb.page;
    const response = await page.goto(`${server.url}${BASE}search/?q=${encodeURIComponent(QUERY)}`, {
      waitUntil: 'load',
    });
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => typeof window.gazetteSearchIdle === 'function');
    await page.evaluate(() => window.gazetteSearchIdle!());
    const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(`${BASE}notices/`))).toEqual([]);
    expect(server.log.some((e) => e.path.startsWith(`${BASE}search-index/`) && e.status === 200)).toBe(true);
    await page.click('[data-search-results] a');
    await page.waitForURL(`${server.url}${BASE}notices/**`);
    expect(await page.textContent('h1')).toBeTruthy();
    // Filters and another query keep to the base path too.
    const form = await page.goto(`${server.url}${BASE}`, { waitUntil: 'load' });
    expect(form?.status()).toBe(200);
    await page.fill('.site-search input[name="q"]', QUERY);
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${BASE}search/` && url.searchParams.get('q') === QUERY),
      page.press('.site-search input', 'Enter'),
    ]);
  });
});

describe('Content-Security-Policy', () => {
  type Seen = { violations: string[]; console: string[] };

  async function watched(page: Page): Promise<Seen> {
    const seen: Seen = { violations: [], console: [] };
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') seen.console.push(`${page.url()}: ${m.text()}`);
    });
    // Before any script of the page: record every violation the browser reports.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      window.addEventListener(
        'securitypolicyviolation',
        (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
        true,
      );
    });
    return seen;
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  it('should raise no violation and no console error on home, a notice, a search and a printed notice', async () => {
    const page = await tb.newPage();
    page.setDefaultTimeout(5_000);
    const seen = await watched(page);
    // A notice with a 版头 (its style attribute), references and the 目录: the most the policy must allow.
    const notice = notices.find((fm) => fm.masthead && (fm.cites ?? []).some((c) => c.href) && fm.toc.length > 0)!;
    expect(notice, 'a notice with a masthead, linked references and a 目录').toBeDefined();
    const visits: [string, (p: Page) => Promise<void>][] = [
      [BASE, async () => {}],
      [
        `${BASE}notices/${notice.slug}/`,
        async (p) => {
          await p.click('.tool-fs button[value="l"]');
          await p.click('[data-copy-link]');
        },
      ],
      [
        `${BASE}search/?q=${encodeURIComponent(QUERY)}`,
        async (p) => {
          await p.waitForFunction(() => typeof window.gazetteSearchIdle === 'function');
          await p.evaluate(() => window.gazetteSearchIdle!());
          expect(await p.$$('[data-search-results] li')).not.toHaveLength(0);
          // A traditional-character query loads the converter chunk: a script of its own.
          await p.fill('[data-search-input]', '垃圾分類');
          await p.press('[data-search-input]', 'Enter');
          await p.evaluate(() => window.gazetteSearchIdle!());
        },
      ],
      [
        `${BASE}notices/${notice.slug}/`,
        async (p) => {
          // The 打印 button (its inline script), with the dialog stubbed, then the print layout to PDF.
          await p.evaluate(() => (window.print = () => {}));
          await p.click('[data-print]');
          await p.emulateMedia({ media: 'print' });
          await p.pdf({ format: 'A4', preferCSSPageSize: true });
          await p.emulateMedia({ media: 'screen' });
        },
      ],
    ];
    const report: string[] = [];
    for (const [path, act] of visits) {
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], `${path}: policy sent as a header`).toMatch(/script-src/);
      // A refused script can leave a control hidden: the step fails fast and is reported with the violations.
      await act(page).catch((error: Error) => report.push(`${path}: ${error.message.split('\n')[0]}`));
      report.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    console.log(`[publish] CSP violations and failed steps on ${visits.length} visits: ${report.length}`);
    expect(report).toEqual([]);
    expect(seen.console).toEqual([]);
    expect(tb.pageErrors).toEqual([]);

    // The control: the same policy refuses script the page did not ship, and the listener hears it.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = '(window).__injected = 1';
      document.head.append(s);
      document.body.setAttribute('onclick', '(window).__injected = 2');
      document.body.click();
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('should be on every page: no third-party origin, no unsafe source, no inline event handler', () => {
    const problems: string[] = [];
    const files = htmlFiles();
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const name = relative(site.dist, file);
      const policy = metaCsp(html);
      if (!policy) {
        problems.push(`${name}: no policy`);
        continue;
      }
      if ((html.match(/http-equiv="content-security-policy"/g) ?? []).length !== 1) problems.push(`${name}: policies`);
      if (/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:/.test(policy)) problems.push(`${name}: ${policy}`);
      if (!policy.includes("default-src 'none'") || !policy.includes("base-uri 'none'"))
        problems.push(`${name}: not shut`);
      for (const [tag] of html.matchAll(/<[a-zA-Z][^<>]*>/g)) {
        if (/\son[a-z]+\s*=/i.test(tag) || /=\s*"\s*javascript:/i.test(tag)) problems.push(`${name}: ${tag}`);
      }
      // No resource from another origin in the markup (links to the configured origin are addresses, not loads).
      for (const [, url] of html.matchAll(/\b(?:src|href)="(https?:[^"]+)"/g)) {
        if (!url!.startsWith(ORIGIN)) problems.push(`${name}: ${url}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});

describe('网页元数据 and Open Graph', () => {
  it('should give every notice page its site, column and article tags with its own values', () => {
    expect(notices.length).toBeGreaterThan(30);
    for (const fm of notices) {
      const meta = metaOf(pageHtml(`${BASE}notices/${fm.slug}/`));
      const url = `${ORIGIN}${BASE}notices/${fm.slug}/`;
      const title = fm.title.replace(/\s*[\r\n]+\s*/g, '');
      const day = fm.printedDate ?? fm.signedDate;
      const genre = fm.genre ?? (fm.kind === 'chronicle' ? '大事记' : undefined);
      const expected: Record<string, string | undefined> = {
        SiteName: GAZETTE.name,
        SiteDomain: 'www.example.gov.cn',
        SiteIDCode: ID_CODE,
        ColumnName: '全部公文',
        ColumnType: GAZETTE.columnType,
        ArticleTitle: title,
        PubDate: day && `${day} 00:00`,
        ContentSource: fm.issue.title,
        Keywords: [fm.docNumber, genre, fm.issuer?.replace(/\s+/g, '')].filter(Boolean).join(','),
        Author: fm.issuer?.replace(/\s+/g, ''),
        Description: fm.docNumber ? `${fm.docNumber} ${title}` : title,
        Url: url,
        'og:type': 'article',
        'og:title': title,
        'og:url': url,
        'og:site_name': GAZETTE.name,
        'og:image': `${ORIGIN}${BASE}og-card.png`,
        'article:published_time': day,
      };
      for (const [key, value] of Object.entries(expected)) expect.soft(meta.get(key), `${fm.slug} ${key}`).toBe(value);
      expect.soft(meta.get('description'), fm.slug).toBe(meta.get('Description'));
      const ld = JSON.parse(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(pageHtml(`${BASE}notices/${fm.slug}/`))![1]!,
      ) as {
        url?: string;
      };
      expect.soft(ld.url, `${fm.slug} JSON-LD url`).toBe(url);
    }
  });

  it('should give column pages their column and the home page only the site', () => {
    const home = metaOf(readFileSync(join(site.dist, 'index.html'), 'utf8'));
    expect(home.get('SiteIDCode')).toBe(ID_CODE);
    expect(home.has('ColumnName') || home.has('ArticleTitle')).toBe(false);
    expect(home.get('og:type')).toBe('website');
    const index = metaOf(pageHtml(`${BASE}notices/`));
    expect([index.get('ColumnName'), index.get('ColumnType'), index.has('ArticleTitle')]).toEqual([
      '全部公文',
      GAZETTE.columnType,
      false,
    ]);
    expect(index.get('ColumnDescription')).toBe(index.get('description'));
    expect(metaOf(pageHtml(`${BASE}issues/`)).get('ColumnName')).toBe('各期公报');
  });
});
