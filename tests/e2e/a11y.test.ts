/**
 * Accessibility of the built site (dist/, served by the e2e global setup), in Chromium:
 *
 *  - axe-core (node_modules/axe-core/axe.min.js injected into the page) on the home page, the
 *    search page with results, an issue page when the site has them, and five notice pages of
 *    different kinds (chronicle, headerless, with attachments, the longest 目录, one with a
 *    table when any has one): no serious or critical violation;
 *  - landmarks on each of those pages: one banner, one main, one contentinfo, every nav named
 *    (and no two alike); the skip link is the first thing Tab reaches and points at main;
 *  - a keyboard-only walk: home → Tab to the search box → type → Enter → Tab to the first
 *    result → Enter → the notice → the skip link moves focus into main.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const QUERY = '公平竞争';

const notices = readNotices().map((n) => n.frontmatter);
const html = (slug: string) => {
  const path = join(DIST_DIR, 'notices', slug, 'index.html');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

/** Five notice pages of different kinds, chosen from the content (never hard-coded slugs). */
function sampleNotices(): { slug: string; why: string }[] {
  const picked: { slug: string; why: string }[] = [];
  const add = (why: string, slug: string | undefined) => {
    if (slug && !picked.some((p) => p.slug === slug)) picked.push({ slug, why });
  };
  add('with a table', notices.find((n) => /<table[\s>]/.test(html(n.slug)))?.slug);
  add('chronicle', notices.find((n) => n.kind === 'chronicle')?.slug);
  add('headerless', notices.find((n) => n.notes.length > 0)?.slug);
  add('with attachments', notices.find((n) => n.attachments.length > 1)?.slug);
  add('longest 目录', [...notices].sort((a, b) => b.toc.length - a.toc.length)[0]?.slug);
  for (const n of [...notices].sort((a, b) => html(b.slug).length - html(a.slug).length)) {
    if (picked.length >= 5) break;
    add('longest page', n.slug);
  }
  return picked.slice(0, 5);
}

/** An issue page, when this branch has them (dist/issues/<id>/index.html). */
function issuePage(): string | undefined {
  const dir = join(DIST_DIR, 'issues');
  if (!existsSync(dir)) return undefined;
  const id = readdirSync(dir).find(
    (d) => statSync(join(dir, d)).isDirectory() && existsSync(join(dir, d, 'index.html')),
  );
  return id ? `/issues/${id}/` : undefined;
}

const SAMPLE = sampleNotices();
const ISSUE = issuePage();

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
  await page.addScriptTag({ path: AXE });
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

const PAGES: { name: string; path: string | undefined; nav?: boolean }[] = [
  { name: 'home page', path: '/' },
  { name: `search page (?q=${QUERY})`, path: `/search/?q=${encodeURIComponent(QUERY)}` },
  { name: 'an issue page', path: ISSUE },
  ...SAMPLE.map((s) => ({ name: `notice ${s.slug} (${s.why})`, path: `/notices/${s.slug}/`, nav: true })),
];

describe('axe-core and landmarks', () => {
  it('samples five notice pages', () => {
    expect(SAMPLE).toHaveLength(5);
  });

  for (const { name, path, nav } of PAGES) {
    it.skipIf(path === undefined)(`${name}: no serious or critical axe violation; landmarks; skip link`, async () => {
      await open(path!);
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
      if (nav) expect.soft(found.nav.length, 'nav landmarks on a notice page').toBeGreaterThan(0);

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
    await tabTo('the first search result', '[data-search-results] li:first-child a');
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
