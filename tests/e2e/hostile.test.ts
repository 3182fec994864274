/**
 * Hostile text in a seed renders as text: a copy of one notice of the seeds, with script tags,
 * MDX expressions, import/export lines, HTML entities and Markdown syntax inserted into its
 * title and body, is built into a temporary site (tests/support/site-build.ts) and read in
 * Chromium. The page must show every line literally, and no script of the seed may run.
 *
 * By design `**…**`, `_{…}` and `^{…}` are the extraction's bold, subscript and superscript
 * markup (src/pipeline/structure/inlines.ts): a paired `**x**` becomes <strong>x</strong>;
 * an unpaired `**` stays literal. Both are asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { buildSite, type SiteBuild } from '../support/site-build.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const SEED = fileURLToPath(new URL('../../seeds/002_9a097e546c93f54c.txt', import.meta.url));
const NUMBER = '西政办发〔2017〕21号';

/** Lines that must show as written; each sets window.__pwned if it ever runs. */
const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '{window.__pwned = "expression"}',
  '{/* 注释 */}',
  'import pwned from "./pwned.js"',
  'export const pwned = (window.__pwned = "export")',
  '&lt;不是标签&gt; &amp; &#60;script&#62; &nbsp;',
  '# 不是标题',
  '星号**不成对',
  '[不是链接](javascript:window.__pwned="link")',
  '| 不是 | 表格 |',
  '<style>body { display: none }</style>',
  '</div></article><h1>伪造的标题</h1>',
  '`不是代码` ~~不是删除线~~ <!-- 不是注释 -->',
  '控制字符\u0001\u000b和\u2028分隔符',
];
const TITLE_INSERT = '<script>window.__pwned="title"</script>{title}&amp;';

let site: SiteBuild;
let server: StaticServer;
let tb: TestBrowser;
let seedsDir: string;
let slug: string;
let title: string;
const consoleErrors: string[] = [];
const dialogs: string[] = [];

/** The notice's own lines from the seed, with the hostile text inserted. */
function hostileSeed(): { text: string; title: string } {
  const text = readFileSync(SEED, 'utf8');
  const notice = parseIssue({ name: '002.txt', text }, scanTables).notices.find(
    (n) => n.meta.docNumber?.text === NUMBER,
  );
  if (!notice) throw new Error(`${NUMBER} is not in ${SEED}`);
  const lines = text.split('\n').slice(notice.source.line - 1, notice.source.endLine);
  const numberAt = lines.findIndex((l) => l.trim() === NUMBER);
  const titleAt = lines.findIndex((l, i) => i > numberAt && l.trim() !== '');
  lines[titleAt] = lines[titleAt]!.replace('关于', `关于${TITLE_INSERT}`);
  const recipientsAt = lines.findIndex((l, i) => i > titleAt && /[：:]\s*$/.test(l));
  lines.splice(recipientsAt + 1, 0, ...HOSTILE.flatMap((l) => ['', l]), '', '这是**成对的粗体**。');
  const out = `${lines.join('\n')}\n`;
  // The title as the parser reads it (it drops the extraction's space inside the title line).
  const parsed = parseIssue({ name: 'hostile.txt', text: out }, scanTables).notices[0]!.meta.title;
  if (!parsed.includes(TITLE_INSERT)) throw new Error(`the hostile title did not survive parsing: ${parsed}`);
  return { text: out, title: parsed };
}

beforeAll(async () => {
  seedsDir = mkdtempSync(join(tmpdir(), 'gazette-hostile-seeds-'));
  const seed = hostileSeed();
  title = seed.title;
  writeFileSync(join(seedsDir, 'hostile.txt'), seed.text);
  site = await buildSite({ seedsDir });
  slug = readdirSync(join(site.content, 'notices'))[0]!.replace(/\.mdx$/, '');
  server = await startStaticServer(site.dist);
  tb = await openBrowser(server.url);
  tb.context.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.location().url}: ${m.text()}`);
  });
  tb.context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 240_000);

afterAll(async () => {
  await tb?.close();
  await server?.close();
  site?.remove();
  if (seedsDir) rmSync(seedsDir, { recursive: true, force: true });
});

const squash = (s: string) => s.replace(/\s+/g, '');

async function pwned(): Promise<unknown> {
  return tb.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('hostile text in a seed', () => {
  it('the build published the one notice', () => {
    expect(readdirSync(join(site.content, 'notices'))).toEqual([`${slug}.mdx`]);
  });

  it('shows every hostile line literally on the notice page and runs none of it', async () => {
    const response = await tb.page.goto(`${server.url}/notices/${slug}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await pwned()).toBeUndefined();
    const page = await tb.page.evaluate(() => {
      const article = document.querySelector('article')!;
      return {
        text: article.textContent ?? '',
        h1: Array.from(document.querySelectorAll('h1'), (h) => h.textContent ?? ''),
        headings: Array.from(article.querySelectorAll('h2, h3, h4, h5, h6'), (h) => h.textContent ?? ''),
        // The site's own scripts are fine; a script holding seed text is not (JSON-LD is data).
        seedScripts: Array.from(document.scripts)
          .filter((s) => s.type !== 'application/ld+json' && (s.textContent ?? '').includes('__pwned'))
          .map((s) => s.outerHTML),
        articleElements: Array.from(
          article.querySelectorAll('img, style, script, iframe, table, code, del, a[href^="javascript:"]'),
          (e) => e.outerHTML,
        ),
        strong: Array.from(article.querySelectorAll('strong'), (s) => s.textContent),
        title: document.title,
        jsonLd: document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
      };
    });
    for (const line of HOSTILE) expect.soft(squash(page.text), line).toContain(squash(line));
    expect.soft(page.articleElements, 'elements made from seed text').toEqual([]);
    expect.soft(page.seedScripts, 'scripts made from seed text').toEqual([]);
    expect.soft(page.h1).toEqual([title]);
    expect.soft(page.headings.filter((h) => h.includes('不是标题') || h.includes('伪造'))).toEqual([]);
    expect.soft(page.strong, 'paired ** is the extraction’s bold markup').toEqual(['成对的粗体']);
    expect.soft(page.title.startsWith(title)).toBe(true);
    expect.soft((JSON.parse(page.jsonLd) as { name: string }).name).toBe(title);
    expect(await pwned()).toBeUndefined();
  });

  it('shows the hostile title literally in the home page list', async () => {
    await tb.page.goto(`${server.url}/`, { waitUntil: 'load' });
    const titles = await tb.page.$$eval('[data-notice-list] li[data-slug] .nl-title', (els) =>
      els.map((e) => e.textContent),
    );
    expect(titles).toEqual([title]);
    expect(await pwned()).toBeUndefined();
  });

  it('shows search results for hostile text as text', async () => {
    await tb.page.goto(`${server.url}/search/?q=${encodeURIComponent('pwned')}`, { waitUntil: 'load' });
    await tb.page.waitForFunction(
      () => !/正在搜索|请在/.test(document.getElementById('search-status')?.textContent ?? '正在搜索'),
      undefined,
      { timeout: 20_000 },
    );
    const results = await tb.page.$$eval('[data-search-results] li', (lis) =>
      lis.map((li) => ({ text: li.textContent ?? '', elements: li.querySelectorAll('script, img, style').length })),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.elements === 0)).toBe(true);
    expect(results[0]!.text).toContain(title);
    expect(await pwned()).toBeUndefined();
  });

  it('no script error, console error or dialog on any page, no request left the server', () => {
    expect(tb.pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(tb.blocked).toEqual([]);
  });
});
