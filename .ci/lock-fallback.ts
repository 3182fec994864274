/**
 * When `npm ci` refuses package-lock.json, may CI fall back to `npm install`?
 *
 * Only when every package `npm ci` reports missing is one npm would be allowed to leave out:
 * reachable from the project solely through optional dependencies (another platform's binary,
 * or a package only such a binary needs). That is decided from the lock file's own dependency
 * graph — and, for a missing package that is not in the lock file, from its own manifest — never
 * from package names. Any other mismatch (a regular dependency missing, a version that no longer
 * satisfies a range) means the lock file is out of date, and CI must fail.
 *
 * Why the fallback exists at all: the registry reachable here cannot serve every package a
 * complete lock file records (e.g. vite 8.4's optional `napi-windows-process-start-time` answers
 * 404), so a lock file written here may lack entries `npm ci` insists on.
 *
 * CLI (run by .ci/run):
 *   node .ci/lock-fallback.ts decide <npm-ci-log>   exit 0: fall back; exit 1: fail (reasons printed)
 *   node .ci/lock-fallback.ts verify <npm-ci-log>   exit 0 when node_modules holds exactly the
 *                                                   versions package-lock.json pins (plus, at most,
 *                                                   the missing packages the log names)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Deps = Record<string, string>;

/** One entry of package-lock.json's `packages` (lockfileVersion 2 and 3), or a package's manifest. */
export interface PackageEntry {
  version?: string;
  dependencies?: Deps;
  devDependencies?: Deps;
  optionalDependencies?: Deps;
  peerDependencies?: Deps;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface Lockfile {
  packages: Record<string, PackageEntry>;
}

export interface MissingPackage {
  name: string;
  /** As npm prints it; empty when npm could not resolve any version (e.g. the registry has none). */
  version: string;
}

/** What `npm ci` said about the lock file, when it refused it as out of sync. */
export interface CiMismatch {
  missing: MissingPackage[];
  /** Mismatch lines other than `Missing:` (e.g. `Invalid:`): never a reason to fall back. */
  other: string[];
}

/** Reads the manifest of a package that is not in the lock file; undefined when unavailable. */
export type ManifestReader = (pkg: MissingPackage) => PackageEntry | undefined;

export interface Decision {
  fallback: boolean;
  /** One line per missing package (why it may be left out) or per reason to fail. */
  reasons: string[];
}

const OUT_OF_SYNC = /can only install packages when your package\.json and package-lock\.json/;
const MISMATCH_LINE = /^npm error (Missing|Invalid): (.+)$/;
const MISSING_ENTRY = /^(@?[^@\s]+)@(\S*) from lock file$/;

/** The mismatch `npm ci` reported, or null when its log shows some other failure. */
export function parseCiLog(log: string): CiMismatch | null {
  if (!OUT_OF_SYNC.test(log)) return null;
  const missing: MissingPackage[] = [];
  const other: string[] = [];
  for (const line of log.split(/\r?\n/)) {
    const m = MISMATCH_LINE.exec(line.trim());
    if (!m) continue;
    const entry = m[1] === 'Missing' ? MISSING_ENTRY.exec(m[2]!) : null;
    if (entry) missing.push({ name: entry[1]!, version: entry[2]! });
    else other.push(line.trim().replace(/^npm error /, ''));
  }
  return { missing, other };
}

type NodeId = string; // a lock path (`node_modules/a/node_modules/b`, `` for the project) or `missing:<name>`

const missingId = (name: string): NodeId => `missing:${name}`;

/** Node's module resolution over the lock file's paths: nearest `node_modules/<name>` upwards. */
function resolveInLock(lock: Lockfile, from: NodeId, name: string): NodeId | undefined {
  // A missing package would be installed at the top, or nested under a top-level package.
  let dir = from.startsWith('missing:') ? '' : from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-[\w.]+)?$/;

/**
 * True only when `version` is proven to satisfy `range` (exact, `^`, `~`, `*`, `||` of those). Anything more
 * elaborate counts as unproven, which only adds edges: a wrong "unproven" can make CI fail, never
 * let it fall back where it should not.
 */
export function provenSatisfies(range: string, version: string | undefined): boolean {
  if (range.includes('||')) return range.split('||').some((part) => provenSatisfies(part, version));
  const r = range.trim();
  if (r === '*' || r === '' || r === 'latest') return true;
  const v = version ? VERSION.exec(version) : null;
  if (!v) return false;
  const op = r[0] === '^' || r[0] === '~' ? r[0] : '';
  const want = VERSION.exec(op ? r.slice(1) : r);
  if (!want) return false;
  const [vm, vn, vp] = [Number(v[1]), Number(v[2]), Number(v[3])];
  const [wm, wn, wp] = [Number(want[1]), Number(want[2]), Number(want[3])];
  const atLeast = vm > wm || (vm === wm && (vn > wn || (vn === wn && vp >= wp)));
  if (op === '') return version!.replace(/^v/, '') === r.replace(/^v/, '');
  if (op === '~') return atLeast && vm === wm && vn === wn;
  // ^: same leftmost non-zero part
  if (wm > 0) return atLeast && vm === wm;
  if (wn > 0) return atLeast && vm === 0 && vn === wn;
  return vm === 0 && vn === 0 && vp === wp;
}

interface Edge {
  to: NodeId;
  optional: boolean;
}

interface Dependency {
  name: string;
  range: string;
  optional: boolean;
}

function dependenciesOf(entry: PackageEntry | undefined, isRoot: boolean): Dependency[] {
  if (!entry) return [];
  const out: Dependency[] = [];
  const add = (deps: Deps | undefined, optional: (name: string) => boolean) => {
    for (const [name, range] of Object.entries(deps ?? {})) out.push({ name, range, optional: optional(name) });
  };
  add(entry.dependencies, () => false);
  // npm ci installs the project's devDependencies unless told to omit them.
  if (isRoot) add(entry.devDependencies, () => false);
  add(entry.optionalDependencies, () => true);
  // npm 7+ installs peer dependencies, except those its manifest marks optional.
  add(entry.peerDependencies, (name) => entry.peerDependenciesMeta?.[name]?.optional === true);
  return out;
}

/**
 * The dependency graph of the lock file, extended by the missing packages: an edge leads to a
 * missing package when the lock file has no copy the dependant would resolve to, or has one whose
 * version is not proven to fit (npm then wants another copy, nested). A missing package's own
 * dependencies come from its manifest (it has no lock entry).
 */
function graph(lock: Lockfile, missing: MissingPackage[], readManifest: ManifestReader) {
  const missingByName = new Map(missing.map((p) => [p.name, p]));
  const manifests = new Map<string, PackageEntry | undefined>();
  const manifestOf = (name: string) => {
    const pkg = missingByName.get(name);
    if (!pkg) return undefined;
    if (!manifests.has(name)) manifests.set(name, readManifest(pkg));
    return manifests.get(name);
  };
  return (id: NodeId): Edge[] => {
    const entry = id.startsWith('missing:') ? manifestOf(id.slice('missing:'.length)) : lock.packages[id];
    const edges: Edge[] = [];
    for (const dep of dependenciesOf(entry, id === '')) {
      const found = resolveInLock(lock, id, dep.name);
      if (found) edges.push({ to: found, optional: dep.optional });
      // Other names absent from the lock file (an optional peer nobody installs, say) are ones
      // npm itself leaves out: only the packages npm ci named become nodes.
      if (missingByName.has(dep.name) && !(found && provenSatisfies(dep.range, lock.packages[found]!.version))) {
        edges.push({ to: missingId(dep.name), optional: dep.optional });
      }
    }
    return edges;
  };
}

function reachable(edges: (id: NodeId) => Edge[], requiredOnly: boolean): Set<NodeId> {
  const seen = new Set<NodeId>(['']);
  const queue: NodeId[] = [''];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const edge of edges(id)) {
      if (requiredOnly && edge.optional) continue;
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

/** The fallback decision for a refused lock file (see the file comment). */
export function decideFallback(lock: Lockfile, mismatch: CiMismatch, readManifest: ManifestReader): Decision {
  const reasons: string[] = [];
  for (const line of mismatch.other) reasons.push(`not a missing optional package: ${line}`);
  if (mismatch.missing.length === 0 && mismatch.other.length === 0) {
    reasons.push('npm ci refused the lock file but named no missing package');
  }
  const edges = graph(lock, mismatch.missing, readManifest);
  const required = reachable(edges, true);
  const any = reachable(edges, false);
  let ok = reasons.length === 0;
  const notes: string[] = [];
  for (const pkg of mismatch.missing) {
    const label = `${pkg.name}@${pkg.version || '?'}`;
    const id = missingId(pkg.name);
    if (required.has(id)) {
      ok = false;
      reasons.push(`${label} is missing and the project needs it (reachable through regular dependencies)`);
    } else if (!any.has(id)) {
      ok = false;
      reasons.push(`${label} is missing and nothing in the lock file depends on it`);
    } else {
      notes.push(`${label}: reachable only through optional dependencies`);
    }
  }
  return { fallback: ok, reasons: ok ? notes : reasons };
}

/** Installed packages whose version differs from the lock file's, or that the lock file lacks. */
export function installedMismatches(lock: Lockfile, installed: Lockfile, allowedExtra: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [where, entry] of Object.entries(installed.packages)) {
    if (where === '') continue;
    const pinned = lock.packages[where];
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!pinned) {
      if (!allowedExtra.has(name)) out.push(`${where}@${entry.version} is installed but not in package-lock.json`);
    } else if (pinned.version !== entry.version) {
      out.push(`${where}: package-lock.json pins ${pinned.version}, installed ${entry.version}`);
    }
  }
  return out;
}

/** The manifest of a missing package from the registry (`npm view`); undefined when it has none. */
function npmViewManifest(pkg: MissingPackage): PackageEntry | undefined {
  const spec = pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
  try {
    // The whole manifest: asked for several fields, `npm view` answers with the bare value when
    // only one of them is set, which cannot be told apart from a manifest.
    const out = execFileSync('npm', ['view', spec, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const parsed = JSON.parse(out) as PackageEntry | PackageEntry[];
    // Several versions match a range: `npm view` answers an array, oldest first.
    return Array.isArray(parsed) ? parsed.at(-1) : parsed;
  } catch {
    return undefined;
  }
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function main(argv: string[]): number {
  const [command, logFile] = argv;
  const root = path.resolve(import.meta.dirname, '..');
  const lock = readJson<Lockfile>(path.join(root, 'package-lock.json'));
  if (command === 'decide' && logFile) {
    const mismatch = parseCiLog(readFileSync(logFile, 'utf8'));
    if (!mismatch) {
      console.error('lock-fallback: npm ci failed for a reason other than an out-of-sync lock file');
      return 1;
    }
    const decision = decideFallback(lock, mismatch, npmViewManifest);
    for (const line of decision.reasons) console.log(`lock-fallback: ${line}`);
    return decision.fallback ? 0 : 1;
  }
  if (command === 'verify' && logFile) {
    const installed = readJson<Lockfile>(path.join(root, 'node_modules', '.package-lock.json'));
    const extra = new Set((parseCiLog(readFileSync(logFile, 'utf8'))?.missing ?? []).map((p) => p.name));
    const problems = installedMismatches(lock, installed, extra);
    for (const line of problems) console.error(`lock-fallback: ${line}`);
    if (problems.length === 0)
      console.log('lock-fallback: node_modules holds exactly the versions package-lock.json pins');
    return problems.length === 0 ? 0 : 1;
  }
  console.error('usage: node .ci/lock-fallback.ts decide|verify <npm-ci-log>');
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
