/**
 * Reading and navigating, in a real browser: home page, issue pages, the index of notices with
 * its filtered and sorted variants, previous / next, the notice tools (字号, copy link), the
 * 大事记, the feeds and open data, and no horizontal scroll on a 360 px phone.
 * Expected values come from the generated frontmatter and content/report.json, computed here
 * independently of the site's own code.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTE } from '../../src/gazette.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { CONTENT_DIR, DIST_DIR } from '../support/paths.ts';
import type { NoticeFrontmatter } from '../../src/schemas/notice.ts';

const notices = readNotices().map((n) => n.frontmatter);
const bySlug = new Map(notices.map((fm) => [fm.slug, fm]));
const report = JSON.parse(readFileSync(join(CONTENT_DIR, 'report.json'), 'utf8')) as {
  issues: { id: string; title: string; contents: { title: string; number?: string; page?: number }[] }[];
};

type Issue = (typeof report.issues)[number];

/** The date lists sort by: 成文日期, else 印发日期. */
const dateOf = (fm: NoticeFrontmatter) => fm.signedDate ?? fm.printedDate;
const squash = (text: string) => text.replace(/\s+/g, '');

/** The entry of an issue's printed 目录 that names a notice: by 发文字号, else by title. */
const contentsEntry = (issue: Issue, fm: NoticeFrontmatter) =>
  issue.contents.find((c) => (fm.docNumber && c.number === fm.docNumber) || squash(c.title) === squash(fm.title));

/** Sort key of /notices/by-number/: the gazette's 机关代字 order (others after, by code), year, serial; no number last. */
function numberKey(fm: NoticeFrontmatter): [number, string, number, number] {
  const m = /^(.+?)〔(\d{4})〕(\d+)号$/.exec(fm.docNumber ?? '');
  if (!m) return [Infinity, '', 0, 0];
  const rank = GAZETTE.agencies.findIndex((a) => a.code === m[1]);
  return [rank === -1 ? GAZETTE.agencies.length : rank, m[1]!, Number(m[2]), Number(m[3])];
}
const compareKeys = (a: [number, string, number, number], b: [number, string, number, number]) =>
  a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3];

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

async function visit(path: string) {
  const response = await tb.page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

/** The slugs of `[data-notice-list] li[data-slug]`, in page order. */
function listedSlugs(): Promise<string[]> {
  return tb.page.$$eval('[data-notice-list] li[data-slug]', (lis) =>
    lis.map((li) => (li as HTMLElement).dataset.slug ?? ''),
  );
}

describe('home page', () => {
  it('lists the 10 newest notices by date and every issue', async () => {
    await visit('/');
    const slugs = await listedSlugs();
    expect(slugs.length).toBe(Math.min(10, notices.length));
    const dates = slugs.map((slug) => dateOf(bySlug.get(slug)!) ?? '');
    expect(dates.every((d) => d !== '')).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    // No dated notice newer than the last one listed is missing.
    const oldestListed = dates[dates.length - 1]!;
    const newer = notices.filter((fm) => (dateOf(fm) ?? '') > oldestListed).map((fm) => fm.slug);
    expect(newer.filter((slug) => !slugs.includes(slug))).toEqual([]);

    const issues = await tb.page.$$eval('[data-issue-list] li[data-issue]', (lis) =>
      lis.map((li) => ({ id: (li as HTMLElement).dataset.issue, href: li.querySelector('a')?.getAttribute('href') })),
    );
    expect(issues.map((i) => i.id).sort()).toEqual(report.issues.map((i) => i.id).sort());
    for (const issue of issues) expect(issue.href).toBe(`/issues/${issue.id}/`);
    expect(await tb.page.$('link[rel="alternate"][type="application/atom+xml"][href="/feed.xml"]')).not.toBeNull();
  });
});

describe('issue pages', () => {
  it.for(report.issues.map((issue) => [issue.id, issue] as const))(
    '%s lists its notices in printed order with pages',
    async ([id, issue]) => {
      await visit(`/issues/${id}/`);
      expect(squash((await tb.page.textContent('h1')) ?? '')).toBe(squash(issue.title));
      const expected = notices.filter((fm) => fm.issue.id === id).sort((a, b) => a.order - b.order);
      expect(await listedSlugs()).toEqual(expected.map((fm) => fm.slug));

      const pages = await tb.page.$$eval('[data-notice-list] li[data-slug]', (lis) =>
        lis.map((li) => li.querySelector('.nl-pages')?.textContent?.trim() ?? null),
      );
      expected.forEach((fm, i) => {
        const entry = contentsEntry(issue, fm);
        let want: string | null = null;
        if (fm.pages)
          want =
            fm.pages.first === fm.pages.last ? `第 ${fm.pages.first} 页` : `第 ${fm.pages.first}—${fm.pages.last} 页`;
        else if (entry?.page !== undefined) want = `第 ${entry.page} 页起`;
        expect.soft(pages[i], `printed pages of ${fm.slug}`).toBe(want);
      });
      // Every entry of the issue's printed 目录 (the 2017-09 issue has one, the 2017-01 issue none) is a notice here.
      const unmatched = issue.contents.filter((c) => !expected.some((fm) => contentsEntry(issue, fm) === c));
      expect(unmatched.map((c) => c.number ?? c.title)).toEqual([]);
    },
  );

  it('one issue at least has a printed 目录, so pages from the 目录 (第 n 页起) are checked above', () => {
    expect(report.issues.filter((issue) => issue.contents.length > 0).length).toBeGreaterThan(0);
  });

  it('each notice page names and links its issue in the breadcrumb and the metadata block', async () => {
    for (const fm of notices) {
      await visit(`/notices/${fm.slug}/`);
      const found = await tb.page.evaluate(() => ({
        crumbs: Array.from(document.querySelectorAll('.crumbs a'), (a) => [
          a.getAttribute('href'),
          a.textContent?.trim(),
        ]),
        meta: document.querySelector('.gw-meta [data-issue-link]')?.getAttribute('href'),
      }));
      expect.soft(found.crumbs, fm.slug).toContainEqual([`/issues/${fm.issue.id}/`, fm.issue.title]);
      expect.soft(found.meta, fm.slug).toBe(`/issues/${fm.issue.id}/`);
    }
  });
});

describe('index of notices', () => {
  it('/notices/ lists every notice, newest first, undated last', async () => {
    await visit('/notices/');
    const slugs = await listedSlugs();
    expect([...slugs].sort()).toEqual(notices.map((fm) => fm.slug).sort());
    const dates = slugs.map((slug) => dateOf(bySlug.get(slug)!) ?? '');
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
    expect(await tb.page.getAttribute('.sort-toggle a[aria-current="page"]', 'href')).toBe('/notices/');
  });

  it("/notices/by-number/ sorts by 发文字号: the gazette's 机关代字 order (西政发, 西政办发), then year and serial", async () => {
    await visit('/notices/by-number/');
    const slugs = await listedSlugs();
    expect([...slugs].sort()).toEqual(notices.map((fm) => fm.slug).sort());
    const keys = slugs.map((slug) => numberKey(bySlug.get(slug)!));
    expect(keys).toEqual([...keys].sort(compareKeys));
    // Both configured 机关代字 occur, so their order is checked, not only each one's serials.
    expect(GAZETTE.agencies.filter((a) => !keys.some((k) => k[1] === a.code))).toEqual([]);
    expect(await tb.page.getAttribute('.sort-toggle a[aria-current="page"]', 'href')).toBe('/notices/by-number/');
  });

  /** Expected members of each filter value, computed from the frontmatter; its URL code from the label. */
  const issuerLabel = (issuer: string) => {
    const [prefix, short] = GAZETTE.shortNames.find(([p]) => issuer.startsWith(p)) ?? ['', ''];
    return short + issuer.slice(prefix.length);
  };
  const syllables = (text: string, pattern: 'first' | 'pinyin') =>
    (pinyin(text, { pattern, toneType: 'none', type: 'array' }) as string[]).join('').toLowerCase();
  const facets: {
    facet: string;
    label: string;
    value: (fm: NoticeFrontmatter) => string | undefined;
    code: (label: string) => string;
  }[] = [
    {
      facet: 'issuer',
      label: '发文机关',
      value: (fm) => fm.issuer && issuerLabel(fm.issuer),
      code: (label) => syllables(label, 'first'),
    },
    {
      facet: 'genre',
      label: '文种',
      value: (fm) => fm.genre ?? (fm.kind === 'chronicle' ? '大事记' : undefined),
      code: (label) => syllables(label, 'pinyin'),
    },
    {
      facet: 'year',
      label: '年份',
      value: (fm) => {
        const year =
          dateOf(fm)?.slice(0, 4) ?? (fm.kind === 'chronicle' ? /^(\d{4})年/.exec(fm.title)?.[1] : undefined);
        return year && `${year}年`;
      },
      code: (label) => label.slice(0, 4),
    },
    {
      facet: 'status',
      label: '有效性',
      value: (fm) => fm.legal?.status,
      code: (label) => syllables(label, 'pinyin'),
    },
  ];

  it.for(facets.map((f) => [f.facet, f] as const))(
    'filter by %s: every value, its count and its notices',
    async ([facet, { value, code }]) => {
      const expected = new Map<string, string[]>();
      for (const fm of notices) {
        const v = value(fm);
        if (v) expected.set(v, [...(expected.get(v) ?? []), fm.slug]);
      }
      await visit('/notices/');
      const links = await tb.page.$$eval(`.filters [data-facet="${facet}"] a`, (as) =>
        as.map((a) => ({
          href: a.getAttribute('href') ?? '',
          label: a.firstChild?.textContent?.trim() ?? '',
          count: Number(a.querySelector('.count')?.textContent),
        })),
      );
      expect(links.map((l) => l.label).sort()).toEqual([...expected.keys()].sort());
      for (const link of links) {
        const members = expected.get(link.label)!;
        expect.soft(link.count, `count of ${link.label}`).toBe(members.length);
        expect(link.href).toBe(`/notices/by/${facet}/${code(link.label)}/`);

        const byDate = await visitFiltered(link.href, facet, members);
        const dates = byDate.map((slug) => dateOf(bySlug.get(slug)!)).filter(Boolean);
        expect.soft(dates, `${link.href} newest first`).toEqual([...dates].sort().reverse());
        const byNumber = await visitFiltered(`${link.href}by-number/`, facet, members);
        const keys = byNumber.map((slug) => numberKey(bySlug.get(slug)!));
        expect.soft(keys, `${link.href}by-number/ by 发文字号`).toEqual([...keys].sort(compareKeys));
      }
    },
  );

  /** A filtered page: its notices are the value's members, its count says so, and it marks itself current. */
  async function visitFiltered(path: string, facet: string, members: string[]): Promise<string[]> {
    await visit(path);
    const slugs = await listedSlugs();
    expect.soft([...slugs].sort(), path).toEqual([...members].sort());
    expect.soft(await tb.page.getAttribute('.browse-count', 'data-count'), path).toBe(String(members.length));
    // Filter links keep the sort order of the page they are on.
    expect
      .soft(await tb.page.getAttribute(`.filters [data-facet="${facet}"] a[aria-current="page"]`, 'href'), path)
      .toBe(path);
    expect.soft(await tb.page.getAttribute('.sort-toggle a[aria-current="page"]', 'href'), path).toBe(path);
    return slugs;
  }
});

describe('previous / next', () => {
  it('chain every notice by date, oldest to newest, undated last', async () => {
    const links = new Map<string, { prev?: string; next?: string }>();
    for (const fm of notices) {
      await visit(`/notices/${fm.slug}/`);
      links.set(
        fm.slug,
        await tb.page.evaluate(() => ({
          prev: document.querySelector<HTMLElement>('.prev-next a[rel="prev"]')?.dataset.slug,
          next: document.querySelector<HTMLElement>('.prev-next a[rel="next"]')?.dataset.slug,
        })),
      );
    }
    const first = notices.filter((fm) => !links.get(fm.slug)!.prev).map((fm) => fm.slug);
    expect(first.length, 'notices without 上一篇').toBe(1);
    const chain: string[] = [];
    for (
      let slug: string | undefined = first[0];
      slug && chain.length <= notices.length;
      slug = links.get(slug)?.next
    ) {
      chain.push(slug);
    }
    expect([...chain].sort()).toEqual(notices.map((fm) => fm.slug).sort());
    chain.forEach((slug, i) => {
      if (i > 0) expect(links.get(slug)!.prev, `上一篇 of ${slug}`).toBe(chain[i - 1]);
    });
    const dates = chain.map((slug) => dateOf(bySlug.get(slug)!) ?? '');
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });
});

describe('notice page tools', () => {
  const numbered = notices.find((fm) => fm.kind === 'notice' && fm.docNumber);
  if (!numbered) throw new Error('no notice with a 发文字号 in content/: the tools are tested on one');
  const slug = numbered.slug;

  it('字号 small / medium / large is applied, remembered and set again before the first paint', async () => {
    await visit(`/notices/${slug}/`);
    await tb.page.evaluate(() => localStorage.removeItem('gw-fs'));
    await tb.page.reload();
    const size = () => tb.page.$eval('.gw-doc', (el) => parseFloat(getComputedStyle(el).fontSize));
    const medium = await size();
    expect(await tb.page.getAttribute('.tool-fs button[value="m"]', 'aria-pressed')).toBe('true');

    await tb.page.click('.tool-fs button[value="l"]');
    expect(await tb.page.getAttribute('html', 'data-fs')).toBe('l');
    expect(await tb.page.getAttribute('.tool-fs button[value="l"]', 'aria-pressed')).toBe('true');
    expect(await size()).toBeGreaterThan(medium);
    await tb.page.click('.tool-fs button[value="s"]');
    expect(await size()).toBeLessThan(medium);

    // The saved size is on <html> before the body is parsed: an inline script in <head> sets it.
    await tb.page.click('.tool-fs button[value="l"]');
    const other = notices.find((fm) => fm.slug !== slug)!.slug;
    await tb.page.goto(siteUrl(`/notices/${other}/`), { waitUntil: 'commit' });
    await tb.page.waitForSelector('body', { state: 'attached' });
    expect(await tb.page.evaluate(() => document.documentElement.dataset.fs)).toBe('l');
    const headScript = await tb.page.$eval('head', (head) =>
      Array.from(head.querySelectorAll('script:not([src]):not([type])'), (s) => s.textContent ?? '').join(''),
    );
    expect(headScript).toContain('gw-fs');
    await tb.page.evaluate(() => localStorage.removeItem('gw-fs'));
  });

  it('copies the link of the page', async () => {
    await tb.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    await visit(`/notices/${slug}/#main`);
    await tb.page.click('[data-copy-link]');
    await tb.page.waitForFunction(() => document.querySelector('[data-tool-status]')?.textContent !== '');
    expect(await tb.page.textContent('[data-tool-status]')).toBe('链接已复制');
    expect(await tb.page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`/notices/${slug}/`));
  });

  it('keeps all scripts of a notice page under 1 KB gzipped', async () => {
    const html = readFileSync(join(DIST_DIR, 'notices', slug, 'index.html'), 'utf8');
    let code = '';
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(attrs!)) continue;
      const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
      code += src ? readFileSync(join(DIST_DIR, src), 'utf8') : body;
    }
    expect(code.length).toBeGreaterThan(0);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(1024);
  });

  it('shows no tools and no empty reference panels without JavaScript', async () => {
    const context = await tb.browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(new URL(siteUrl()).origin) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(siteUrl(`/notices/${slug}/`));
    expect(await page.isVisible('[data-notice-tools]')).toBe(false);
    const fm = bySlug.get(slug)!;
    expect(await page.$$('[data-refs="cites"]')).toHaveLength((fm.cites ?? []).length > 0 ? 1 : 0);
    expect(await page.$$('[data-refs="citedBy"]')).toHaveLength((fm.citedBy ?? []).length > 0 ? 1 : 0);
    await context.close();
  });
});

describe('reference panels', () => {
  it('本文引用 and 引用本文 follow the frontmatter: links where the gazette has the document, <cite> elsewhere; not indexed, not printed', async () => {
    for (const fm of notices) {
      await visit(`/notices/${fm.slug}/`);
      const found = await tb.page.evaluate(() => {
        const read = (name: string) => {
          const panel = document.querySelector<HTMLElement>(`[data-refs="${name}"]`);
          if (!panel) return null;
          return {
            ignored: panel.closest('[data-pagefind-ignore]') !== null,
            items: Array.from(panel.querySelectorAll('li'), (li) => ({
              href: li.querySelector('a')?.getAttribute('href') ?? null,
              cite: li.querySelector('cite')?.textContent ?? null,
              text: li.textContent ?? '',
            })),
          };
        };
        return { cites: read('cites'), citedBy: read('citedBy') };
      });
      const cites = fm.cites ?? [];
      const citedBy = fm.citedBy ?? [];
      if (cites.length === 0) expect.soft(found.cites, `${fm.slug}: empty 本文引用 shown`).toBeNull();
      else {
        expect.soft(found.cites?.ignored, fm.slug).toBe(true);
        expect.soft(found.cites?.items.length, fm.slug).toBe(cites.length);
        cites.forEach((cite, i) => {
          const item = found.cites?.items[i];
          if (cite.href) expect.soft(item?.href, `${fm.slug} cite ${i}`).toBe(cite.href);
          else expect.soft(item?.cite, `${fm.slug} cite ${i}`).toBe(cite.text.replace(/\s*[\r\n]+\s*/g, ''));
          // A citation without a 发文字号 is known by its text alone (checked just above).
          if (cite.docNumber) expect.soft(squash(item?.text ?? '')).toContain(cite.docNumber);
        });
      }
      if (citedBy.length === 0) expect.soft(found.citedBy, `${fm.slug}: empty 引用本文 shown`).toBeNull();
      else {
        expect.soft(found.citedBy?.ignored, fm.slug).toBe(true);
        expect
          .soft(
            found.citedBy?.items.map((item) => item.href),
            fm.slug,
          )
          .toEqual(citedBy.map((ref) => `/notices/${ref.slug}/`));
      }
      // Only panels that are there can be hidden in print; the last expectation below makes sure some are.
      if (found.cites || found.citedBy) {
        await tb.page.emulateMedia({ media: 'print' });
        expect.soft(await tb.page.isVisible('[data-refs]'), `${fm.slug}: panels printed`).toBe(false);
        await tb.page.emulateMedia({ media: 'screen' });
      }
    }
    expect(notices.filter((fm) => (fm.cites ?? []).length + (fm.citedBy ?? []).length > 0).length).toBeGreaterThan(0);
  });
});

describe('大事记', () => {
  const chronicles = notices.filter((fm) => fm.kind === 'chronicle');

  it('is in the content (the tests below are one per 大事记)', () => {
    expect(chronicles.length).toBeGreaterThan(0);
  });

  it.for(chronicles.map((fm) => [fm.slug, fm] as const))(
    '%s lists each entry under its day and month',
    async ([slug, fm]) => {
      await visit(`/notices/${slug}/`);
      const months = await tb.page.$$eval('.gw-body h2[id]', (hs) => hs.map((h) => h.id));
      expect(months).toEqual(fm.toc.map((t) => t.id));
      const days = await tb.page.$$eval('.gw-body dl.dsj-days > .dsj-day', (groups) =>
        groups.map((g) => ({
          dt: g.querySelectorAll('dt').length,
          dd: g.querySelectorAll('dd').length,
          day: g.querySelector('dt')?.textContent ?? '',
        })),
      );
      expect(days.length).toBeGreaterThan(0);
      for (const day of days) {
        expect(day.dt).toBe(1);
        // Every entry keeps the day it is printed with.
        expect(day.dd).toBe(1);
        expect(day.day).toMatch(/^\d{1,2}日/);
      }
      expect(await tb.page.$$eval('.gw-body > p, .gw-body > h2 + p', (ps) => ps.length)).toBe(0);
    },
  );
});

describe('feeds and open data', () => {
  it('notices.json has every notice with its URL and metadata, without toc', async () => {
    const response = await fetch(siteUrl('/notices.json'));
    expect(response.status).toBe(200);
    const data = (await response.json()) as { notices: (NoticeFrontmatter & { url: string })[] };
    expect(data.notices.map((n) => n.slug).sort()).toEqual(notices.map((fm) => fm.slug).sort());
    for (const n of data.notices) {
      const fm = bySlug.get(n.slug)!;
      expect.soft(new URL(n.url).pathname).toBe(`/notices/${n.slug}/`);
      expect.soft(n).not.toHaveProperty('toc');
      expect.soft(n.title).toBe(fm.title);
      expect.soft(n.docNumber).toBe(fm.docNumber);
      expect.soft(n.issue.id).toBe(fm.issue.id);
      expect.soft(Array.isArray(n.cites) && Array.isArray(n.citedBy)).toBe(true);
      // 有效性 as the frontmatter has it, and in the JSON-LD's words.
      expect.soft(n.legal, n.slug).toEqual(fm.legal);
      const force = (n as { legislationLegalForce?: string }).legislationLegalForce;
      expect.soft(force, n.slug).toBe(fm.legal?.force ? `https://schema.org/${fm.legal.force}` : undefined);
      expect.soft((n as { expires?: string }).expires, n.slug).toBe(fm.legal?.validUntil);
    }
  });

  it('feed.xml is Atom with the dated notices, newest first', async () => {
    const response = await fetch(siteUrl('/feed.xml'));
    expect(response.status).toBe(200);
    const xml = await response.text();
    await visit('/');
    const feed = await tb.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        entries: Array.from(doc.getElementsByTagNameNS(ns, 'entry'), (e) => ({
          title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? '',
          id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
          summary: e.getElementsByTagNameNS(ns, 'summary')[0]?.textContent ?? '',
          force: e.getElementsByTagNameNS('https://schema.org/', 'legislationLegalForce')[0]?.textContent ?? null,
          expires: e.getElementsByTagNameNS('https://schema.org/', 'expires')[0]?.textContent ?? null,
        })),
      };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    const dated = notices.filter((fm) => fm.printedDate ?? fm.signedDate);
    expect(feed.entries.length).toBe(dated.length);
    const updated = feed.entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const entry of feed.entries) {
      const slug = /\/notices\/([^/]+)\/$/.exec(entry.link)?.[1] ?? '';
      const fm = bySlug.get(slug);
      expect(fm, entry.link).toBeDefined();
      expect.soft(entry.id).toBe(entry.link);
      expect.soft(entry.title).toBe(fm!.title.replace(/\s*[\r\n]+\s*/g, ''));
      expect.soft(entry.updated.slice(0, 10)).toBe(fm!.printedDate ?? fm!.signedDate);
      expect.soft(entry.summary).toContain(fm!.docNumber ?? '无文号');
      if (fm!.legal) expect.soft(entry.summary).toContain(`有效性：${fm!.legal.status}`);
      expect.soft(entry.force, slug).toBe(fm!.legal?.force ? `https://schema.org/${fm!.legal.force}` : null);
      expect.soft(entry.expires, slug).toBe(fm!.legal?.validUntil ?? null);
    }
  });
});

describe('small screens', () => {
  it.for([
    '/',
    '/notices/',
    '/issues/',
    ...report.issues.map((issue) => `/issues/${issue.id}/`),
    ...notices.map((fm) => `/notices/${fm.slug}/`),
  ])('%s has no horizontal scroll at 360 px, also with the large 字号', async (path) => {
    await tb.page.setViewportSize({ width: 360, height: 740 });
    try {
      await visit(path);
      await tb.page.evaluate(() => localStorage.setItem('gw-fs', 'l'));
      await tb.page.reload();
      const overflow = await tb.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await tb.page.evaluate(() => localStorage.removeItem('gw-fs'));
      await tb.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('no request left the local server and no script failed', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
