/**
 * Property testing of the parser on mutated slices of the seeds (used by tests/seeds/fuzz.test.ts
 * and, for longer runs, by tests/support/fuzz-run.ts).
 *
 * A case is a slice of a seed file (often starting at a notice, sometimes anywhere) with one to
 * four mutations: lines dropped, duplicated, swapped or spliced in from elsewhere, a line or the
 * whole slice truncated, random bytes inserted (decoded leniently, so control characters and
 * U+FFFD reach the parser), odd characters inserted (lone surrogates, which the UTF-8 encoder
 * replaces, U+2028, zero-width and bidi marks, CJK brackets, markup), and very long lines.
 * The text then goes the way a seed file goes: UTF-8 bytes → decodeSeed → parseIssue.
 *
 * Properties checked for every case:
 *  - decodeSeed and parseIssue either succeed or throw an InputError that names the file and
 *    gives a reason; any other exception is a failure;
 *  - text accounting (src/pipeline/check/accounting.ts): the characters of the normalized lines
 *    from the first notice on equal the characters of the notices' fragments, as multisets
 *    (nothing lost, nothing doubled, nothing invented); the ordered comparison is recorded too;
 *  - every notice serializes to MDX (noticeToMdast + serializeMdx) without throwing, and, with
 *    `deep`, Astro reads that MDX back as written: its frontmatter parser (js-yaml, via
 *    @astrojs/internal-helpers) returns the frontmatter we wrote and the collection schema
 *    accepts it, and the MDX compiler Astro uses (satteri) reads exactly the model's text.
 *
 * Everything is deterministic: the cases come from a seeded PRNG.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { noticeFragments, sourceFragments } from '../../src/pipeline/check/accounting.ts';
import { InputError } from '../../src/pipeline/errors.ts';
import { decodeSeed } from '../../src/pipeline/ingest/decode.ts';
import { frontmatterOf } from '../../src/pipeline/mdx/frontmatter.ts';
import { noticeToMdast } from '../../src/pipeline/mdx/mdast.ts';
import { serializeMdx } from '../../src/pipeline/mdx/serialize.ts';
import type { Block, Notice, Table } from '../../src/pipeline/model.ts';
import { normalizeLines } from '../../src/pipeline/normalize/lines.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { assignSlugs } from '../../src/pipeline/slug.ts';
import type { TableScanner } from '../../src/pipeline/structure/context.ts';
import { inlineText } from '../../src/pipeline/structure/inlines.ts';
import { noticeBlocks } from '../../src/pipeline/structure/notice-blocks.ts';
import { noticeFrontmatter } from '../../src/schemas/notice.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToHast } from 'satteri';
import { isDeepStrictEqual } from 'node:util';

/** sfc32: small, fast, good enough for test data; seeded, so every run is the same. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface SeedText {
  name: string;
  lines: string[];
  /** Indexes of 版头 lines (…文件): good places for a slice to start. */
  starts: number[];
}

export function loadSeedTexts(dir: string): SeedText[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const lines = readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
      const starts = lines.flatMap((l, i) => (/^\s*[\p{Script=Han}（）()]{4,40}文件\s*$/u.test(l) ? [i] : []));
      return { name, lines, starts };
    });
}

/** Odd characters worth throwing at a parser of Chinese official documents. */
const ODD = [
  '\u0001',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '😀',
  '𠀀',
  '\t',
  ' ',
  '\u3000',
  '〔',
  '〕',
  '［',
  '］',
  '（',
  '）',
  '号',
  '文件',
  '附件',
  '附件：',
  '抄送：',
  '印发',
  '大事记',
  '目 录',
  '。',
  '；',
  '：',
  '**',
  '_{',
  '^{',
  '{',
  '}',
  '<',
  '>',
  '&amp;',
  '`',
  '\\',
  '— 12 —',
  '2017年2月30日',
  '〔2017〕',
  '１２',
];

/** Lines that open or close a part of a 公文: where the parser's decisions are made. */
const STRUCTURAL = [
  ['北京市西城区人民政府文件'],
  ['北京市西城区人民政府办公室文件', '西政办发〔2017〕99号'],
  ['西政发〔2017〕 7 号'],
  ['附件'],
  ['附件 2 '],
  ['附件：1.甲方案', '2.乙办法'],
  ['北京市西城区人民政府办公室', '2017年9月1日'],
  ['2017 年 9 月 1 日 '],
  ['抄送：区委各部门。'],
  ['北京市西城区人民政府办公室 2017年9月1日印发'],
  ['2017年大事记'],
  ['目 录'],
  ['— 3 —'],
  [' 新的一页开始于此，'],
  ['1月'],
  ['（一）标题'],
  ['第一章 总则'],
  ['前  言'],
  [''],
  [' '],
] as const;

/** Text for a very long line: repeated prose, with or without spaces, or random characters. */
function longLine(rng: Rng, pool: readonly string[]): string {
  const target = rng.int(2_000, 30_000);
  const kind = rng.int(0, 3);
  if (kind === 0) {
    const unit = rng.pick(pool.filter((l) => l.trim().length > 10)) ?? '为规范政府行为，营造公平竞争的市场环境。';
    return unit
      .trim()
      .repeat(Math.ceil(target / Math.max(1, unit.length)))
      .slice(0, target);
  }
  if (kind === 1) return '一'.repeat(target);
  if (kind === 2)
    return Array.from({ length: target / 4 }, () => rng.pick(['西城', '2017 ', '，', '** ', '（一）'])).join('');
  return Array.from({ length: target }, () => String.fromCharCode(rng.int(0x4e00, 0x9fa5))).join('') + ' ';
}

/** Random bytes decoded leniently: controls survive, invalid sequences become U+FFFD. */
function randomBytesText(rng: Rng): string {
  const bytes = Uint8Array.from({ length: rng.int(1, 40) }, () => rng.int(0, 255));
  // A NUL makes the file binary (decodeSeed rejects it): keep a few, drop most.
  const text = new TextDecoder('utf-8').decode(bytes);
  return rng.chance(0.05) ? text : text.replace(/\0/g, '');
}

type Mutation = (lines: string[], rng: Rng, pool: readonly string[]) => string;

const at = (lines: readonly string[], rng: Rng) => rng.int(0, Math.max(0, lines.length - 1));

export const MUTATIONS: Record<string, Mutation> = {
  drop(lines, rng) {
    const i = at(lines, rng);
    const n = rng.int(1, 5);
    lines.splice(i, n);
    return `drop ${n} at ${i}`;
  },
  duplicate(lines, rng) {
    const i = at(lines, rng);
    const n = rng.int(1, 8);
    const j = rng.chance(0.5) ? Math.min(lines.length, i + n) : at(lines, rng);
    lines.splice(j, 0, ...lines.slice(i, i + n));
    return `duplicate ${n} from ${i} to ${j}`;
  },
  swap(lines, rng) {
    const i = at(lines, rng);
    const j = rng.chance(0.5) ? Math.min(lines.length - 1, i + rng.int(1, 3)) : at(lines, rng);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return `swap ${i} ${j}`;
  },
  splice(lines, rng, pool) {
    const i = at(lines, rng);
    const n = rng.int(1, 4);
    const from = rng.int(0, Math.max(0, pool.length - n));
    lines.splice(i, 0, ...pool.slice(from, from + n));
    return `splice ${n} seed lines at ${i}`;
  },
  truncateLine(lines, rng) {
    const i = at(lines, rng);
    const l = lines[i] ?? '';
    lines[i] = l.slice(0, rng.int(0, l.length));
    return `truncate line ${i}`;
  },
  truncateSlice(lines, rng) {
    const i = at(lines, rng);
    const l = lines[i] ?? '';
    lines.splice(i + 1);
    lines[i] = l.slice(0, rng.int(0, l.length));
    return `end slice at ${i}`;
  },
  randomBytes(lines, rng) {
    const i = at(lines, rng);
    const l = lines[i] ?? '';
    const k = rng.int(0, l.length);
    lines[i] = l.slice(0, k) + randomBytesText(rng) + l.slice(k);
    return `random bytes in line ${i}`;
  },
  oddChars(lines, rng) {
    const i = at(lines, rng);
    const l = lines[i] ?? '';
    const k = rng.int(0, l.length);
    const odd = Array.from({ length: rng.int(1, 3) }, () => rng.pick(ODD)).join('');
    lines[i] = l.slice(0, k) + odd + l.slice(k);
    return `odd chars in line ${i}`;
  },
  structural(lines, rng) {
    const i = at(lines, rng);
    const insert = rng.pick(STRUCTURAL);
    lines.splice(i, 0, ...insert);
    return `structural ${JSON.stringify(insert[0])} at ${i}`;
  },
  longLine(lines, rng, pool) {
    const i = at(lines, rng);
    lines.splice(i, 0, longLine(rng, pool));
    return `long line at ${i}`;
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

export interface FuzzCase {
  index: number;
  seed: string;
  from: number;
  mutations: string[];
  text: string;
}

/** The case number `index` of the run seeded with `seed`: always the same text. */
export function makeCase(seeds: readonly SeedText[], seed: number, index: number): FuzzCase {
  const rng = new Rng((seed * 1_000_003 + index) | 0);
  const source = rng.pick(seeds);
  const from = source.starts.length > 0 && rng.chance(0.6) ? rng.pick(source.starts) : at(source.lines, rng);
  const length = rng.chance(0.9) ? rng.int(10, 300) : rng.int(300, 1_000);
  const lines = source.lines.slice(from, from + length);
  const mutations: string[] = [];
  const count = rng.int(1, 4);
  for (let m = 0; m < count; m++) {
    const name = rng.pick(MUTATION_NAMES);
    mutations.push(MUTATIONS[name]!(lines, rng, source.lines));
  }
  return { index, seed: source.name, from: from + 1, mutations, text: lines.join('\n') };
}

export type Outcome =
  /** `orderedOk` is left out when the ordered comparison was too costly (large tables). */
  | { kind: 'parsed'; notices: number; orderedOk?: boolean }
  | { kind: 'rejected'; stage: 'decode' | 'parse'; reason: string };

export interface Failure {
  /**
   * What property broke: `crash:<stage>`, `bad-input-error`, `lost-text`, `empty-table`, `serialize`,
   * `mdx-frontmatter`, `mdx-schema`, `mdx-compile`, `mdx-text`.
   */
  property: string;
  detail: string;
  /** For lost text: output minus source, per character (negative: lost). */
  diff?: Record<string, number>;
}

function tablesOf(n: Notice): Table[] {
  return noticeBlocks(n).filter((b): b is Table => b.type === 'table');
}

function countChars(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of text) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** Output minus source, per character; empty when the two are the same multiset. */
export function charDiff(expected: string, actual: string): Record<string, number> {
  const e = countChars(expected);
  const a = countChars(actual);
  const out: Record<string, number> = {};
  for (const ch of new Set([...e.keys(), ...a.keys()])) {
    const d = (a.get(ch) ?? 0) - (e.get(ch) ?? 0);
    if (d !== 0) out[ch] = d;
  }
  return out;
}

/** Characters one side has more of than the other, e.g. `+西×2 -城`. */
export function multisetDiff(expected: string, actual: string): string | undefined {
  const out = Object.entries(charDiff(expected, actual)).map(
    ([ch, d]) => `${d > 0 ? '+' : '-'}${JSON.stringify(ch)}${Math.abs(d) > 1 ? `×${Math.abs(d)}` : ''}`,
  );
  return out.length > 0
    ? `${out.length} characters differ (output minus source): ${out.slice(0, 12).join(' ')}`
    : undefined;
}

function describeError(e: unknown): string {
  return e instanceof Error
    ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}`
    : String(e);
}

function blocksText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'table'
      ? [b.caption ?? '', ...[...b.head, ...b.body].flat().map((c) => c.text)]
      : [inlineText(b.inlines)],
  );
}

/** The text of a notice's MDX body, in the order src/pipeline/mdx/mdast.ts writes it. */
export function mdxBodyText(n: Notice): string {
  return [
    n.meta.recipients ?? '',
    ...blocksText(n.body),
    ...n.attachmentNoteLines,
    ...n.signature,
    ...n.issued.flatMap((d) => [d.title, ...blocksText(d.blocks)]),
    ...n.attachments.flatMap((a) => [a.printedLabel ?? a.label, a.title ?? '', ...blocksText(a.blocks)]),
    ...n.colophon,
  ].join('');
}

interface HastLike {
  type: string;
  value?: string;
  children?: HastLike[];
}

function hastText(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(hastText).join('');
}

const noSpace = (s: string) => s.replace(/\s+/gu, '');

/** What Astro reads from the MDX we wrote, against what we meant to write. */
function checkMdx(n: Notice, mdx: string, frontmatter: object): Failure | undefined {
  let read;
  try {
    read = parseFrontmatter(mdx, { frontmatter: 'remove' });
  } catch (e) {
    return { property: 'mdx-frontmatter', detail: `${n.slug}: Astro's frontmatter parser throws: ${describeError(e)}` };
  }
  if (!isDeepStrictEqual(read.frontmatter, JSON.parse(JSON.stringify(frontmatter)))) {
    return {
      property: 'mdx-frontmatter',
      detail: `${n.slug}: frontmatter reads back differently: ${JSON.stringify(read.frontmatter).slice(0, 300)}`,
    };
  }
  const schema = noticeFrontmatter.safeParse(read.frontmatter);
  if (!schema.success) {
    const issues = schema.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { property: 'mdx-schema', detail: `${n.slug}: the collection schema rejects the frontmatter: ${issues}` };
  }
  let tree: HastLike;
  try {
    tree = mdxToHast(read.content, { features: { gfm: true, smartPunctuation: false } }) as HastLike;
  } catch (e) {
    return { property: 'mdx-compile', detail: `${n.slug}: satteri cannot read the MDX: ${describeError(e)}` };
  }
  const want = noSpace(mdxBodyText(n));
  const got = noSpace(hastText(tree));
  if (want !== got) {
    let i = 0;
    while (i < want.length && want[i] === got[i]) i++;
    return {
      property: 'mdx-text',
      detail: `${n.slug}: the MDX compiler reads other text at ${i}: want …${JSON.stringify(want.slice(Math.max(0, i - 10), i + 20))}… got …${JSON.stringify(got.slice(Math.max(0, i - 10), i + 20))}…`,
    };
  }
  return undefined;
}

/** Runs one input through the pipeline stages and checks the properties. */
export function check(
  name: string,
  text: string,
  scanTables: TableScanner,
  options: { deep?: boolean } = {},
): { outcome?: Outcome; failure?: Failure } {
  const bytes = new TextEncoder().encode(text);
  let file;
  try {
    file = decodeSeed(name, bytes);
  } catch (e) {
    if (e instanceof InputError && e.file === name && e.reason.trim() !== '') {
      return { outcome: { kind: 'rejected', stage: 'decode', reason: e.reason } };
    }
    return {
      failure: { property: e instanceof InputError ? 'bad-input-error' : 'crash:decode', detail: describeError(e) },
    };
  }
  let parsed;
  try {
    parsed = parseIssue(file, scanTables);
  } catch (e) {
    if (e instanceof InputError && e.file === name && e.reason.trim() !== '') {
      return { outcome: { kind: 'rejected', stage: 'parse', reason: e.reason } };
    }
    return {
      failure: { property: e instanceof InputError ? 'bad-input-error' : 'crash:parse', detail: describeError(e) },
    };
  }
  const { notices, issue } = parsed;
  // URLs are given once all files are parsed (parseSeeds does it); here the file is the whole set.
  assignSlugs(notices, []);
  // Text accounting, as tests/seeds/text-accounting.test.ts does it for the seeds, compared as
  // multisets. For the multiset the table spans do not matter (a table's fragment is its lines'
  // characters sorted), so the source side is built without them: sourceFragments merges the
  // lines of a span by re-sorting the whole span for each line, quadratic in the span's size,
  // seconds for a very long line inside a table.
  const { lines } = normalizeLines(file);
  const first = Math.min(...notices.map((n) => n.source.line));
  const fromFirst = lines.filter((l) => l.no >= first);
  const expected = sourceFragments(fromFirst, [])
    .map((f) => f.text)
    .join('');
  const actual = notices
    .flatMap(noticeFragments)
    .sort((a, b) => a.line - b.line)
    .map((f) => f.text)
    .join('');
  const lost = multisetDiff(expected, actual);
  if (lost) {
    return { failure: { property: 'lost-text', detail: lost, diff: charDiff(expected, actual) } };
  }
  // A table is rows: a header with none under it is a reader's mistake, however its text is kept.
  const empty = notices.flatMap(tablesOf).find((t) => t.body.length === 0);
  if (empty) return { failure: { property: 'empty-table', detail: `table at line ${empty.span.line} has no rows` } };
  // The ordered comparison, for the record, where it is affordable.
  const spans = notices.flatMap(tablesOf).map((t) => ({ line: t.span.line, endLine: t.span.endLine ?? t.span.line }));
  const inSpans = fromFirst
    .filter((l) => spans.some((s) => l.no >= s.line && l.no <= s.endLine))
    .reduce((sum, l) => sum + l.text.length, 0);
  const orderedOk =
    inSpans > 4_000
      ? undefined
      : sourceFragments(fromFirst, spans)
          .map((f) => f.text)
          .join('') === actual;
  for (const n of notices) {
    let mdx: string;
    const frontmatter = frontmatterOf(n, issue);
    try {
      mdx = serializeMdx(noticeToMdast(n), frontmatter);
    } catch (e) {
      return { failure: { property: 'serialize', detail: `${n.slug}: ${describeError(e)}` } };
    }
    const failure = options.deep ? checkMdx(n, mdx, frontmatter) : undefined;
    if (failure) return { failure };
  }
  return { outcome: { kind: 'parsed', notices: notices.length, ...(orderedOk === undefined ? {} : { orderedOk }) } };
}

/**
 * Shrinks a failing input to a small one that fails the same property: drops runs of lines
 * (halving the run length down to single lines), then characters within each remaining line.
 */
export function minimize(text: string, fails: (text: string) => boolean, budget = 4_000): string {
  let lines = text.split('\n');
  let calls = 0;
  const tryLines = (candidate: string[]) => {
    if (calls++ > budget) return false;
    if (!fails(candidate.join('\n'))) return false;
    lines = candidate;
    return true;
  };
  for (let size = Math.max(1, Math.floor(lines.length / 2)); size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i < lines.length;) {
      if (!tryLines([...lines.slice(0, i), ...lines.slice(i + size)])) i += size;
    }
    if (size === 1) break;
  }
  for (let li = 0; li < lines.length; li++) {
    let chars = [...lines[li]!];
    for (let size = Math.max(1, Math.floor(chars.length / 2)); size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; i < chars.length;) {
        const cand = [...chars.slice(0, i), ...chars.slice(i + size)];
        const next = [...lines];
        next[li] = cand.join('');
        if (tryLines(next)) chars = cand;
        else i += size;
      }
      if (size === 1) break;
    }
  }
  return lines.join('\n');
}
