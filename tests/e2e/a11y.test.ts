/**
 * Accessibility of the built site (dist/, served by the e2e global setup), in Chromium:
 *
 *  - axe-core (node_modules/axe-core/axe.min.js injected into the page) on the home page, the
 *    search page with results, an issue page, and five notice pages of different kinds (with a
 *    table, chronicle, headerless, with attachments, the longest 目录; a kind no notice has is a
 *    failure): no serious or critical violation;
 *  - landmarks on each of those pages: one banner, one main, one contentinfo, every nav named
 *    (the site's 栏目 on every page, 面包屑 below the home and search pages, 上一篇和下一篇 on notices)
 *    (and no two alike); the skip link is the first thing Tab reaches and points at main;
 *  - a keyboard-only walk: home → Tab to the search box → type → Enter → Tab to the first
 *    result → Enter → the notice → the skip link moves focus into main.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const AXE_SOURCE = readFileSync(AXE, 'utf8');
const QUERY = '公平竞争';

const notices = readNotices().map((n) => n.frontmatter);
/** The built page of a notice; a notice of content/ without one throws, failing this file. */
const html = (slug: string) => readFileSync(join(DIST_DIR, 'notices', slug, 'index.html'), 'utf8');

type NoticeFm = (typeof notices)[number];
/** The kinds of notice page to check, each with its candidates best first. */
const KINDS: { why: string; candidates: (all: NoticeFm[]) => NoticeFm[] }[] = [
  { why: 'with a table', candidates: (all) => all.filter((n) => /<table[\s>]/.test(html(n.slug))) },
  { why: 'chronicle', candidates: (all) => all.filter((n) => n.kind === 'chronicle') },
  { why: 'headerless', candidates: (all) => all.filter((n) => n.notes.length > 0) },
  { why: 'with attachments', candidates: (all) => all.filter((n) => n.attachments.length > 1) },
  {
    why: 'longest 目录',
    candidates: (all) => all.filter((n) => n.toc.length > 0).sort((a, b) => b.toc.length - a.toc.length),
  },
];

/**
 * One notice page per kind, each a different notice, from the content (never hard-coded slugs).
 * Kinds with the fewest candidates choose first, so a rare kind (one headerless notice) is not
 * taken by a common one (many notices have tables).
 */
function sampleNotices(): { picked: { slug: string; why: string }[]; missing: string[] } {
  const ranked = KINDS.map((k) => ({ why: k.why, candidates: k.candidates(notices) })).sort(
    (a, b) => a.candidates.length - b.candidates.length,
  );
  const taken = new Map<string, string>();
  for (const { why, candidates } of ranked) {
    const n = candidates.find((c) => ![...taken.values()].includes(c.slug));
    if (n) taken.set(why, n.slug);
  }
  return {
    picked: KINDS.filter((k) => taken.has(k.why)).map((k) => ({ slug: taken.get(k.why)!, why: k.why })),
    missing: KINDS.filter((k) => !taken.has(k.why)).map((k) => k.why),
  };
}

const { picked: SAMPLE, missing: MISSING } = sampleNotices();
/** The issue of the first notice (every notice belongs to one, and every issue has a page). */
const ISSUE = `/issues/${[...notices].sort((a, b) => (a.slug < b.slug ? -1 : 1))[0]!.issue.id}/`;

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: an added <script> would be refused by the page's
  // Content-Security-Policy, as any script the site did not ship must be.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

async function open(path: string): Promise<void> {
  const response = await tb.page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/search/'))
    await tb.page.locator('[data-search-results] li a').first().waitFor({ timeout: 20_000 });
}

async function landmarks(page: Page) {
  const names = async (role: 'navigation' | 'banner' | 'main' | 'contentinfo' | 'search') =>
    page.getByRole(role).evaluateAll((els) =>
      els.map((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const byId = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : '';
        return (el.getAttribute('aria-label') ?? byId).trim();
      }),
    );
  return {
    banner: (await names('banner')).length,
    main: (await names('main')).length,
    contentinfo: (await names('contentinfo')).length,
    nav: await names('navigation'),
  };
}

const PAGES: { name: string; path: string; navs: string[] }[] = [
  { name: 'home page', path: '/', navs: ['栏目'] },
  { name: `search page (?q=${QUERY})`, path: `/search/?q=${encodeURIComponent(QUERY)}`, navs: ['栏目'] },
  { name: 'an issue page', path: ISSUE, navs: ['栏目', '面包屑'] },
  ...SAMPLE.map((s) => ({
    name: `notice ${s.slug} (${s.why})`,
    path: `/notices/${s.slug}/`,
    navs: ['栏目', '面包屑', '上一篇和下一篇（按日期）'],
  })),
];

describe('axe-core and landmarks', () => {
  it('samples a notice page of each kind: with a table, chronicle, headerless, with attachments, longest 目录', () => {
    expect(MISSING, 'kinds no notice (not sampled already) has').toEqual([]);
    expect(SAMPLE.map((s) => s.why)).toEqual(KINDS.map((k) => k.why));
  });

  for (const { name, path, navs } of PAGES) {
    it(`${name}: no serious or critical axe violation; landmarks; skip link`, async () => {
      await open(path);
      const violations = await axe(tb.page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      // Minor and moderate ones are not allowed to pile up unseen either.
      expect.soft(violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`)).toEqual([]);

      const found = await landmarks(tb.page);
      expect.soft(found.banner, 'banner landmarks').toBe(1);
      expect.soft(found.main, 'main landmarks').toBe(1);
      expect.soft(found.contentinfo, 'contentinfo landmarks').toBe(1);
      expect
        .soft(
          found.nav.filter((label) => label === ''),
          'nav landmarks without a label',
        )
        .toEqual([]);
      expect.soft(new Set(found.nav).size, `nav labels are distinct: ${found.nav.join(', ')}`).toBe(found.nav.length);
      expect.soft(found.nav, 'named nav landmarks').toEqual(expect.arrayContaining(navs));

      // The skip link is the first stop of the Tab order and leads to main.
      await tb.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tb.page.keyboard.press('Tab');
      const skip = await tb.page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement | null;
        const target = a?.hash ? document.getElementById(a.hash.slice(1)) : null;
        const box = a?.getBoundingClientRect();
        return {
          tag: a?.tagName,
          text: a?.textContent?.trim(),
          target: target?.tagName,
          visible: !!box && box.width > 0 && box.right > 0 && box.left < innerWidth,
        };
      });
      expect(skip).toEqual({ tag: 'A', text: expect.stringMatching(/\S/), target: 'MAIN', visible: true });
    });
  }
});

describe('keyboard only: home → search → result → notice', () => {
  /** Presses Tab until `matches` holds for the focused element; returns how many presses. */
  async function tabTo(description: string, matches: string, max = 12): Promise<number> {
    for (let n = 1; n <= max; n++) {
      await tb.page.keyboard.press('Tab');
      if (await tb.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return n;
    }
    throw new Error(`Tab never reached ${description} (${matches}) in ${max} presses`);
  }

  it('walks there with Tab, typing and Enter only', async () => {
    await open('/');
    // Skip link, site name (and whatever the header holds before it), search box.
    await tabTo('the search box', 'input[type="search"], input[name="q"]');
    await tb.page.keyboard.type(QUERY);
    await Promise.all([tb.page.waitForURL(/\/search\/\?q=/), tb.page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(tb.page.url()).searchParams.get('q') ?? '')).toBe(QUERY);
    const firstResult = tb.page.locator('[data-search-results] li a').first();
    await firstResult.waitFor({ timeout: 20_000 });
    const href = await firstResult.getAttribute('href');

    await tb.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // From the top: skip link, the header's links, then the form (query, five filters, sort, button).
    await tabTo('the first search result', '[data-search-results] li:first-child a', 20);
    await Promise.all([tb.page.waitForURL(/\/notices\/[^/]+\/$/), tb.page.keyboard.press('Enter')]);
    expect(new URL(tb.page.url()).pathname).toBe(href);
    expect(await tb.page.locator('h1').count()).toBe(1);

    // The skip link: first Tab stop, Enter moves focus to main, the next Tab stays inside main.
    await tb.page.keyboard.press('Tab');
    expect(await tb.page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#main');
    await tb.page.keyboard.press('Enter');
    expect(await tb.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await tb.page.keyboard.press('Tab');
    expect(await tb.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  it('no request left the local server, no script error', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
