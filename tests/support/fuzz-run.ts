/**
 * Longer fuzz runs than `npm test` does: `node tests/support/fuzz-run.ts [cases] [seed]`.
 * Prints a summary and, for each property that failed, the first case minimized.
 */
import { fileURLToPath } from 'node:url';
import type { TableScanner } from '../../src/pipeline/structure/context.ts';
import { scanTables as realScanTables } from '../../src/pipeline/tables/index.ts';
import { check, loadSeedTexts, makeCase, minimize, type Failure, type FuzzCase } from './fuzz.ts';

export interface FuzzRun {
  cases: number;
  parsed: number;
  rejected: Record<string, number>;
  orderedDiffers: FuzzCase[];
  /** Cases whose tables were too large for the (quadratic) ordered comparison. */
  orderUnchecked: number;
  failures: { fuzz: FuzzCase; failure: Failure }[];
  ms: number;
}

/** `deepEvery`: check the MDX as Astro reads it (frontmatter, schema, compiler text) on every n-th case. */
export function runFuzz(
  seedsDir: string,
  seed: number,
  cases: number,
  scanTables: TableScanner,
  deepEvery = 1,
): FuzzRun {
  const seeds = loadSeedTexts(seedsDir);
  const run: FuzzRun = { cases, parsed: 0, rejected: {}, orderedDiffers: [], orderUnchecked: 0, failures: [], ms: 0 };
  const started = performance.now();
  for (let i = 0; i < cases; i++) {
    const fuzz = makeCase(seeds, seed, i);
    const { outcome, failure } = check(`fuzz-${i}.txt`, fuzz.text, scanTables, { deep: i % deepEvery === 0 });
    if (failure) run.failures.push({ fuzz, failure });
    else if (outcome?.kind === 'parsed') {
      run.parsed++;
      if (outcome.orderedOk === false) run.orderedDiffers.push(fuzz);
      if (outcome.orderedOk === undefined) run.orderUnchecked++;
    } else if (outcome?.kind === 'rejected') {
      const key = `${outcome.stage}: ${outcome.reason.replace(/ \(.*$/, '').replace(/0x[0-9a-f]+|\d+/g, 'N')}`;
      run.rejected[key] = (run.rejected[key] ?? 0) + 1;
    }
  }
  run.ms = performance.now() - started;
  return run;
}

/** The smallest input found that fails the same property as `fuzz`. */
export function reproducer(fuzz: FuzzCase, failure: Failure, scanTables: TableScanner): string {
  return minimize(
    fuzz.text,
    (text) => check('repro.txt', text, scanTables, { deep: true }).failure?.property === failure.property,
  );
}

if (import.meta.main) {
  const cases = Number(process.argv[2] ?? 2000);
  const seed = Number(process.argv[3] ?? 1);
  const deepEvery = Number(process.argv[4] ?? 1);
  const scanTables = realScanTables;
  const run = runFuzz(fileURLToPath(new URL('../../seeds/', import.meta.url)), seed, cases, scanTables, deepEvery);
  console.log(`fuzz: ${cases} cases (seed ${seed}) in ${(run.ms / 1000).toFixed(1)} s`);
  console.log(
    `  parsed ${run.parsed}; order of text differs in ${run.orderedDiffers.length} (not compared in ${run.orderUnchecked}); rejected:`,
    run.rejected,
  );
  const byProperty: Record<string, number> = {};
  for (const { failure } of run.failures) byProperty[failure.property] = (byProperty[failure.property] ?? 0) + 1;
  console.log(`  failures: ${run.failures.length}`, byProperty);
  const seen = new Set<string>();
  for (const { fuzz, failure } of run.failures) {
    const key = `${failure.property}|${failure.detail.split('\n')[0]!.replace(/\d+/g, 'N')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    console.log(
      `\n[${failure.property}] case ${fuzz.index} (${fuzz.seed} from line ${fuzz.from}; ${fuzz.mutations.join('; ')})`,
    );
    console.log(`  ${failure.detail.replace(/\n/g, '\n  ')}`);
    const small = reproducer(fuzz, failure, scanTables);
    console.log(`  minimal input (${small.length} chars): ${JSON.stringify(small).slice(0, 1500)}`);
    console.log(
      `  now fails with: ${check('repro.txt', small, scanTables, { deep: true }).failure?.detail.split('\n')[0]}`,
    );
  }
  if (process.argv.includes('--order')) {
    for (const fuzz of run.orderedDiffers.slice(0, 3)) {
      console.log(`\n[order] case ${fuzz.index} (${fuzz.seed} from line ${fuzz.from}; ${fuzz.mutations.join('; ')})`);
    }
  }
}
