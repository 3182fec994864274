/**
 * Builds the whole site from any seeds folder into a temporary project, leaving the checkout's
 * content/, dist/ and caches alone: used by the hostile-text and reproducibility tests and by
 * the benchmark.
 *
 * The Astro collection reads `./content/notices` relative to the project root, so the build
 * runs in a temporary root that holds a copy of src/, public/ and the config files and a
 * symlink to node_modules. Astro's and Vite's caches default to node_modules/.astro and
 * node_modules/.vite, which all worktrees share through that symlink; a wrapper config moves
 * them into the temporary root. The steps are those of `npm run build`:
 *
 *   node src/pipeline/cli.ts (SEEDS_DIR, CONTENT_DIR)  →  astro build  →  node src/search/index-site.ts
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './paths.ts';

export interface StepResult {
  step: string;
  ms: number;
  stdout: string;
  stderr: string;
}

/** How to run one build step; the benchmark passes one that also measures memory. */
export type StepRunner = (
  step: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) => Promise<StepResult>;

export const runStep: StepRunner = (step, command, args, { cwd, env }) =>
  new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const result = { step, ms: performance.now() - started, stdout, stderr };
      if (code === 0) ok(result);
      else
        fail(
          new Error(
            `${step} failed (${signal ?? `exit code ${code}`}):\n${stderr.slice(-4000) || stdout.slice(-4000)}`,
          ),
        );
    });
  });

export interface SiteBuild {
  root: string;
  dist: string;
  content: string;
  steps: StepResult[];
  /** Removes the temporary project. */
  remove(): void;
}

const ISOLATED_CONFIG = `// Written by tests/support/site-build.ts: the project's config with caches kept in this folder.
import config from './astro.config.mjs';
export default { ...config, cacheDir: './.cache/astro', vite: { ...config.vite, cacheDir: './.cache/vite' } };
`;

/** A temporary project root that builds like the checkout (same sources, same dependencies). */
export function makeProject(root = mkdtempSync(join(tmpdir(), 'gazette-site-'))): string {
  mkdirSync(root, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  if (!existsSync(join(root, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.isolated.mjs'), ISOLATED_CONFIG);
  return root;
}

export interface BuildOptions {
  seedsDir: string;
  /** An existing project from makeProject (e.g. to build twice in one place); else a new one. */
  root?: string;
  /** Skip the Pagefind index (faster when a test does not search). */
  search?: boolean;
  run?: StepRunner;
  env?: NodeJS.ProcessEnv;
}

export async function buildSite(options: BuildOptions): Promise<SiteBuild> {
  const root = makeProject(options.root);
  const run = options.run ?? runStep;
  // Vitest puts its own import.meta.env values into process.env (BASE_URL=/, MODE=test, DEV, PROD,
  // SSR); a child `astro build` would take BASE_URL over the config's `base` (BASE_PATH).
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
    SEEDS_DIR: resolve(options.seedsDir),
    CONTENT_DIR: join(root, 'content'),
  };
  const node = process.execPath;
  const steps: StepResult[] = [];
  steps.push(await run('content', node, [join(root, 'src/pipeline/cli.ts')], { cwd: root, env }));
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  steps.push(await run('astro', node, [astro, 'build', '--config', 'astro.config.isolated.mjs'], { cwd: root, env }));
  if (options.search !== false) {
    steps.push(await run('search', node, [join(root, 'src/search/index-site.ts')], { cwd: root, env }));
  }
  return {
    root,
    dist: join(root, 'dist'),
    content: join(root, 'content'),
    steps,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** SHA-256 of every file under `dir`, by path relative to it. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, rel);
    if (statSync(path).isFile()) out.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}
