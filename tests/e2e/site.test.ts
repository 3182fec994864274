/**
 * The built site in a real browser (Chromium via playwright-core), served from dist/ by the
 * e2e global setup. Expected values come from the generated content/notices/*.mdx frontmatter.
 *
 *  - the index of notices (/notices/) lists every notice and links to it;
 *  - every notice page loads with its title as the only <h1>, lang zh-CN, a Pagefind body and
 *    schema.org Legislation JSON-LD that matches the frontmatter (with its 有效性 fields);
 *  - no request leaves the local server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';

const notices = readNotices();
const noticeUrl = (slug: string) => siteUrl(`/notices/${slug}/`);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

/** Navigates the shared page; returns the HTTP status and the requests blocked meanwhile. */
async function visit(url: string) {
  const before = tb.blocked.length;
  const response = await tb.page.goto(url, { waitUntil: 'load' });
  return { status: response?.status(), blocked: tb.blocked.slice(before) };
}

describe('generated content', () => {
  it('has notices with unique slugs', () => {
    const slugs = notices.map((n) => n.frontmatter.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('index of notices', () => {
  it('lists every notice with a link to its page', async () => {
    const { status, blocked } = await visit(siteUrl('/notices/'));
    expect(status).toBe(200);
    expect(blocked).toEqual([]);

    const items = await tb.page.$$eval('[data-notice-list] li[data-slug]', (lis) =>
      lis.map((li) => ({
        slug: (li as HTMLElement).dataset.slug ?? '',
        hrefs: Array.from(li.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href),
      })),
    );
    expect(items.length, 'no [data-notice-list] li[data-slug] on /notices/').toBeGreaterThan(0);

    const bySlug = new Map(items.map((item) => [item.slug, item]));
    const missing = notices.map((n) => n.frontmatter.slug).filter((slug) => !bySlug.has(slug));
    expect(missing, 'notices missing from /notices/').toEqual([]);

    const unknown = items.map((item) => item.slug).filter((slug) => !notices.some((n) => n.frontmatter.slug === slug));
    expect(unknown, '/notices/ lists slugs that have no notice').toEqual([]);

    const badLinks = notices
      .map((n) => n.frontmatter.slug)
      .filter((slug) => !bySlug.get(slug)?.hrefs.includes(noticeUrl(slug)));
    expect(badLinks, 'list items without a link to /notices/<slug>/').toEqual([]);
  });
});

describe('notice pages', () => {
  it.for(notices.map((n) => [n.frontmatter.slug, n] as const))('%s', async ([slug, { frontmatter: fm }]) => {
    const { status, blocked } = await visit(noticeUrl(slug));
    expect(status, `HTTP status of /notices/${slug}/`).toBe(200);
    // Soft assertions from here on: one run reports every problem of the page.
    expect.soft(blocked, 'requests that tried to leave the local server').toEqual([]);

    const found = await tb.page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      h1: Array.from(document.querySelectorAll('h1'), (h) => h.textContent ?? ''),
      pagefindBodies: document.querySelectorAll('[data-pagefind-body]').length,
      jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''),
    }));

    expect.soft(found.lang).toBe('zh-CN');
    expect.soft(found.h1.length, 'number of <h1> elements').toBe(1);
    expect.soft(squash(found.h1[0] ?? '')).toBe(squash(fm.title));
    expect.soft(found.pagefindBodies, 'elements with data-pagefind-body').toBeGreaterThan(0);

    expect.soft(found.jsonLd.length, 'JSON-LD scripts').toBeGreaterThan(0);
    type Node = Record<string, unknown>;
    const items: Node[] = found.jsonLd.flatMap((text) => {
      let data: Node | Node[];
      try {
        data = JSON.parse(text) as Node | Node[];
      } catch (error) {
        throw new Error(`/notices/${slug}/: JSON-LD does not parse (${String(error)}): ${text.slice(0, 200)}`);
      }
      const list = Array.isArray(data) ? data : [data];
      return list.flatMap((d) => (Array.isArray(d['@graph']) ? (d['@graph'] as Node[]) : [d]));
    });
    const legislation = items.filter((d) => {
      const type = d?.['@type'];
      return type === 'Legislation' || (Array.isArray(type) && type.includes('Legislation'));
    });
    expect(legislation.length, 'JSON-LD items with @type Legislation').toBe(1);
    const ld = legislation[0] ?? {};
    const context = items.find((d) => d?.['@context'])?.['@context'] ?? ld['@context'];
    expect.soft(String(context)).toMatch(/schema\.org/);
    expect.soft(ld.name).toBe(fm.title);
    // Each field is the frontmatter's value, and absent exactly when the frontmatter has none.
    expect.soft(ld.legislationIdentifier, 'legislationIdentifier').toBe(fm.docNumber);
    expect
      .soft(ld.legislationPassedBy, 'legislationPassedBy')
      .toEqual(fm.issuer ? { '@type': 'GovernmentOrganization', name: fm.issuer } : undefined);
    expect.soft(ld.legislationDate, 'legislationDate').toBe(fm.signedDate);
    expect.soft(ld.datePublished, 'datePublished').toBe(fm.printedDate);
    // 有效性: the force only where the frontmatter claims one (never for 未标注有效期), the last day
    // in force as expires, each document it repeals as legislationChanges.
    const legal = fm.legal;
    expect
      .soft(ld.legislationLegalForce, 'legislationLegalForce')
      .toBe(legal?.force ? `https://schema.org/${legal.force}` : undefined);
    expect.soft(ld.expires, 'expires').toBe(legal?.validUntil);
    expect
      .soft(
        (ld.legislationChanges as { legislationIdentifier?: string }[] | undefined)?.map(
          (c) => c.legislationIdentifier,
        ),
      )
      .toEqual(legal && legal.repeals.length > 0 ? legal.repeals.map((r) => r.docNumber) : undefined);
  });
});

describe('offline', () => {
  it('no request left the local server on any page', () => {
    expect(tb.blocked).toEqual([]);
  });

  it('no uncaught script errors on any page', () => {
    expect(tb.pageErrors).toEqual([]);
  });
});
