/**
 * Robustness of the parser: 2,000 mutated slices of the seeds (tests/support/fuzz.ts explains
 * the mutations and the properties), deterministic (seeded PRNG).
 *
 * Text accounting is compared as multisets of characters, not in order: the page shows the
 * 版记 as one block at the notice's end (GB/T 9704), so when a mutation leaves 版记 lines on
 * both sides of other text (a swapped 抄送 line, a duplicated tail, a 发文字号 cut so that the
 * next notice runs on into this one) the accounting's one 版记 fragment sits at the first
 * 版记 line and the order of the fragments differs from the source though nothing is lost.
 * The ordered comparison is still made and its count printed (skipped where tables hold more
 * than 4,000 characters: the accounting merges table lines in quadratic time); every difference
 * examined was of the 版记 kind. The whole seeds are held to the ordered comparison by
 * text-accounting.test.ts.
 *
 * More cases: `node tests/support/fuzz-run.ts 20000 <seed>` (prints minimal reproducers).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/pipeline/model.ts';
import type { TableScanner } from '../../src/pipeline/structure/context.ts';
import { check, type Failure } from '../support/fuzz.ts';
import { reproducer, runFuzz } from '../support/fuzz-run.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const CASES = 2_000;
const SEED = 20_171_211;
/** A third of the cases also go through Astro's frontmatter reader and MDX compiler (the slow part). */
const DEEP_EVERY = 3;

/**
 * Parser bugs this test found, still open; each has its own `it.fails` reproducer below.
 * Remove an entry (and the `.fails`) once the parser is fixed.
 */
const KNOWN: { name: string; matches: (f: Failure) => boolean }[] = [];

describe('fuzz: mutated slices of the seeds', () => {
  it('the harness itself notices lost text and crashes', () => {
    const text =
      '北京市西城区人民政府文件\n西政发〔2017〕2号\n关于测试的通知\n各单位：\n第一段文字。\n第二段文字。\n北京市西城区人民政府\n2017年1月2日\n';
    expect(check('ok.txt', text, scanTables, { deep: true }).failure).toBeUndefined();
    const dropsALine: TableScanner = (lines: Line[]) => ({
      segments: [{ kind: 'text', lines: lines.filter((l) => l.text !== '第二段文字。') }],
      warnings: [],
    });
    expect(check('lossy.txt', text, dropsALine).failure?.property).toBe('lost-text');
    const throws: TableScanner = () => {
      throw new TypeError('boom');
    };
    expect(check('crash.txt', text, throws).failure?.property).toBe('crash:parse');
  });

  it(
    `${CASES} cases: no crash, InputErrors name file and reason, no text lost, MDX reads back`,
    { timeout: 120_000 },
    () => {
      const run = runFuzz(SEEDS, SEED, CASES, scanTables, DEEP_EVERY);
      const known = new Map<string, number>();
      const unknown = run.failures.filter(({ failure }) => {
        const bug = KNOWN.find((k) => k.matches(failure));
        if (bug) known.set(bug.name, (known.get(bug.name) ?? 0) + 1);
        return !bug;
      });
      const rejected = Object.values(run.rejected).reduce((a, b) => a + b, 0);
      console.log(
        `fuzz: ${CASES} cases in ${(run.ms / 1000).toFixed(1)} s: ${run.parsed} parsed, ${rejected} rejected with an InputError ` +
          `(${Object.entries(run.rejected)
            .map(([k, v]) => `${k} ×${v}`)
            .join(
              ', ',
            )}), text order differs in ${run.orderedDiffers.length} (not compared in ${run.orderUnchecked}), ` +
          `known bugs hit: ${[...known].map(([k, v]) => `${k} ×${v}`).join(', ') || 'none'}, new failures: ${unknown.length}`,
      );
      // Report at most three distinct new failures, each shrunk to a minimal input.
      const seen = new Set<string>();
      const reports: string[] = [];
      for (const { fuzz, failure } of unknown) {
        if (seen.has(failure.property) || reports.length >= 3) continue;
        seen.add(failure.property);
        const small = reproducer(fuzz, failure, scanTables);
        reports.push(
          `[${failure.property}] case ${fuzz.index}: ${fuzz.seed} from line ${fuzz.from}, ${fuzz.mutations.join('; ')}\n` +
            `  ${failure.detail}\n  minimal input: ${JSON.stringify(small)}`,
        );
      }
      expect(reports, `${unknown.length} new failures`).toEqual([]);
      // The page keeps the source's order, part by part. Only a case that puts a structural line
      // (a 附件说明, a 版记) into running text may differ: the part is one block, the text around
      // it goes on past it.
      const misordered = run.orderedDiffers.filter((c) => !c.mutations.some((m) => m.startsWith('structural')));
      expect(misordered.map((c) => `case ${c.index}: ${c.mutations.join('; ')}`)).toEqual([]);
      // The cases must exercise the parser, not just its input checks.
      // Most slices must reach the parser proper. A slice with neither a 版头 nor a 版记 holds no
      // notice and is refused (about a quarter of the cases), so well over half are parsed.
      expect(run.parsed).toBeGreaterThan(CASES * 0.6);
      expect(rejected).toBeGreaterThan(0);
    },
  );

  // Fixed (found by this test): a 版头 and 发文字号 with nothing after them gave a notice with
  // the title '', which the pipeline wrote and `astro build` then refused (schema: title min 1).
  it('a 版头 and 发文字号 with nothing after them give a notice Astro accepts', () => {
    const result = check('repro.txt', '北京市西城区人民政府文件\n西政发〔2017〕2号\n', scanTables, { deep: true });
    expect(result.failure).toBeUndefined();
    expect(result.outcome?.kind).toBe('parsed');
  });

  // Fixed (found by this test): the accounting counted a stand-in title (`西政发〔2017〕2号（标题缺失）`)
  // as source text, and lost the 版头 of a notice with neither number nor title.
  it('the accounting does not count stand-in titles as source text', () => {
    for (const text of [
      '北京市西城区人民政府文件\n西政发〔2017〕2号\n',
      '北京市西城区人民政府文件\n北京市西城区人民政府文件\n西政发〔2017〕2号\n',
    ]) {
      expect(check('repro.txt', text, scanTables, { deep: true }).failure).toBeUndefined();
    }
  });

  // Fixed (found by this test): in a notice without its own 附件说明, an issued plan's bare
  // `附件：` paragraph (items following as `1.甲表`, `2.乙表`) vanished.
  it('a bare 附件： line in an issued plan stays in the plan', () => {
    const text = [
      '北京市西城区人民政府办公室文件',
      '西政办发〔2017〕1号',
      '关于印发某方案的通知',
      '各单位：',
      '现将《某方案》印发给你们，请认真贯彻落实。',
      '北京市西城区人民政府办公室',
      '2017年1月9日',
      '某方案',
      '一、总体要求',
      '按照要求开展工作。',
      '附件：',
      '1.甲表',
      '2.乙表',
    ]
      .map((l) => `${l} `)
      .join('\n\n');
    expect(check('repro.txt', `${text}\n`, scanTables).failure).toBeUndefined();
  });

  // Fixed (found by `node tests/support/fuzz-run.ts 10000 99`): in a 印发 notice that already had
  // a 附件说明, a line of the issued plan starting with `附件：` cut the plan there, and the rest
  // of the plan was dropped without a warning.
  it('text after a second 附件： line inside an issued plan stays in the plan', () => {
    const text = [
      '北京市西城区人民政府办公室文件',
      '西政办发〔2017〕1号',
      '关于印发某方案的通知',
      '各单位：',
      '现将《某方案》印发给你们，请认真贯彻落实。',
      '附件：1.甲表',
      '北京市西城区人民政府办公室',
      '2017年1月9日',
      '某方案',
      '一、总体要求',
      '按照要求开展工作。',
      '附件：乙表',
      '这一段在方案中，在第二个“附件：”行之后。',
      '二、工作措施',
      '继续开展工作。',
    ]
      .map((l) => `${l} `)
      .join('\n\n');
    expect(check('repro.txt', `${text}\n`, scanTables).failure).toBeUndefined();
  });
});
