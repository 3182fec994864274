import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideFallback,
  installedMismatches,
  parseCiLog,
  provenSatisfies,
  type Lockfile,
  type ManifestReader,
  type PackageEntry,
} from '../../.ci/lock-fallback.ts';
import { ROOT } from '../support/paths.ts';

/** The shape of this project's graph, in small: a compiler with per-platform bindings, a wasm one among them. */
function smallLock(): Lockfile {
  return {
    packages: {
      '': { dependencies: { astro: '^7.0.0', pagefind: '~1.6.0' }, devDependencies: { vitest: '^5.0.0' } },
      'node_modules/astro': { version: '7.3.5', dependencies: { '@astrojs/compiler-binding': '^0.5.1' } },
      'node_modules/@astrojs/compiler-binding': {
        version: '0.5.1',
        optionalDependencies: {
          '@astrojs/compiler-binding-linux-x64-gnu': '0.5.1',
          '@astrojs/compiler-binding-darwin-arm64': '0.5.1',
          '@astrojs/compiler-binding-wasm32-wasi': '0.5.1',
        },
      },
      'node_modules/@astrojs/compiler-binding-linux-x64-gnu': { version: '0.5.1' },
      'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/windows-x64': '1.6.0' } },
      'node_modules/vitest': { version: '5.1.1', dependencies: { tinyrainbow: '^3.0.0' } },
      'node_modules/tinyrainbow': { version: '3.0.3' },
    },
  };
}

const WASM_MANIFEST: PackageEntry = {
  dependencies: { '@napi-rs/wasm-runtime': '^1.0.0' },
  optionalDependencies: {},
};
const manifests: Record<string, PackageEntry> = {
  '@astrojs/compiler-binding-wasm32-wasi': WASM_MANIFEST,
  '@napi-rs/wasm-runtime': { dependencies: { '@emnapi/core': '^1.5.0', '@emnapi/runtime': '^1.5.0' } },
};
const registry: ManifestReader = (pkg) => manifests[pkg.name] ?? {};
const offline: ManifestReader = () => undefined;

const missing = (...specs: string[]) => ({
  missing: specs.map((spec) => {
    const at = spec.lastIndexOf('@');
    return { name: spec.slice(0, at), version: spec.slice(at + 1) };
  }),
  other: [],
});

describe('parseCiLog', () => {
  const refused = [
    'npm error code EUSAGE',
    'npm error',
    '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
    'npm error',
    'npm error Missing: @astrojs/compiler-binding-darwin-arm64@0.5.1 from lock file',
    'npm error Missing: @emnapi/core@1.11.3 from lock file',
    'npm error Missing: napi-windows-process-start-time@ from lock file',
    "npm error Invalid: lock file's yaml@2.8.0 does not satisfy yaml@^2.9.1",
    'npm error',
    'npm error Clean install a project',
  ].join('\n');

  it('should read every Missing line, scoped names and empty versions included', () => {
    expect(parseCiLog(refused)?.missing).toEqual([
      { name: '@astrojs/compiler-binding-darwin-arm64', version: '0.5.1' },
      { name: '@emnapi/core', version: '1.11.3' },
      { name: 'napi-windows-process-start-time', version: '' },
    ]);
  });

  it('should keep any other mismatch line as a reason not to fall back', () => {
    expect(parseCiLog(refused)?.other).toEqual(["Invalid: lock file's yaml@2.8.0 does not satisfy yaml@^2.9.1"]);
  });

  it('should return null when npm ci failed for another reason (network, 404)', () => {
    expect(parseCiLog('npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/x')).toBeNull();
  });
});

describe('decideFallback', () => {
  it('should fall back when a platform binary under an optional dependency is missing', () => {
    const d = decideFallback(
      smallLock(),
      missing('@astrojs/compiler-binding-darwin-arm64@0.5.1', '@pagefind/windows-x64@1.6.0'),
      registry,
    );
    expect(d.fallback).toBe(true);
    expect(d.reasons).toHaveLength(2);
  });

  it('should fall back for @emnapi/* needed only by a missing optional wasm binding (read from its manifest)', () => {
    const d = decideFallback(
      smallLock(),
      missing(
        '@astrojs/compiler-binding-wasm32-wasi@0.5.1',
        '@napi-rs/wasm-runtime@1.0.7',
        '@emnapi/core@1.11.3',
        '@emnapi/runtime@1.11.3',
      ),
      registry,
    );
    expect(d).toEqual({ fallback: true, reasons: expect.arrayContaining([expect.stringContaining('@emnapi/core')]) });
  });

  it('should fall back when npm wants a nested copy of a package the lock file has in another version', () => {
    const lock = smallLock();
    lock.packages['node_modules/@napi-rs/wasm-runtime'] = {
      version: '1.0.7',
      dependencies: { '@emnapi/core': '^1.5.0' },
    };
    lock.packages['node_modules/@emnapi/core'] = { version: '1.11.1' };
    lock.packages['node_modules/astro']!.dependencies!['@napi-rs/wasm-runtime'] = '^1.0.0';
    const wasm: ManifestReader = (pkg) =>
      pkg.name === '@astrojs/compiler-binding-wasm32-wasi' ? { dependencies: { '@emnapi/core': '1.11.3' } } : {};
    const d = decideFallback(lock, missing('@astrojs/compiler-binding-wasm32-wasi@0.5.1', '@emnapi/core@1.11.3'), wasm);
    expect(d.fallback).toBe(true);
  });

  it('should fail when a regular dependency is missing', () => {
    const lock = smallLock();
    lock.packages['']!.dependencies!.yaml = '^2.9.1';
    const d = decideFallback(lock, missing('yaml@2.9.1'), registry);
    expect(d.fallback).toBe(false);
    expect(d.reasons.join('\n')).toMatch(/yaml@2\.9\.1 is missing and the project needs it/);
  });

  it('should fail when a missing package of a platform-like name is a regular dependency of something installed', () => {
    const lock = smallLock();
    lock.packages['node_modules/tinyrainbow']!.dependencies = { '@emnapi/core': '^1.5.0' };
    const d = decideFallback(
      lock,
      missing('@astrojs/compiler-binding-wasm32-wasi@0.5.1', '@napi-rs/wasm-runtime@1.0.7', '@emnapi/core@1.11.3'),
      registry,
    );
    expect(d.fallback).toBe(false);
    expect(d.reasons).toEqual([expect.stringContaining('@emnapi/core@1.11.3 is missing and the project needs it')]);
  });

  // npm lets optionalDependencies override; a lock file that lists both is odd, so the check stays strict.
  it('should treat a dependency listed as both regular and optional as required', () => {
    const lock = smallLock();
    lock.packages['node_modules/pagefind']!.dependencies = { '@pagefind/windows-x64': '1.6.0' };
    expect(decideFallback(lock, missing('@pagefind/windows-x64@1.6.0'), registry).fallback).toBe(false);
  });

  it('should treat a non-optional peer dependency as required and an optional one as optional', () => {
    const lock = smallLock();
    lock.packages['node_modules/vitest']!.peerDependencies = { '@types/node': '*', jsdom: '*' };
    lock.packages['node_modules/vitest']!.peerDependenciesMeta = { jsdom: { optional: true } };
    expect(decideFallback(lock, missing('jsdom@27.0.0'), registry).fallback).toBe(true);
    expect(decideFallback(lock, missing('@types/node@24.0.0'), registry).fallback).toBe(false);
  });

  it('should fail when nothing in the graph leads to the missing package (manifest unavailable)', () => {
    const d = decideFallback(
      smallLock(),
      missing('@astrojs/compiler-binding-wasm32-wasi@0.5.1', '@emnapi/core@1.11.3'),
      offline,
    );
    expect(d.fallback).toBe(false);
    expect(d.reasons).toEqual(['@emnapi/core@1.11.3 is missing and nothing in the lock file depends on it']);
  });

  it('should fail on any mismatch other than a missing package', () => {
    const d = decideFallback(
      smallLock(),
      { missing: [], other: ["Invalid: lock file's yaml@2.8.0 does not satisfy yaml@^2.9.1"] },
      registry,
    );
    expect(d.fallback).toBe(false);
  });

  it('should fail when npm refused the lock file but named nothing', () => {
    expect(decideFallback(smallLock(), { missing: [], other: [] }, registry).fallback).toBe(false);
  });

  it('should resolve a name to the nearest nested copy, as Node does', () => {
    const lock = smallLock();
    // astro's own nested copy of the binding carries the optional edge; the top-level one does not exist.
    const binding = lock.packages['node_modules/@astrojs/compiler-binding']!;
    delete lock.packages['node_modules/@astrojs/compiler-binding'];
    lock.packages['node_modules/astro/node_modules/@astrojs/compiler-binding'] = binding;
    expect(decideFallback(lock, missing('@astrojs/compiler-binding-darwin-arm64@0.5.1'), registry).fallback).toBe(true);
  });

  it("should, on this project's own lock file with its platform packages taken out, fall back", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    const removed = Object.keys(lock.packages).filter((p) =>
      /node_modules\/(@pagefind\/windows-x64|@astrojs\/compiler-binding-wasm32-wasi)$/.test(p),
    );
    expect(removed).toHaveLength(2);
    for (const p of removed) delete lock.packages[p];
    const d = decideFallback(
      lock,
      missing('@pagefind/windows-x64@1.6.0', '@astrojs/compiler-binding-wasm32-wasi@0.5.1'),
      registry,
    );
    expect(d.fallback).toBe(true);
    // …and fail when astro itself is the missing one.
    delete lock.packages['node_modules/astro'];
    expect(decideFallback(lock, missing('astro@7.3.5'), registry).fallback).toBe(false);
  });
});

describe('provenSatisfies', () => {
  it.each([
    ['1.11.3', '1.11.3', true],
    ['1.11.3', '1.11.1', false],
    ['^1.5.0', '1.11.1', true],
    ['^1.5.0', '2.0.0', false],
    ['^1.5.0', '1.4.9', false],
    ['^0.5.1', '0.5.9', true],
    ['^0.5.1', '0.6.0', false],
    ['^0.0.3', '0.0.4', false],
    ['~2.3.3', '2.3.9', true],
    ['~2.3.3', '2.4.0', false],
    ['^1.7.1 || ^2.0.0-alpha.4', '1.11.3', true],
    ['^1.7.1 || 2.0.0-beta.2', '2.0.0-beta.2', true],
    ['^1.7.1 || 2.0.0-beta.2', '1.6.0', false],
    ['*', undefined, true],
    ['>=1.0.0 <2', '1.5.0', false], // not proven (too elaborate): counts as a possible other copy
    ['^1.0.0', undefined, false],
  ] as const)('should say %s ∋ %s is %s', (range, version, expected) => {
    expect(provenSatisfies(range, version)).toBe(expected);
  });
});

describe('installedMismatches', () => {
  const lock = smallLock();
  it('should accept exactly the pinned versions', () => {
    expect(installedMismatches(lock, smallLock(), new Set())).toEqual([]);
  });
  it('should report a version other than the pinned one, and an unpinned package not allowed', () => {
    const installed = smallLock();
    installed.packages['node_modules/tinyrainbow'] = { version: '3.1.0' };
    installed.packages['node_modules/@pagefind/windows-x64'] = { version: '1.6.0' };
    installed.packages['node_modules/left-pad'] = { version: '1.3.0' };
    expect(installedMismatches(lock, installed, new Set(['@pagefind/windows-x64']))).toEqual([
      'node_modules/tinyrainbow: package-lock.json pins 3.0.3, installed 3.1.0',
      'node_modules/left-pad@1.3.0 is installed but not in package-lock.json',
    ]);
  });
});
