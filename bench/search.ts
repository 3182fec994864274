/**
 * What a first search costs a reader: `node bench/search.ts` (after `npm run build`; builds
 * nothing itself).
 *
 * Serves dist/ with the tests' static server, and for each query opens /search/?q=… in a fresh
 * Chromium context (empty cache, no network beyond the local server), as a reader following a
 * search link would. Reports
 *   - the bytes the first search downloads: the sum of the responses to /pagefind/ requests, as
 *     the server sent them (Pagefind's script, worker and WebAssembly, its metadata, index
 *     chunks, filter chunks, fragments of the pages read, and the runs file), split into the
 *     fixed part (code, the same for every query) and the part that depends on the query; and the
 *     same bodies gzip-compressed as a compressing static host would send them (the test server
 *     does not compress; files that are gzip data already count as they are); files fetched twice;
 *   - the time to first results: from navigation start to the moment the results are on screen
 *     (the page's `gazette-search-results` performance mark), median of RUNS runs.
 * Prints a table and writes bench/search-results.json (git-ignored).
 *
 * Options: `--runs N` (default 3), `--query Q` (repeatable; replaces the default queries).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench', 'search-results.json');

/** One query of each way the search works (see src/search/engine.ts). */
const DEFAULT_QUERIES: { query: string; what: string }[] = [
  { query: '垃圾分类', what: 'two words' },
  { query: '老旧居民住宅电梯更新工程', what: 'long phrase' },
  { query: '区人民检察院', what: 'phrase on most pages' },
  { query: '西政办发〔2017〕7号', what: '发文字号' },
  { query: '96119', what: 'number' },
  { query: 'PM2.5', what: 'Latin' },
  { query: '水', what: 'one character' },
  { query: '量子计算机', what: 'no match' },
];

/** Pagefind's code: the same download whatever the query. */
const FIXED = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind|pagefind-entry\.json)(\?|$)/;

interface Run {
  bytes: number;
  /** What a static host that compresses sends: gzip of each body (files already gzipped as they are). */
  gzip: number;
  fixedGzip: number;
  /** Paths fetched more than once. */
  repeated: string[];
  fixedBytes: number;
  requests: number;
  byKind: Record<string, number>;
  ms: number;
  hits: number;
  route: string;
}

function args(argv: string[]) {
  let runs = 3;
  const queries: { query: string; what: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--query') queries.push({ query: argv[++i] ?? '', what: 'given' });
  }
  return { runs, queries: queries.length > 0 ? queries : DEFAULT_QUERIES };
}

function kindOf(path: string): string {
  if (FIXED.test(path)) return 'code';
  if (path.includes('/index/')) return 'index';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'meta';
  return 'other';
}

async function oneRun(context: BrowserContext, server: StaticServer, query: string): Promise<Run> {
  const from = server.log.length;
  const page = await context.newPage();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  const mark = await page.waitForFunction(
    () => {
      const entry = performance.getEntriesByName('gazette-search-results')[0] as PerformanceMark | undefined;
      return entry ? { ms: entry.startTime, detail: entry.detail as { hits: number; route: string } } : null;
    },
    null,
    { timeout: 30_000 },
  );
  const { ms, detail } = (await mark.jsonValue())!;
  // Let the last responses finish.
  await page.waitForLoadState('networkidle');
  await page.close();
  // The bytes the server sent for /pagefind/ (files as they are: Pagefind's are gzipped already).
  // Counted on the server, as the browser reports no size for the worker script.
  const served = server.log.slice(from).filter((entry) => entry.status === 200 && entry.path.startsWith('/pagefind/'));
  const byKind: Record<string, number> = {};
  let bytes = 0;
  let gzip = 0;
  let fixedGzip = 0;
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const entry of served) {
    if (seen.has(entry.path)) repeated.push(entry.path);
    seen.add(entry.path);
    const body = readFileSync(join(DIST, decodeURIComponent(new URL(entry.path, server.url).pathname)));
    const size = body.length;
    const gz = gzipSize(body);
    byKind[kindOf(entry.path)] = (byKind[kindOf(entry.path)] ?? 0) + size;
    bytes += size;
    gzip += gz;
    if (kindOf(entry.path) === 'code') fixedGzip += gz;
  }
  return {
    bytes,
    gzip,
    fixedGzip,
    repeated,
    fixedBytes: byKind.code ?? 0,
    requests: served.length,
    byKind,
    ms,
    hits: detail.hits,
    route: detail.route,
  };
}

/** A body as a compressing static host sends it: gzip (level 6), unless it is gzip data already. */
function gzipSize(body: Buffer): number {
  if (body[0] === 0x1f && body[1] === 0x8b) return body.length;
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  if (!existsSync(join(DIST, 'search', 'index.html')) || !existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    console.error('bench/search.ts: no built site in dist/ (with dist/pagefind/): run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const { runs, queries } = args(process.argv.slice(2));
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const blocked: string[] = [];
  const results: {
    query: string;
    what: string;
    route: string;
    hits: number;
    requests: number;
    bytes: number;
    queryBytes: number;
    gzip: number;
    queryGzip: number;
    repeated: string[];
    byKind: Record<string, number>;
    msMedian: number;
    ms: number[];
  }[] = [];
  try {
    for (const { query, what } of queries) {
      const all: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
        await context.route('**/*', (route) => {
          if (new URL(route.request().url()).origin === server.url) return route.continue();
          blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        });
        all.push(await oneRun(context, server, query));
        await context.close();
      }
      const first = all[0]!;
      results.push({
        query,
        what,
        route: first.route,
        hits: first.hits,
        requests: first.requests,
        bytes: first.bytes,
        queryBytes: first.bytes - first.fixedBytes,
        gzip: first.gzip,
        queryGzip: first.gzip - first.fixedGzip,
        repeated: first.repeated,
        byKind: first.byKind,
        msMedian: median(all.map((r) => r.ms)),
        ms: all.map((r) => Math.round(r.ms)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const head = [
    'query',
    'kind',
    'route',
    'hits',
    'requests',
    '/pagefind/ KB',
    'of which query KB',
    'gzip KB',
    'of which query',
    'to results ms',
  ];
  const rows = results.map((r) => [
    r.query,
    r.what,
    r.route,
    String(r.hits),
    String(r.requests),
    kb(r.bytes),
    kb(r.queryBytes),
    kb(r.gzip),
    kb(r.queryGzip),
    r.msMedian.toFixed(0),
  ]);
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...[head, ...rows].map((row) => width(row[i]!))));
  const line = (row: string[]) =>
    row.map((c, i) => (i <= 2 ? c + ' '.repeat(cols[i]! - width(c)) : ' '.repeat(cols[i]! - width(c)) + c)).join('  ');
  console.log(`first search on /search/?q=… (fresh context, no cache), median of ${runs} run(s) for the time`);
  console.log([line(head), ...rows.map(line)].join('\n'));
  const twice = results.filter((r) => r.repeated.length > 0);
  if (twice.length > 0)
    console.log(`fetched twice: ${twice.map((r) => `${r.query}: ${r.repeated.join(', ')}`).join('; ')}`);
  if (blocked.length > 0) console.log(`blocked requests to other origins: ${blocked.join(', ')}`);

  writeFileSync(
    OUT,
    JSON.stringify(
      {
        generated: new Date().toISOString(),
        runs,
        note: 'bytes: responses to /pagefind/ requests in the first search, as sent by the static server (Pagefind files are gzipped, gazette-runs.json is not); gzip: the same bodies gzip-compressed (level 6) as a compressing host sends them, files already gzipped as they are; ms: navigation start to results on screen',
        results,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`written ${OUT.slice(ROOT.length)}`);
}

await main();
