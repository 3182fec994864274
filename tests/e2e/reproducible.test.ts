/**
 * Reproducible builds: the same seeds built twice give a byte-identical dist/.
 *
 * The two builds differ in everything that must not matter: the folder they run in (so no
 * absolute path may leak into the output), the time, and the cache (the second starts from a
 * copy of the first one's Astro and Vite caches, as a developer's rebuild does). Every file of
 * both dist/ folders is hashed (SHA-256); the test names the files that differ and shows the
 * first differing bytes of each.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { buildSite, hashTree, makeProject, type SiteBuild } from '../support/site-build.ts';

const SEEDS = join(ROOT, 'seeds');
let first: SiteBuild;
let second: SiteBuild;
/** Files of the first build's Astro and Vite caches that the second build started from. */
let cacheFiles = 0;

function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `at byte ${i} (sizes ${a.length} / ${b.length}): ${show(a)} vs ${show(b)}`;
}

/**
 * One build day for both builds (the 有效性 is computed as of the build's day): without it, two
 * builds on either side of midnight in Beijing would differ, rightly.
 */
const ONE_DAY = { SOURCE_DATE_EPOCH: String(Math.floor(Date.UTC(2026, 0, 15) / 1000)) };

beforeAll(async () => {
  first = await buildSite({ seedsDir: SEEDS, env: ONE_DAY });
  const root = makeProject(mkdtempSync(join(tmpdir(), 'gazette-rebuild-')));
  const cache = join(first.root, '.cache');
  // A build that leaves no cache fails the first test below; copying nothing would test nothing.
  if (existsSync(cache)) {
    cacheFiles = hashTree(cache).size;
    cpSync(cache, join(root, '.cache'), { recursive: true });
  }
  second = await buildSite({ seedsDir: SEEDS, root, env: ONE_DAY });
}, 300_000);

afterAll(() => {
  first?.remove();
  second?.remove();
});

describe('two builds of the same seeds', () => {
  it("the second starting from the first one's caches", () => {
    expect(cacheFiles, "files in the first build's .cache/").toBeGreaterThan(0);
  });

  it('produce byte-identical dist/ folders', () => {
    const a = hashTree(first.dist);
    const b = hashTree(second.dist);
    expect(a.size, 'files in dist/').toBeGreaterThan(10);
    const differ = [...new Set([...a.keys(), ...b.keys()])]
      .sort()
      .filter((file) => a.get(file) !== b.get(file))
      .map((file) =>
        !a.has(file) || !b.has(file)
          ? `${file}: only in the ${a.has(file) ? 'first' : 'second'} build`
          : `${file}: ${firstDifference(readFileSync(join(first.dist, file)), readFileSync(join(second.dist, file)))}`,
      );
    expect(differ, 'files that differ between the two builds').toEqual([]);
  });

  it('and identical generated content', () => {
    const a = hashTree(first.content);
    const b = hashTree(second.content);
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
    expect(a.size).toBe(b.size);
  });
});
