/**
 * The search page in Chromium, with no network: the query in the URL (link, reload, Back and
 * Forward), what each result shows, filters with counts and the date sort, several keywords,
 * a query read as words with the line saying so and the link back, the wider search offered,
 * traditional characters, the keyboard path (box → results with ↓ ↑, Enter opens, Esc back and
 * clears), the live region and labels; and that every other page searches by a plain GET form
 * with no search script.
 * Expected values come from the generated frontmatter and the built pages, not from the site's
 * search code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';
import { oracle, oracleAll, readIndexedTexts, type OraclePage } from '../support/search-oracle.ts';
import type { NoticeFrontmatter } from '../../src/schemas/notice.ts';

const notices = readNotices().map((n) => n.frontmatter);
const bySlug = new Map(notices.map((fm) => [fm.slug, fm]));
/** The date the site shows and sorts by: 成文日期, else 印发日期. */
const dateOf = (fm: NoticeFrontmatter) => fm.signedDate ?? fm.printedDate;
const cnDate = (iso: string) =>
  iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`);

const QUERY = '垃圾分类';

let tb: TestBrowser;
let pages: OraclePage[];

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
  await tb.page.goto(siteUrl('/search/'), { waitUntil: 'load' });
  pages = await readIndexedTexts(
    tb.page,
    notices.map((fm) => fm.slug),
  );
});

afterAll(async () => {
  await tb?.close();
});

const page = () => tb.page;

/** Waits until the page has shown the search for its current URL. */
async function settled(): Promise<void> {
  await page().waitForFunction(() => typeof window.gazetteSearchIdle === 'function');
  await page().evaluate(() => window.gazetteSearchIdle!());
}

async function open(path: string) {
  const response = await page().goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await settled();
}

const status = async () => ((await page().textContent('[data-search-status]')) ?? '').trim();
const shownSlugs = () =>
  page().$$eval('[data-search-results] > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.slug ?? ''));
const activeLabel = () =>
  page().evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.id || el?.getAttribute('data-result-link') || el?.tagName || '';
  });
const params = () => Object.fromEntries(new URL(page().url()).searchParams);

describe('search page', () => {
  it('is Chinese, labelled, and announces through a polite live region', async () => {
    await open('/search/');
    const found = await page().evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      const status = document.querySelector('[data-search-status]')!;
      return {
        lang: document.documentElement.lang,
        label: label.trim(),
        role: input.closest('form')?.getAttribute('role'),
        live: status.getAttribute('aria-live'),
        statusRole: status.getAttribute('role'),
        resultsLabel: document.querySelector('[data-search-results]')?.getAttribute('aria-label'),
        selects: Array.from(
          document.querySelectorAll('form select'),
          (s) => s.closest('label')?.querySelector('span')?.textContent ?? '',
        ),
        headerBoxes: document.querySelectorAll('header input[name="q"]').length,
      };
    });
    expect(found.lang).toBe('zh-CN');
    expect(found.label).toMatch(/\S/);
    expect(found.role).toBe('search');
    expect(found.live).toBe('polite');
    expect(found.statusRole).toBe('status');
    expect(found.resultsLabel).toBe('搜索结果');
    expect(found.selects).toEqual(['发文机关', '文种', '年份', '公报期次', '有效性', '排序']);
    // One search box on this page: the header's is left out here.
    expect(found.headerBoxes).toBe(0);
  });

  it('takes the query from the URL and shows what the oracle expects, with the count announced', async () => {
    await open(`/search/?q=${encodeURIComponent(QUERY)}`);
    const expected = oracle(pages, QUERY);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(await shownSlugs())).toEqual(expected);
    expect(await status()).toContain(`找到 ${expected.size} 篇`);
    expect(await page().inputValue('[data-search-input]')).toBe(QUERY);
    expect(await page().title()).toContain(QUERY);
  });

  it('shows title, 发文字号, date, a marked excerpt and links into the page for each result', async () => {
    const results = await page().$$eval('[data-search-results] > li', (lis) =>
      lis.map((li) => ({
        slug: (li as HTMLElement).dataset.slug ?? '',
        title: li.querySelector('h2 a')?.textContent ?? '',
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        meta: Array.from(li.querySelectorAll('.search-hit-meta span'), (s) => s.textContent ?? ''),
        marks: Array.from(li.querySelectorAll('.search-hit-excerpt mark'), (m) => m.textContent ?? ''),
        // Only text and <mark> in an excerpt: nothing from the index is parsed as HTML.
        excerptElements: Array.from(li.querySelectorAll('.search-hit-excerpt *'), (e) => e.tagName),
        subs: Array.from(li.querySelectorAll('.search-hit-subs a'), (a) => a.getAttribute('href') ?? ''),
      })),
    );
    for (const r of results) {
      const fm = bySlug.get(r.slug)!;
      expect(r.title.replace(/\s+/g, '')).toBe(fm.title.replace(/\s+/g, ''));
      expect(r.href).toBe(`/notices/${r.slug}/`);
      const want = [fm.docNumber, dateOf(fm) && cnDate(dateOf(fm)!)].filter(Boolean);
      expect(r.meta).toEqual(want);
      expect(r.marks.join(''), `marks of ${r.slug}`).toContain(QUERY.slice(0, 2));
      expect(new Set(r.excerptElements)).toEqual(new Set(r.marks.length ? ['MARK'] : []));
      for (const href of r.subs) expect(href).toMatch(new RegExp(`^/notices/${r.slug}/#[^#]+$`));
    }
    // Some result links into a heading or attachment, and that id exists on the notice page.
    const withSub = results.find((r) => r.subs.length > 0);
    expect(withSub, 'a result with sub-results').toBeDefined();
    const [path, id] = withSub!.subs[0]!.split('#');
    const html = readFileSync(join(DIST_DIR, path!, 'index.html'), 'utf8');
    expect(html).toContain(`id="${decodeURIComponent(id!)}"`);
  });

  it('keeps the query in the URL: one history entry per search, Back, Forward and reload restore it', async () => {
    await open('/search/');
    const length = () => page().evaluate(() => history.length);
    const start = await length();
    const input = page().locator('[data-search-input]');

    // Typing on the empty page searches as you go and takes over its entry.
    await input.fill('消');
    await input.fill('消防');
    await page().waitForFunction(() => new URL(location.href).searchParams.get('q') === '消防');
    await settled();
    await page().waitForFunction(() =>
      /找到|未找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, '消防'));
    await input.press('Enter');
    await settled();
    expect(await length()).toBe(start);

    // Typing after a committed search makes one new entry, however many keystrokes.
    await input.fill('垃圾');
    await page().waitForFunction(() => new URL(location.href).searchParams.get('q') === '垃圾');
    await settled();
    await input.fill(QUERY);
    await page().waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, QUERY);
    await settled();
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, QUERY));
    expect(await length()).toBe(start + 1);

    await page().goBack();
    await page().waitForFunction(() => new URL(location.href).searchParams.get('q') === '消防');
    await settled();
    expect(await page().inputValue('[data-search-input]')).toBe('消防');
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, '消防'));

    await page().goForward();
    await page().waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, QUERY);
    await settled();
    expect(await page().inputValue('[data-search-input]')).toBe(QUERY);
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, QUERY));

    await page().reload({ waitUntil: 'load' });
    await settled();
    expect(await page().inputValue('[data-search-input]')).toBe(QUERY);
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, QUERY));
  });

  it('should filter by 有效性 (the status stage’s value) and show each result’s badge', async () => {
    const statuses = new Map<string, string[]>();
    for (const { frontmatter: fm } of readNotices()) {
      if (!fm.legal) continue;
      statuses.set(fm.legal.status, [...(statuses.get(fm.legal.status) ?? []), fm.slug]);
    }
    expect(statuses.size).toBeGreaterThan(1);
    for (const [value, slugs] of statuses) {
      await open(`/search/?status=${encodeURIComponent(value)}`);
      // The first page of results: all of them, or as many as a page shows, each with this status.
      const shown = await shownSlugs();
      expect(shown.length, value).toBeGreaterThan(0);
      expect(
        shown.filter((slug) => !slugs.includes(slug)),
        value,
      ).toEqual([]);
      expect(await status(), value).toContain(String(slugs.length));
      const badges = await page().$$eval('[data-search-results] > li h2 .legal-badge', (bs) =>
        bs.map((b) => b.textContent),
      );
      expect(badges, value).toEqual(shown.map(() => value));
    }
  });

  it('filters with counts per value, in the URL, and sorts by date', async () => {
    await open(`/search/?q=${encodeURIComponent(QUERY)}`);
    const all = await shownSlugs();
    const options = await page().$$eval('select[data-filter="机关"] option', (os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, count: (o as HTMLOptionElement).dataset.count })),
    );
    // Counts per 发文机关 among the results, from the built pages' filter attribute.
    const issuer = (slug: string) =>
      readFileSync(join(DIST_DIR, 'notices', slug, 'index.html'), 'utf8').match(/data-issuer="([^"]*)"/)?.[1] ?? '';
    const want = new Map<string, number>();
    for (const slug of all) if (issuer(slug)) want.set(issuer(slug), (want.get(issuer(slug)) ?? 0) + 1);
    expect(options.filter((o) => o.value).length).toBeGreaterThan(0);
    for (const o of options.filter((o) => o.value)) expect(Number(o.count), o.value).toBe(want.get(o.value) ?? 0);
    const [value, count] = [...want].sort((a, b) => b[1] - a[1])[0]!;

    await page().selectOption('select[data-filter="机关"]', value);
    await page().waitForFunction((v) => new URL(location.href).searchParams.get('org') === v, value);
    await settled();
    const filtered = await shownSlugs();
    expect(filtered.length).toBe(count);
    for (const slug of filtered) expect(issuer(slug)).toBe(value);
    expect(await status()).toContain('已筛选');

    await page().selectOption('select[data-sort]', 'oldest');
    await page().waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'oldest');
    await settled();
    const sorted = await shownSlugs();
    expect(new Set(sorted)).toEqual(new Set(filtered));
    const dates = sorted.map((slug) => dateOf(bySlug.get(slug)!) ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(params()).toMatchObject({ q: QUERY, org: value, sort: 'oldest' });

    // Back undoes the sort, then the filter.
    await page().goBack();
    await page().waitForFunction(() => !new URL(location.href).searchParams.has('sort'));
    await settled();
    expect(await page().inputValue('select[data-sort]')).toBe('relevance');
    await page().goBack();
    await page().waitForFunction(() => !new URL(location.href).searchParams.has('org'));
    await settled();
    expect(new Set(await shownSlugs())).toEqual(new Set(all));
  });

  it('sorts by date with undated notices last, and shows more on request', async () => {
    await open(`/search/?q=${encodeURIComponent('北京市')}&sort=newest`);
    const expected = oracle(pages, '北京市');
    // 北京市 is on nearly every notice: more than the first screen of results, so "show more" must be offered.
    expect((await shownSlugs()).length).toBeLessThan(expected.size);
    expect(await page().isVisible('[data-search-more]')).toBe(true);
    while (await page().isVisible('[data-search-more]')) {
      const before = (await shownSlugs()).length;
      await page().click('[data-search-more]');
      await page().waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
    }
    const slugs = await shownSlugs();
    expect(new Set(slugs)).toEqual(expected);
    const dates = slugs.map((slug) => dateOf(bySlug.get(slug)!) ?? '');
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it('lists a notice first for its own 发文字号, typed with a space', async () => {
    const own = notices.find((fm) => fm.docNumber && /〕\d+号$/.test(fm.docNumber))!;
    const typed = own.docNumber!.replace(/号$/, ' 号');
    await open(`/search/?q=${encodeURIComponent(typed)}`);
    expect((await shownSlugs())[0]).toBe(own.slug);
  });

  it('finds the notices holding every keyword, names them, and marks each in the excerpts', async () => {
    const query = '冰雪 运动 规划';
    await open(`/search/?q=${encodeURIComponent(query)}`);
    const expected = oracle(pages, query);
    expect(expected.size).toBeGreaterThan(1);
    expect(new Set(await shownSlugs())).toEqual(expected);
    expect(await status()).toBe(`找到 ${expected.size} 篇同时含“冰雪”“运动”“规划”的公文。`);
    const first = notices.find((fm) => fm.docNumber === '西政发〔2017〕4号')!;
    expect((await shownSlugs())[0]).toBe(first.slug);
    const marks = await page().$$eval('[data-search-results] > li:first-child .search-hit-excerpt mark', (ms) =>
      ms.map((m) => m.textContent ?? ''),
    );
    for (const term of ['冰雪', '运动', '规划']) expect(marks.join('|'), term).toContain(term);
    expect(await page().isHidden('[data-search-notice]')).toBe(true);
  });

  it('reads an unspaced query no notice holds as words, says so, and links back to the phrase', async () => {
    await open(`/search/?q=${encodeURIComponent('消防规划')}`);
    expect(oracle(pages, '消防规划').size).toBe(0);
    const expected = oracleAll(pages, ['消防', '规划']);
    expect(new Set(await shownSlugs())).toEqual(expected);
    const fire = notices.find((fm) => fm.title === '北京市西城区“十三五”时期消防事业发展建设规划')!;
    expect((await shownSlugs())[0]).toBe(fire.slug);
    const notice = (await page().textContent('[data-search-notice]')) ?? '';
    expect(notice).toContain('没有完全匹配“消防规划”的公文；以下公文同时包含：消防、规划');
    expect(await status()).toContain(`找到 ${expected.size} 篇同时含“消防”“规划”的公文`);

    // The link back searches the phrase as typed, in quotes: nothing, and no words.
    await Promise.all([page().waitForURL(/q=/), page().click('[data-search-notice-link]')]);
    await settled();
    expect(params().q).toBe('"消防规划"');
    expect(await shownSlugs()).toEqual([]);
    expect(await status()).toBe('未找到含“消防规划”的公文。');
    expect(await page().isHidden('[data-search-notice]')).toBe(true);
  });

  it('offers the words of a matching unspaced query as a wider search when they find more', async () => {
    await open(`/search/?q=${encodeURIComponent(QUERY)}`);
    const wider = oracleAll(pages, ['垃圾', '分类']);
    expect(wider.size).toBeGreaterThan(oracle(pages, QUERY).size);
    const link = page().locator('[data-search-notice-link]');
    expect(await link.textContent()).toBe(`同时包含 垃圾、分类 的公文共 ${wider.size} 篇`);
    await Promise.all([page().waitForURL(/q=/), link.click()]);
    await settled();
    expect(params().q).toBe('垃圾 分类');
    expect(new Set(await shownSlugs())).toEqual(wider);
  });

  it('finds the simplified text for a query in traditional characters', async () => {
    await open(`/search/?q=${encodeURIComponent('垃圾分類')}`);
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, QUERY));
    expect(await status()).toContain('“垃圾分类”（“垃圾分類”按简体字查找）');
  });

  it('says so when nothing is found', async () => {
    await open(`/search/?q=${encodeURIComponent('量子计算机')}`);
    expect(await shownSlugs()).toEqual([]);
    expect(await status()).toContain('未找到');
  });

  it('works from the keyboard: ↓ into the results, ↑ ↓ between them, Enter opens, Esc back and clears', async () => {
    await open(`/search/?q=${encodeURIComponent(QUERY)}`);
    const slugs = await shownSlugs();
    expect(slugs.length).toBeGreaterThanOrEqual(2);

    // "/" focuses the box from the page.
    await page().locator('h1').click();
    await page().keyboard.press('/');
    expect(await activeLabel()).toBe('search-q');

    await page().keyboard.press('ArrowDown');
    expect(await activeLabel()).toBe('0');
    await page().keyboard.press('ArrowDown');
    expect(await activeLabel()).toBe('1');
    await page().keyboard.press('ArrowUp');
    expect(await activeLabel()).toBe('0');
    await page().keyboard.press('End');
    expect(await activeLabel()).toBe(String(slugs.length - 1));
    await page().keyboard.press('Home');
    expect(await activeLabel()).toBe('0');
    await page().keyboard.press('ArrowUp');
    expect(await activeLabel()).toBe('search-q');

    // Esc from a result goes back to the box, query kept.
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Escape');
    expect(await activeLabel()).toBe('search-q');
    expect(await page().inputValue('[data-search-input]')).toBe(QUERY);

    // Enter on a result opens it; Back returns to the same results.
    await page().keyboard.press('ArrowDown');
    await Promise.all([page().waitForURL(/\/notices\//), page().keyboard.press('Enter')]);
    expect(new URL(page().url()).pathname).toBe(`/notices/${slugs[0]}/`);
    await page().goBack({ waitUntil: 'load' });
    await settled();
    expect(await shownSlugs()).toEqual(slugs);

    // Esc in the box clears it, the results and the URL.
    await page().focus('[data-search-input]');
    await page().keyboard.press('Escape');
    await page().waitForFunction(() => !new URL(location.href).searchParams.has('q'));
    await settled();
    expect(await page().inputValue('[data-search-input]')).toBe('');
    expect(await shownSlugs()).toEqual([]);
    expect(await status()).toBe('输入关键词搜索全部公文。');
  });
});

describe('every other page', () => {
  it('searches with a plain GET form to /search/ and loads no search script', async () => {
    for (const path of ['/', `/notices/${notices[0]!.slug}/`, '/issues/']) {
      const html = readFileSync(join(DIST_DIR, path, 'index.html'), 'utf8');
      const form = /<form[^>]*role="search"[^>]*>/.exec(html)?.[0] ?? '';
      expect(form, path).toMatch(/action="\/search\/"/);
      expect(form, path).toMatch(/method="get"/);
      expect(html, path).toMatch(/<input[^>]*name="q"/);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(
        scripts.filter((s) => /pagefind|search|gazetteSearch/i.test(s)),
        path,
      ).toEqual([]);
    }
  });

  it('a header search lands on the results page', async () => {
    await page().goto(siteUrl('/'), { waitUntil: 'load' });
    await page().fill('header input[name="q"]', QUERY);
    await Promise.all([page().waitForURL(/\/search\//), page().press('header input[name="q"]', 'Enter')]);
    await settled();
    expect(params().q).toBe(QUERY);
    expect(new Set(await shownSlugs())).toEqual(oracle(pages, QUERY));
  });
});

describe('offline', () => {
  it('no request left the local server, no script error', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
