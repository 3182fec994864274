/**
 * 有效性 on the built site, in Chromium (issue 16):
 *
 *  - the site of the seeds (global setup): every notice page's metadata block has the status line
 *    of its frontmatter `legal` with the day it is computed for, the badge that is the page's
 *    Pagefind filter `有效性`, the 施行日期 and 有效期 it states, and each document it repeals —
 *    a link for a notice of the gazette, a <cite> with its number otherwise; lists carry the badge;
 *    Pagefind's 有效性 filter counts what the frontmatter says; nothing is called 有效 (or
 *    InForce) without a 有效期;
 *  - a site built from two notices of the seeds, one edited to repeal the other, with
 *    SOURCE_DATE_EPOCH on a day in 2018: the repealed notice is 已废止 with a link to the repealing
 *    one and back, and every page says it was computed on that day.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import type { NoticeFrontmatter } from '../../src/schemas/notice.ts';
import type { Page } from 'playwright-core';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { buildSite, type SiteBuild } from '../support/site-build.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const notices = readNotices().map((n) => n.frontmatter);
const bySlug = new Map(notices.map((fm) => [fm.slug, fm]));
const withStatus = notices.filter((fm) => fm.legal);
const squash = (text: string) => text.replace(/\s+/g, '');
/** `2017-06-06` → `2017年6月6日`, computed here rather than by the site's helper. */
const cn = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

interface ShownStatus {
  status: string | null;
  article: string | null;
  filter: string | null;
  line: string;
  asOf: string | null;
  effective: string | null;
  validity: string;
  relations: Record<string, { href: string | null; cite: string | null; text: string }[]>;
  /** The page's JSON-LD (site.test.ts checks its status fields on the seeds' site). */
  jsonLd: Record<string, unknown>;
}

/** What a notice page shows of its status. */
function readStatus(page: Page): Promise<ShownStatus> {
  return page.evaluate(() => {
    const dd = document.querySelector<HTMLElement>('.gw-meta dd[data-legal-status]');
    const relations: ShownStatus['relations'] = {};
    for (const ul of document.querySelectorAll<HTMLElement>('.gw-meta ul[data-relation]')) {
      relations[ul.dataset.relation!] = Array.from(ul.querySelectorAll('li'), (li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? null,
        cite: li.querySelector('cite')?.textContent ?? null,
        text: li.textContent ?? '',
      }));
    }
    return {
      status: dd?.dataset.legalStatus ?? null,
      article: document.querySelector<HTMLElement>('article')?.dataset.legalStatus ?? null,
      filter: dd?.querySelector('[data-pagefind-filter]')?.getAttribute('data-pagefind-filter') ?? null,
      line: dd?.textContent ?? '',
      asOf: dd?.querySelector('time')?.getAttribute('datetime') ?? null,
      effective: document.querySelector('.gw-meta [data-legal-effective] time')?.getAttribute('datetime') ?? null,
      validity: document.querySelector('.gw-meta [data-legal-validity]')?.textContent ?? '',
      relations,
      jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
    };
  });
}

/** The expected rendering of one related document: a link when in the gazette, else a <cite> and its number. */
function expectRelation(
  shown: { href: string | null; cite: string | null; text: string } | undefined,
  doc: { slug?: string; title?: string; docNumber?: string; text: string },
  where: string,
) {
  if (doc.slug) expect.soft(shown?.href, where).toBe(`/notices/${doc.slug}/`);
  else {
    expect.soft(shown?.href, `${where}: a document outside the gazette is not a link`).toBeNull();
    expect.soft(shown?.cite, where).toBe(doc.title ? `《${doc.title}》` : (doc.docNumber ?? doc.text));
  }
  if (doc.docNumber) expect.soft(squash(shown?.text ?? ''), where).toContain(doc.docNumber);
}

describe('the site of the seeds', () => {
  it('gives every notice but the 大事记 a status, all computed on one day', () => {
    expect(notices.filter((fm) => !fm.legal).map((fm) => fm.kind)).toEqual(['chronicle']);
    const days = new Set(withStatus.map((fm) => fm.legal!.asOf));
    expect(days.size).toBe(1);
    // The build day is not before the newest notice of the seeds.
    const newest = notices
      .map((fm) => fm.printedDate ?? fm.signedDate ?? '')
      .sort()
      .at(-1)!;
    expect([...days][0]! >= newest).toBe(true);
  });

  it('calls nothing 有效, and claims InForce for nothing, without a 有效期 the text states', () => {
    expect(withStatus.filter((fm) => fm.legal!.status === '有效' && !fm.legal!.validity).map((fm) => fm.slug)).toEqual(
      [],
    );
    expect(withStatus.filter((fm) => (fm.legal!.force === 'InForce') !== (fm.legal!.status === '有效'))).toEqual([]);
    expect(withStatus.filter((fm) => fm.legal!.status === '未标注有效期' && fm.legal!.force)).toEqual([]);
  });

  it('reads 西政发〔2017〕12号 as five years from 2017-06-06, 有效 or 已失效 by the build day', () => {
    const fm = notices.find((n) => n.docNumber === '西政发〔2017〕12号')!;
    expect(fm.legal).toMatchObject({ effective: '2017-06-06', validity: '有效期5年', validUntil: '2022-06-05' });
    expect(fm.legal!.status).toBe(fm.legal!.asOf > '2022-06-05' ? '已失效' : '有效');
  });

  it.for(withStatus.map((fm) => [fm.slug, fm] as const))(
    '%s shows its status line, its filter, its dates and its relations',
    async ([slug, fm]) => {
      const legal = fm.legal!;
      const response = await tb.page.goto(siteUrl(`/notices/${slug}/`), { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const shown = await readStatus(tb.page);
      expect(shown.status).toBe(legal.status);
      expect.soft(shown.article).toBe(legal.status);
      expect.soft(shown.filter).toBe(`有效性:${legal.status}`);
      expect.soft(shown.asOf).toBe(legal.asOf);
      expect.soft(squash(shown.line)).toContain(`按${cn(legal.asOf)}计算`);
      if (legal.validUntil) expect.soft(squash(shown.validity)).toContain(cn(legal.validUntil));
      expect.soft(shown.effective).toBe(legal.effective ?? null);
      expect.soft((shown.relations.repeals ?? []).length, 'repeals shown').toBe(legal.repeals.length);
      legal.repeals.forEach((doc, i) => expectRelation(shown.relations.repeals?.[i], doc, `${slug} repeals ${i}`));
      expect
        .soft((shown.relations.repealedBy ?? []).map((r) => r.href))
        .toEqual(legal.repealedBy.map((r) => `/notices/${r.slug}/`));
    },
  );

  it('cites 西政办发〔2016〕28号, which 西政办发〔2017〕21号 repeals, with its number and no link', async () => {
    const fm = notices.find((n) => n.docNumber === '西政办发〔2017〕21号')!;
    await tb.page.goto(siteUrl(`/notices/${fm.slug}/`), { waitUntil: 'load' });
    const [repealed] = (await readStatus(tb.page)).relations.repeals ?? [];
    expect(repealed?.href).toBeNull();
    expect(repealed?.cite).toBe('《北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知》');
    expect(squash(repealed?.text ?? '')).toContain('西政办发〔2016〕28号');
  });

  it('shows the badge in the lists: each notice’s status, none for the 大事记', async () => {
    await tb.page.goto(siteUrl('/notices/'), { waitUntil: 'load' });
    const badges = await tb.page.$$eval('[data-notice-list] li[data-slug]', (lis) =>
      lis.map((li) => [(li as HTMLElement).dataset.slug!, li.querySelector('.legal-badge')?.textContent ?? null]),
    );
    expect(badges.length).toBe(notices.length);
    for (const [slug, badge] of badges) expect.soft(badge, slug!).toBe(bySlug.get(slug!)!.legal?.status ?? null);
  });

  it('gives Pagefind a 有效性 filter with as many pages per value as the frontmatter', async () => {
    await tb.page.goto(siteUrl('/'), { waitUntil: 'load' });
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const filters = (await tb.page.evaluate(
      `import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.init(); return pagefind.filters(); })`,
    )) as Record<string, Record<string, number>>;
    const want: Record<string, number> = {};
    for (const fm of withStatus) want[fm.legal!.status] = (want[fm.legal!.status] ?? 0) + 1;
    const got = Object.fromEntries(Object.entries(filters['有效性'] ?? {}).filter(([, n]) => n > 0));
    expect(got).toEqual(want);
  });

  it('no request left the local server and no script failed', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});

/* ------------------------------------------------------------ a repeal within the gazette */

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** 2018-05-01 00:00 UTC: 有效 for 西政发〔2017〕12号 by its own 有效期, so only the repeal can end it. */
const EPOCH_2018 = '1525132800';
const REPEALED = '西政发〔2017〕12号';
const REPEALING = '西政办发〔2017〕21号';
const OLD_SENTENCE =
  '原《北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知》（西政办发〔2016〕28号）同时废止。';
const NEW_SENTENCE =
  '原《北京市西城区人民政府关于印发北京市西城区财政科技专项项目管理办法的通知》（西政发〔2017〕12号）同时废止。';

/** One notice's lines of a seed file, as printed. */
function noticeLines(file: string, number: string): string {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const notice = parseIssue({ name: file, text }, scanTables).notices.find((n) => n.meta.docNumber?.text === number);
  if (!notice) throw new Error(`${number} is not in ${file}`);
  return `${text
    .split('\n')
    .slice(notice.source.line - 1, notice.source.endLine)
    .join('\n')}\n`;
}

describe('a notice repealed by another notice of the gazette, on a day set by SOURCE_DATE_EPOCH', () => {
  let seedsDir: string;
  let site: SiteBuild;
  let server: StaticServer;
  let own: TestBrowser;
  const built = new Map<string, NoticeFrontmatter>();

  beforeAll(async () => {
    seedsDir = mkdtempSync(join(tmpdir(), 'gazette-status-seeds-'));
    writeFileSync(join(seedsDir, 'a.txt'), noticeLines('000_7a2722ca8f5c3fbc.txt', REPEALED));
    const repealing = noticeLines('002_9a097e546c93f54c.txt', REPEALING);
    if (!repealing.includes(OLD_SENTENCE)) throw new Error(`${REPEALING} no longer prints its repeal sentence`);
    writeFileSync(join(seedsDir, 'b.txt'), repealing.replace(OLD_SENTENCE, NEW_SENTENCE));
    site = await buildSite({ seedsDir, search: false, env: { SOURCE_DATE_EPOCH: EPOCH_2018 } });
    for (const fm of readNotices(join(site.content, 'notices')).map((n) => n.frontmatter)) built.set(fm.docNumber!, fm);
    server = await startStaticServer(site.dist);
    own = await openBrowser(server.url);
  }, 240_000);

  afterAll(async () => {
    await own?.close();
    await server?.close();
    site?.remove();
    if (seedsDir) rmSync(seedsDir, { recursive: true, force: true });
  });

  async function show(number: string): Promise<ShownStatus> {
    const response = await own.page.goto(`${server.url}/notices/${built.get(number)!.slug}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return readStatus(own.page);
  }

  it('computes every status on the day of SOURCE_DATE_EPOCH and says so on the page', async () => {
    expect([...built.values()].map((fm) => fm.legal?.asOf)).toEqual(['2018-05-01', '2018-05-01']);
    const shown = await show(REPEALED);
    expect(shown.asOf).toBe('2018-05-01');
    expect(squash(shown.line)).toContain('按2018年5月1日计算');
  });

  it('shows the repealed notice 已废止, not NotInForce by its 有效期, with a link to the repealing one', async () => {
    const shown = await show(REPEALED);
    expect(shown.status).toBe('已废止');
    expect(squash(shown.line)).toContain(`已被${REPEALING}废止（自2017年9月22日起）`);
    expect(shown.relations.repealedBy?.map((r) => r.href)).toEqual([`/notices/${built.get(REPEALING)!.slug}/`]);
    expect(shown.jsonLd.legislationLegalForce).toBe('https://schema.org/NotInForce');
    expect(shown.jsonLd.expires).toBe('2022-06-05');
  });

  it('shows the repealing notice’s 本文废止 as a link, and its JSON-LD legislationChanges with the address', async () => {
    const shown = await show(REPEALING);
    expect(shown.relations.repeals?.map((r) => [r.href, r.cite])).toEqual([
      [`/notices/${built.get(REPEALED)!.slug}/`, null],
    ]);
    expect(shown.jsonLd.legislationChanges).toEqual([
      {
        '@type': 'Legislation',
        name: '北京市西城区人民政府关于印发北京市西城区财政科技专项项目管理办法的通知',
        legislationIdentifier: REPEALED,
        url: expect.stringMatching(new RegExp(`/notices/${built.get(REPEALED)!.slug}/$`)),
      },
    ]);
    expect(shown.jsonLd.legislationLegalForce).toBeUndefined();
  });

  it('lists the 已废止 facet with the repealed notice', async () => {
    await own.page.goto(`${server.url}/notices/by/status/yifeizhi/`, { waitUntil: 'load' });
    const slugs = await own.page.$$eval('[data-notice-list] li[data-slug]', (lis) =>
      lis.map((li) => (li as HTMLElement).dataset.slug),
    );
    expect(slugs).toEqual([built.get(REPEALED)!.slug]);
    expect(own.blocked).toEqual([]);
    expect(own.pageErrors).toEqual([]);
  });
});
