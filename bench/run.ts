/**
 * `npm run bench` (node bench/run.ts): how the build scales. Not part of `npm test`.
 *
 *   ingest       parseSeeds over seeds/ (read, decode, parse; no writing), several runs, median MB/s
 *   build        the full build (content → astro build → Pagefind) of seeds/ and of a synthetic
 *                gazette of about 1,000 notices (bench/synthetic.ts), each in a temporary project
 *                (tests/support/site-build.ts): seconds per step, and peak memory of the step's
 *                whole process tree (RSS of all its processes summed, sampled from /proc every
 *                50 ms) and of its largest single process (`/usr/bin/time -v`, when present; it
 *                misses processes nobody waits for, such as Pagefind's indexing service, so the
 *                tree peak is the figure that counts)
 *   page weight  notice pages of the seeds build: HTML + the CSS and JS they load, each gzipped;
 *                median and max, and whether any notice page loads JavaScript
 *   search       bench/search.ts (`npm run bench:search`), when it exists: it measures the site in
 *                the dist/ beside it, so a copy runs inside the seeds build's temporary project
 *                (its table is printed, its results go into bench/results.json under `search`)
 *
 * Prints a table, writes bench/results.json (git-ignored). Options:
 *   --notices N   size of the synthetic gazette (default 1000; 0 skips it)
 *   --runs N      ingest runs (default 7)
 *   --builds N    builds of the seeds (default 3; the median is reported: the machine is shared)
 *   --profile     also profile the content step (node --cpu-prof) and print where its time goes
 *   --keep        keep the temporary projects (their paths are printed)
 *   --no-search   skip bench/search.ts
 * Targets (2-core machine): seeds build ≤ 15 s; 1,000 notices ≤ 3 min and ≤ 2 GB;
 * a notice page ≤ 15 KB gzipped, with no JavaScript outside the search page.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseSeeds } from '../src/pipeline/build.ts';
import type { TableScanner } from '../src/pipeline/structure/context.ts';
import { scanTables } from '../src/pipeline/tables/index.ts';
import { buildSite, runStep, type SiteBuild, type StepResult, type StepRunner } from '../tests/support/site-build.ts';
import { writeSyntheticGazette } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const NOTICES = option('--notices', 1000);
const RUNS = option('--runs', 7);
const BUILDS = option('--builds', 3);
const PROFILE = args.includes('--profile');
const KEEP = args.includes('--keep');
const SEARCH = !args.includes('--no-search');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => bytes / 1024;

// ---------------------------------------------------------------- memory of a process tree

/** pid → ppid of every process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let rss = 0;
  for (const pid of tree) {
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      rss += pages * 4096;
    } catch {
      // Gone.
    }
  }
  return rss;
}

export interface MeasuredStep extends StepResult {
  /** Peak of the summed RSS of the step's process tree, sampled (bytes). */
  treePeak: number;
  /** Max RSS of the largest single process, from /usr/bin/time -v (bytes), when available. */
  maxProcess?: number;
}

/** Runs a build step under /usr/bin/time -v (when present) while sampling its tree's memory. */
const measuredStep: StepRunner = (step, command, commandArgs, { cwd, env }) =>
  new Promise((ok, fail) => {
    const timeFile = join(tmpdir(), `bench-time-${process.pid}-${step}-${Date.now()}.txt`);
    const useTime = existsSync(TIME) && existsSync('/proc/self/stat');
    const [cmd, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...commandArgs]] : [command, commandArgs];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let treePeak = 0;
    const sample = () => {
      if (child.pid !== undefined && existsSync('/proc/self/stat')) treePeak = Math.max(treePeak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      let maxProcess: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const kbytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
        if (kbytes) maxProcess = Number(kbytes) * 1024;
        rmSync(timeFile, { force: true });
      }
      const result: MeasuredStep = { step, ms, stdout, stderr, treePeak, ...(maxProcess ? { maxProcess } : {}) };
      if (code === 0) ok(result);
      else
        fail(
          new Error(
            `${step} failed (${signal ?? `exit code ${code}`}):\n${stderr.slice(-4000) || stdout.slice(-4000)}`,
          ),
        );
    });
  });

// ---------------------------------------------------------------- parts of the benchmark

function ingest(scanTables: TableScanner) {
  const bytes = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .reduce((sum, n) => sum + statSync(join(SEEDS, n)).size, 0);
  const times: number[] = [];
  let notices = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    notices = parseSeeds(SEEDS, scanTables).notices.length;
    times.push(performance.now() - t);
  }
  const ms = median(times);
  return {
    bytes,
    notices,
    runs: RUNS,
    medianMs: ms,
    mbPerS: mb(bytes) / (ms / 1000),
    allMs: times.map((t) => Math.round(t)),
  };
}

/** Phases Astro prints with their durations, for "where the time goes". */
function astroPhases(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /Completed in|built in|Generated \d|page\(s\) built/.test(l))
    .map((l) => l.replace(/^\d\d:\d\d:\d\d\s*/, '').trim());
}

interface BuildFigures {
  notices: number;
  seconds: number;
  treePeakMB: number;
  maxProcessMB?: number;
  steps: { step: string; seconds: number; treePeakMB: number; maxProcessMB?: number }[];
  astroPhases: string[];
  report: string;
}

async function measureBuild(seedsDir: string): Promise<{ site: SiteBuild; figures: BuildFigures }> {
  const site = await buildSite({ seedsDir, run: measuredStep });
  const steps = site.steps as MeasuredStep[];
  const content = steps.find((s) => s.step === 'content')!;
  const notices = Number(/(\d+) notices/.exec(content.stdout)?.[1] ?? NaN);
  const maxProcess = Math.max(...steps.map((s) => s.maxProcess ?? 0));
  return {
    site,
    figures: {
      notices,
      seconds: steps.reduce((s, x) => s + x.ms, 0) / 1000,
      treePeakMB: mb(Math.max(...steps.map((s) => s.treePeak))),
      ...(maxProcess > 0 ? { maxProcessMB: mb(maxProcess) } : {}),
      steps: steps.map((s) => ({
        step: s.step,
        seconds: s.ms / 1000,
        treePeakMB: mb(s.treePeak),
        ...(s.maxProcess ? { maxProcessMB: mb(s.maxProcess) } : {}),
      })),
      astroPhases: astroPhases(steps.find((s) => s.step === 'astro')?.stdout ?? ''),
      report: content.stdout.split('\n')[0] ?? '',
    },
  };
}

/** Gzipped weight of each notice page: its HTML plus the stylesheets and scripts it loads. */
function pageWeight(dist: string, content: string) {
  const slugs = new Set(
    readdirSync(join(content, 'notices'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4)),
  );
  const gz = (path: string) => gzipSync(readFileSync(path)).length;
  const assetCache = new Map<string, number>();
  const asset = (href: string) => {
    const path = join(dist, href.replace(/^\//, '').split(/[?#]/)[0]!);
    if (!assetCache.has(path)) assetCache.set(path, existsSync(path) ? gz(path) : 0);
    return assetCache.get(path)!;
  };
  const pages: {
    slug: string;
    html: number;
    css: number;
    js: number;
    total: number;
    text: number;
    inlineScripts: number;
    inlineJs: number;
  }[] = [];
  const noticesDir = join(dist, 'notices');
  for (const slug of readdirSync(noticesDir)
    .sort()
    .filter((d) => slugs.has(d))) {
    const file = join(noticesDir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
      (s, m) => s + asset(m[1]!),
      0,
    );
    const jsSrc = [
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
    ];
    const js = jsSrc.reduce((s, m) => s + asset(m[1]!), 0);
    // Inline scripts other than JSON-LD data are JavaScript too.
    const inline = [
      ...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    ];
    const inlineScripts = inline.length;
    const inlineJs = inline.length ? gzipSync(inline.map((m) => m[1]).join('\n')).length : 0;
    const h = gz(file);
    // The notice's own text (the article without tags), gzipped: what no markup change can save.
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    const text = gzipSync(article.replace(/<[^>]+>/g, '')).length;
    pages.push({ slug, html: h, css, js, total: h + css + js, text, inlineScripts, inlineJs });
  }
  const totals = pages.map((p) => p.total);
  const max = pages.reduce((a, b) => (b.total > a.total ? b : a));
  const searchHtml = join(dist, 'search', 'index.html');
  const search = existsSync(searchHtml) ? readFileSync(searchHtml, 'utf8') : '';
  // No page but the search page may load or hold JavaScript (JSON-LD is data, not script).
  const otherPagesWithJs = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && f !== join('search', 'index.html'))
    .filter((f) => !slugs.has(/^notices\/([^/]+)\/index\.html$/.exec(f)?.[1] ?? ''))
    .filter((f) =>
      /<script(?![^>]*application\/ld\+json)|<link[^>]+rel="modulepreload"/.test(readFileSync(join(dist, f), 'utf8')),
    );
  return {
    pages: pages.length,
    medianKB: kb(median(totals)),
    maxKB: kb(max.total),
    maxSlug: max.slug,
    cssKB: kb(pages[0]?.css ?? 0),
    /** Page weight minus the gzipped text of the notice: markup, metadata, 目录, CSS. */
    overheadMedianKB: kb(median(pages.map((p) => p.total - p.text))),
    overheadMaxKB: kb(Math.max(...pages.map((p) => p.total - p.text))),
    maxTextKB: kb(max.text),
    over15KB: pages.filter((p) => p.total > 15 * 1024).map((p) => `${p.slug} ${kb(p.total).toFixed(1)} KB`),
    pagesWithJs: pages.filter((p) => p.js > 0 || p.inlineScripts > 0).map((p) => p.slug),
    /** JavaScript a notice page carries (files it loads + inline scripts, gzipped): the largest. */
    maxJsKB: kb(Math.max(...pages.map((p) => p.js + p.inlineJs))),
    otherPagesWithJs,
    searchPageScripts: [...search.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].length,
  };
}

/** `node --cpu-prof` on the content step: the functions with the most self time. */
async function profileContent(seedsDir: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
  try {
    await new Promise<void>((ok, fail) => {
      const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(ROOT, 'src/pipeline/cli.ts')], {
        env: { ...process.env, SEEDS_DIR: seedsDir, CONTENT_DIR: join(dir, 'content') },
        stdio: 'ignore',
      });
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`profiled content step failed (${code})`))));
    });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return ['(no profile written)'];
    interface ProfileNode {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number };
      hitCount?: number;
    }
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      nodes: ProfileNode[];
      startTime: number;
      endTime: number;
    };
    const hits = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
    const usPerHit = (profile.endTime - profile.startTime) / Math.max(1, hits);
    const self = new Map<string, number>();
    const byPackage = new Map<string, number>();
    for (const n of profile.nodes) {
      const f = n.callFrame;
      const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : '(native)';
      const key = `${f.functionName || '(anonymous)'} ${where}`;
      self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ??
        (f.url.includes('/src/')
          ? `src/${f.url.split('/src/')[1]!.split('/').slice(0, 2).join('/')}`
          : f.url.startsWith('node:')
            ? '(node: module loading, fs)'
            : /^\(.*\)$/.test(f.functionName)
              ? f.functionName
              : '(V8 builtins: RegExp, JSON, sort …)');
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (n.hitCount ?? 0));
    }
    const fmt = ([k, v]: [string, number]) =>
      `${((v * usPerHit) / 1000).toFixed(0).padStart(6)} ms  ${((100 * v) / hits).toFixed(1).padStart(5)}%  ${k}`;
    return [
      'by module:',
      ...[...byPackage]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(fmt),
      'by function (self time):',
      ...[...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(fmt),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The search benchmark, bench/search.ts, when it exists. It serves the dist/ next to it, so a
 * copy (with the test helpers it imports) runs inside the temporary project of the seeds build.
 */
async function searchBench(site: SiteBuild): Promise<{ table: string; data?: unknown } | undefined> {
  const script = join(ROOT, 'bench/search.ts');
  if (!SEARCH || !existsSync(script)) return undefined;
  mkdirSync(join(site.root, 'bench'), { recursive: true });
  cpSync(script, join(site.root, 'bench/search.ts'));
  cpSync(join(ROOT, 'tests/support'), join(site.root, 'tests/support'), { recursive: true });
  const run = await runStep('search bench', process.execPath, [join(site.root, 'bench/search.ts')], {
    cwd: site.root,
    env: process.env,
  });
  const out = join(site.root, 'bench/search-results.json');
  return {
    table: run.stdout.trim(),
    data: existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as unknown) : undefined,
  };
}

// ---------------------------------------------------------------- main

const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED');

async function main(): Promise<void> {
  const scanner = 'scanTables';
  const machine = {
    cpus: cpus().length,
    memGB: +(totalmem() / 2 ** 30).toFixed(1),
    loadavgBefore: loadavg().map((l) => +l.toFixed(2)),
    node: process.version,
  };
  console.log(
    `bench: ${machine.cpus} CPUs, ${machine.memGB} GB, load ${machine.loadavgBefore.join(' ')}, node ${machine.node}, tables: ${scanner}`,
  );

  const ing = ingest(scanTables);
  console.log(`ingest: ${ing.mbPerS.toFixed(2)} MB/s (median of ${ing.runs}: ${ing.allMs.join(', ')} ms)`);

  // Several builds of the seeds: on a shared machine one build's time says little.
  const seedBuilds: { site: SiteBuild; figures: BuildFigures }[] = [];
  for (let b = 0; b < Math.max(1, BUILDS); b++) {
    const built = await measureBuild(SEEDS);
    console.log(
      `seeds build ${b + 1}/${BUILDS}: ${built.figures.seconds.toFixed(1)} s (load ${loadavg()[0]!.toFixed(1)})`,
    );
    seedBuilds.push(built);
  }
  const byTime = [...seedBuilds].sort((a, b) => a.figures.seconds - b.figures.seconds);
  const seeds = byTime[Math.floor((byTime.length - 1) / 2)]!;
  const seedSeconds = seedBuilds.map((b) => +b.figures.seconds.toFixed(1));
  for (const b of seedBuilds) if (b !== seeds) b.site.remove();
  const weight = pageWeight(seeds.site.dist, seeds.site.content);
  const search = await searchBench(seeds.site);

  let synthetic: (BuildFigures & { files: number; inputMB: number; generateSeconds: number }) | undefined;
  let syntheticSite: SiteBuild | undefined;
  let syntheticDir: string | undefined;
  if (NOTICES > 0) {
    syntheticDir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
    const t = performance.now();
    const gazette = writeSyntheticGazette(SEEDS, syntheticDir, scanTables, { count: NOTICES });
    const generateSeconds = (performance.now() - t) / 1000;
    console.log(
      `synthetic gazette: ${gazette.notices} notices in ${gazette.files} files, ${mb(gazette.bytes).toFixed(1)} MB`,
    );
    const built = await measureBuild(syntheticDir);
    syntheticSite = built.site;
    synthetic = { ...built.figures, files: gazette.files, inputMB: mb(gazette.bytes), generateSeconds };
    console.log(`synthetic build: ${synthetic.seconds.toFixed(1)} s`);
  }

  const profile = PROFILE ? await profileContent(syntheticDir ?? SEEDS) : undefined;

  const rows: [string, string, string][] = [
    [
      'ingest (parseSeeds, seeds)',
      `${ing.mbPerS.toFixed(2)} MB/s`,
      `${mb(ing.bytes).toFixed(2)} MB in ${ing.medianMs.toFixed(0)} ms, median of ${ing.runs}`,
    ],
    [
      'seeds build (median)',
      `${seeds.figures.seconds.toFixed(1)} s`,
      `${pass(seeds.figures.seconds <= 15)} (≤ 15 s); ${seeds.figures.notices} notices; builds: ${seedSeconds.join(', ')} s`,
    ],
    ...seeds.figures.steps.map((s): [string, string, string] => [
      `  ${s.step}`,
      `${s.seconds.toFixed(1)} s`,
      `tree peak ${s.treePeakMB.toFixed(0)} MB${s.maxProcessMB ? `, largest process ${s.maxProcessMB.toFixed(0)} MB` : ''}`,
    ]),
    ['seeds build peak memory', `${seeds.figures.treePeakMB.toFixed(0)} MB`, 'process tree, summed RSS'],
  ];
  if (synthetic) {
    rows.push(
      [
        `synthetic build (${synthetic.notices} notices)`,
        `${synthetic.seconds.toFixed(1)} s`,
        `${pass(synthetic.seconds <= 180)} (≤ 3 min); ${synthetic.files} files, ${synthetic.inputMB.toFixed(1)} MB`,
      ],
      ...synthetic.steps.map((s): [string, string, string] => [
        `  ${s.step}`,
        `${s.seconds.toFixed(1)} s`,
        `tree peak ${s.treePeakMB.toFixed(0)} MB${s.maxProcessMB ? `, largest process ${s.maxProcessMB.toFixed(0)} MB` : ''}`,
      ]),
      [
        'synthetic build peak memory',
        `${synthetic.treePeakMB.toFixed(0)} MB`,
        `${pass(synthetic.treePeakMB <= 2048)} (≤ 2 GB); process tree, summed RSS`,
      ],
    );
  }
  rows.push(
    [
      'notice page, gzipped (median)',
      `${weight.medianKB.toFixed(1)} KB`,
      `${pass(weight.medianKB <= 15)} (≤ 15 KB); HTML + CSS (${weight.cssKB.toFixed(1)} KB) + JS, ${weight.pages} pages`,
    ],
    [
      'notice page, gzipped (max)',
      `${weight.maxKB.toFixed(1)} KB`,
      `${pass(weight.maxKB <= 15)} (≤ 15 KB); ${weight.maxSlug}, whose text alone is ${weight.maxTextKB.toFixed(1)} KB; ${weight.over15KB.length} pages over 15 KB`,
    ],
    [
      'notice page overhead, gzipped',
      `${weight.overheadMedianKB.toFixed(1)} KB`,
      `median (max ${weight.overheadMaxKB.toFixed(1)} KB): page minus its text`,
    ],
    [
      'notice pages with JavaScript',
      String(weight.pagesWithJs.length),
      `${pass(weight.pagesWithJs.length === 0)} (none); up to ${weight.maxJsKB.toFixed(1)} KB gzipped; search page has ${weight.searchPageScripts} script(s)`,
    ],
    [
      'other pages with JavaScript',
      String(weight.otherPagesWithJs.length),
      `${pass(weight.otherPagesWithJs.length === 0)} (none outside /search/)${weight.otherPagesWithJs.length ? `: ${weight.otherPagesWithJs.join(', ')}` : ''}`,
    ],
  );

  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(w0)}  ${'value'.padStart(w1)}  notes`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  -----`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  if (seeds.figures.astroPhases.length)
    console.log(`\nastro build phases (seeds):\n  ${seeds.figures.astroPhases.join('\n  ')}`);
  if (synthetic?.astroPhases.length)
    console.log(`astro build phases (synthetic):\n  ${synthetic.astroPhases.join('\n  ')}`);
  if (weight.over15KB.length) console.log(`\nnotice pages over 15 KB: ${weight.over15KB.join(', ')}`);
  if (search) console.log(`\nsearch (bench/search.ts on the seeds build):\n${search.table}`);
  if (profile)
    console.log(`\ncontent step profile (${syntheticDir ? 'synthetic' : 'seeds'}):\n  ${profile.join('\n  ')}`);

  const results = {
    date: new Date().toISOString(),
    machine: { ...machine, loadavgAfter: loadavg().map((l) => +l.toFixed(2)) },
    tableScanner: scanner,
    ingest: ing,
    seedsBuild: { ...seeds.figures, allSeconds: seedSeconds },
    syntheticBuild: synthetic,
    pageWeight: weight,
    search: search?.data,
    profile,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');

  if (KEEP) console.log(`kept: ${seeds.site.root} ${syntheticSite?.root ?? ''} ${syntheticDir ?? ''}`);
  else {
    seeds.site.remove();
    syntheticSite?.remove();
    if (syntheticDir) rmSync(syntheticDir, { recursive: true, force: true });
  }
}

await main();
