/**
 * What a first search costs a reader: `node bench/search.ts` (after `npm run build`; builds
 * nothing itself).
 *
 * Serves dist/ with the tests' static server, and for each query opens /search/?q=… in a fresh
 * Chromium context (empty cache, no network beyond the local server), as a reader following a
 * search link would. Reports
 *   - the bytes the first search downloads: every response the search page gets after its HTML
 *     and CSS — its scripts (/_astro/*.js, including chunks loaded on demand), the search index
 *     (/search-index/) and anything of Pagefind's (/pagefind/) — split into code and data; and
 *     the same bodies gzip-compressed as a compressing static host would send them (the test
 *     server does not compress; files that are gzip data already count as they are);
 *   - the time to first results: from navigation start to the moment the results are on screen
 *     (the page's `gazette-search-results` performance mark), median of RUNS runs, for the eight
 *     queries of DEFAULT_QUERIES.
 * The queries are those of the search-quality test (tests/support/search-queries.ts), each once:
 * the figures the issue's limits are about are the median and the maximum over them
 * (LIMITS); the table shows the eight representative queries and the costliest ones.
 * Prints the table and writes bench/search-results.json (git-ignored).
 *
 * Options: `--runs N` (time runs of the representative queries, default 3), `--query Q`
 * (repeatable; only these), `--dist DIR` (another built site, e.g. an older commit's).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';
import { readNotices } from '../tests/support/content.ts';
import { NOTICES_DIR } from '../tests/support/paths.ts';
import { readIndexedTexts } from '../tests/support/search-oracle.ts';
import { buildQueries } from '../tests/support/search-queries.ts';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'bench', 'search-results.json');

/** Queries measured at the same time (bytes only): the measuring machine has two cores. */
const PARALLEL = 3;
/** Issue 13: a first search, gzipped, at the median of the test's queries and for any query. */
const LIMITS = { medianKB: 150, maxKB: 300 };

/** One query of each way a reader searches. */
const DEFAULT_QUERIES: { query: string; what: string }[] = [
  { query: '垃圾分类', what: 'two words' },
  { query: '老旧居民住宅电梯更新工程', what: 'long phrase' },
  { query: '区人民检察院', what: 'phrase on most pages' },
  { query: '西政办发〔2017〕7号', what: '发文字号' },
  { query: '96119', what: 'number' },
  { query: 'PM2.5', what: 'Latin' },
  { query: '水', what: 'one character' },
  { query: '量子计算机', what: 'no match' },
  { query: '冰雪 运动 规划', what: 'keywords' },
  { query: '消防规划', what: 'words typed together' },
  { query: '垃圾分類', what: 'traditional' },
];

/** Code: the same download whatever the query (the search page's scripts, Pagefind's code). */
const CODE =
  /^\/_astro\/.*\.js$|\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind|pagefind-entry\.json)$/;
/** What a search loads: scripts, the search index, Pagefind's files (not the page's HTML, CSS or icon). */
const SEARCH = /^\/_astro\/.*\.js$|^\/search-index\/|^\/pagefind\//;

interface Run {
  /** Bytes as served (the index and Pagefind's files are gzip data already). */
  bytes: number;
  /** What a static host that compresses sends: gzip of each body (files already gzipped as they are). */
  gzip: number;
  codeGzip: number;
  /** Paths fetched more than once. */
  repeated: string[];
  requests: number;
  /** Gzipped bytes by kind: code, meta, shards, text, pagefind. */
  byKind: Record<string, number>;
  ms: number;
  hits: number;
  mode: string;
}

function args(argv: string[]) {
  let runs = 3;
  let dist = join(ROOT, 'dist');
  const queries: { query: string; what: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--query') queries.push({ query: argv[++i] ?? '', what: 'given' });
    else if (argv[i] === '--dist') dist = resolve(argv[++i] ?? dist);
  }
  return { runs, dist, given: queries };
}

function kindOf(path: string): string {
  if (CODE.test(path)) return 'code';
  if (path.startsWith('/search-index/shard/')) return 'shards';
  if (path.startsWith('/search-index/text/')) return 'text';
  if (path.startsWith('/search-index/')) return 'meta';
  return 'pagefind';
}

/** A body as a compressing static host sends it: gzip (level 6), unless it is gzip data already. */
function gzipSize(body: Buffer): number {
  if (body[0] === 0x1f && body[1] === 0x8b) return body.length;
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

async function oneRun(browser: Browser, server: StaticServer, dist: string, query: string, blocked: string[]) {
  const context: BrowserContext = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === server.url) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const from = server.log.length;
  const page = await context.newPage();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  const mark = await page.waitForFunction(
    () => {
      const entry = performance.getEntriesByName('gazette-search-results')[0] as PerformanceMark | undefined;
      return entry
        ? { ms: entry.startTime, detail: entry.detail as { hits: number; mode?: string; route?: string } }
        : null;
    },
    null,
    { timeout: 30_000 },
  );
  const { ms, detail } = (await mark.jsonValue())!;
  // Let the last responses finish.
  await page.waitForLoadState('networkidle');
  await context.close();
  // Counted on the server, as the browser reports no size for a worker script.
  const served = server.log
    .slice(from)
    .map((entry) => ({ ...entry, path: decodeURIComponent(new URL(entry.path, server.url).pathname) }))
    .filter((entry) => entry.status === 200 && SEARCH.test(entry.path));
  const run: Run = {
    bytes: 0,
    gzip: 0,
    codeGzip: 0,
    repeated: [],
    requests: served.length,
    byKind: {},
    ms,
    hits: detail.hits,
    mode: detail.mode ?? detail.route ?? '',
  };
  const seen = new Set<string>();
  for (const entry of served) {
    if (seen.has(entry.path)) run.repeated.push(entry.path);
    seen.add(entry.path);
    const body = readFileSync(join(dist, entry.path));
    const gz = gzipSize(body);
    const kind = kindOf(entry.path);
    run.byKind[kind] = (run.byKind[kind] ?? 0) + gz;
    run.bytes += body.length;
    run.gzip += gz;
    if (kind === 'code') run.codeGzip += gz;
  }
  return run;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => (n / 1024).toFixed(1);

/** The search-quality test's queries, picked from this project's content and dist/ as the test picks them. */
async function qualityQueries(browser: Browser): Promise<{ query: string; what: string }[]> {
  const notices = readNotices();
  const page = await browser.newPage();
  const texts = await readIndexedTexts(
    page,
    notices.map((n) => n.frontmatter.slug),
  );
  await page.close();
  const sources = notices.map((n) => ({
    slug: n.frontmatter.slug,
    title: n.frontmatter.title,
    docNumber: n.frontmatter.docNumber,
    mdx: readFileSync(join(NOTICES_DIR, n.file), 'utf8'),
  }));
  return buildQueries(sources, (q) => texts.some((t) => t.text.includes(q))).map((q) => ({
    query: q.query,
    what: q.kind,
  }));
}

async function main() {
  const { runs, dist, given } = args(process.argv.slice(2));
  if (!existsSync(join(dist, 'search', 'index.html'))) {
    console.error(`bench/search.ts: no built site in ${dist} (run \`npm run build\` first).`);
    process.exitCode = 1;
    return;
  }
  const servers: StaticServer[] = [];
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const blocked: string[] = [];
  const results: ({ query: string; what: string; inTest: boolean; msMedian?: number } & Run)[] = [];
  try {
    for (let i = 0; i < PARALLEL; i++) servers.push(await startStaticServer(dist));
    const tested = given.length > 0 ? given : await qualityQueries(browser);
    const inTest = new Set(tested.map((q) => q.query));
    const queries = [...new Map([...(given.length > 0 ? [] : DEFAULT_QUERIES), ...tested].map((q) => [q.query, q]))];
    const representative = (query: string) => given.length > 0 || DEFAULT_QUERIES.some((q) => q.query === query);
    // Timed queries one after another, so that they do not slow each other down.
    for (const [query, { what }] of queries.filter(([query]) => representative(query))) {
      const all: Run[] = [];
      for (let i = 0; i < runs; i++) all.push(await oneRun(browser, servers[0]!, dist, query, blocked));
      const msMedian = median(all.map((r) => r.ms));
      results.push({ query, what, inTest: inTest.has(query), ...all[0]!, msMedian });
    }
    // The rest for their bytes only, PARALLEL at a time, each on a server of its own (bytes are
    // counted from the server's log).
    const rest = queries.filter(([query]) => !representative(query));
    await Promise.all(
      servers.map(async (server, k) => {
        for (let i = k; i < rest.length; i += servers.length) {
          const [query, { what }] = rest[i]!;
          results.push({
            query,
            what,
            inTest: inTest.has(query),
            ...(await oneRun(browser, server, dist, query, blocked)),
          });
        }
      }),
    );
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }

  const measured = results.filter((r) => r.inTest);
  const gz = measured.map((r) => r.gzip);
  const summary = {
    queries: measured.length,
    medianGzipKB: Number(kb(median(gz))),
    maxGzipKB: Number(kb(Math.max(...gz))),
    codeGzipKB: Number(kb(median(measured.map((r) => r.codeGzip)))),
  };
  const head = [
    'query',
    'kind',
    'mode',
    'hits',
    'requests',
    'KB served',
    'gzip KB',
    'code',
    'meta',
    'shards',
    'text',
    'pagefind',
    'ms',
  ];
  const row = (r: (typeof results)[number]) => [
    r.query,
    r.what,
    r.mode,
    String(r.hits),
    String(r.requests),
    kb(r.bytes),
    kb(r.gzip),
    ...['code', 'meta', 'shards', 'text', 'pagefind'].map((k) => kb(r.byKind[k] ?? 0)),
    r.msMedian === undefined ? '' : r.msMedian.toFixed(0),
  ];
  const shown = [
    ...results.filter((r) => r.msMedian !== undefined),
    ...[...results]
      .filter((r) => r.msMedian === undefined)
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 10),
  ];
  const rows = shown.map(row);
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...[head, ...rows].map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    r.map((c, i) => (i <= 2 ? c + ' '.repeat(cols[i]! - width(c)) : ' '.repeat(cols[i]! - width(c)) + c)).join('  ');
  console.log(`first search on /search/?q=… of ${dist} (fresh context, no cache); time: median of ${runs} run(s)`);
  console.log('representative queries, then the ten costliest of the rest (gzip KB by kind):');
  console.log([line(head), ...rows.map(line)].join('\n'));
  const verdict = summary.medianGzipKB <= LIMITS.medianKB && summary.maxGzipKB <= LIMITS.maxKB ? 'within' : 'OVER';
  console.log(
    `${summary.queries} queries: gzip median ${summary.medianGzipKB} KB (limit ${LIMITS.medianKB}), ` +
      `max ${summary.maxGzipKB} KB (limit ${LIMITS.maxKB}), of which code ${summary.codeGzipKB} KB: ${verdict} the limits`,
  );
  const twice = results.filter((r) => r.repeated.length > 0);
  if (twice.length > 0)
    console.log(`fetched twice: ${twice.map((r) => `${r.query}: ${r.repeated.join(', ')}`).join('; ')}`);
  if (blocked.length > 0) console.log(`blocked requests to other origins: ${blocked.join(', ')}`);

  writeFileSync(
    OUT,
    JSON.stringify(
      {
        generated: new Date().toISOString(),
        dist,
        runs,
        limits: LIMITS,
        summary,
        note: 'bytes: responses to the search page after its HTML and CSS (scripts, /search-index/, /pagefind/) in the first search, as the static server sent them; gzip: the same bodies gzip-compressed (level 6) as a compressing host sends them, gzip data as it is; ms: navigation start to results on screen',
        results,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`written ${OUT.slice(ROOT.length)}`);
}

await main();
