/**
 * Search quality against a substring oracle, in Chromium.
 *
 * Queries (tests/support/search-queries.ts): picked from the generated notices by rule with a
 * fixed seed (two-character words, phrases, long phrases, numbers, the gazette's own and cited
 * 发文字号 with and without spaces, Latin words, phrases that occur nowhere, several keywords,
 * words typed together) plus a fixed list (names, 96119, 98.5%, PM2.5 typed four ways, VOCs,
 * single characters, no-match queries, issue 13's examples, traditional characters).
 *
 * Oracle (tests/support/search-oracle.ts): the notices whose indexed text — the built page's
 * [data-pagefind-body] in dist/ — contains every term of the query, text and terms normalized
 * by the oracle's own rules (NFKC, no whitespace, lower case), not the site's. The terms are the
 * query's own (space-separated, quoted phrases, a 发文字号 however typed), or the words the query
 * list gives for queries typed without spaces or in traditional characters; when the site reads
 * some other query as words (no notice holds it as typed), its words, checked to come from the
 * query. The site's answer: `window.gazetteSearch({ query })` on /search/, the function the search
 * page itself calls.
 *
 * Per query: recall = found∩expected / expected (1 when nothing is expected), precision =
 * found∩expected / found (1 when nothing is found). Averaged per kind and over all queries,
 * printed as a table and written to test-output/search-quality.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { NOTICES_DIR, ROOT } from '../support/paths.ts';
import {
  oracleAll,
  oracleNormalize,
  oracleQuery,
  oracleTerms,
  readIndexedTexts,
  type OraclePage,
} from '../support/search-oracle.ts';
import { buildQueries, type QualityQuery } from '../support/search-queries.ts';

const RECALL_TARGET = 0.99;
const PRECISION_TARGET = 0.95;
const OUTPUT = join(ROOT, 'test-output', 'search-quality.json');

/** Recall and precision of Pagefind's own search (the query as typed, results unchecked), for comparison. */
interface Baseline {
  recall: number;
  precision: number;
}

interface Outcome extends QualityQuery {
  /** The terms the expected set holds (see the file's comment). */
  expectedTerms: string[];
  expected: string[];
  found: string[];
  recall: number;
  precision: number;
  mode: string;
  /** The terms the site looked for (normalized). */
  siteTerms: string[];
  /** The notice a reader expects first, if any: given, or the only one whose title holds every term. */
  expectFirst?: string;
  /** Index files the site loaded for this query (beyond those it had). */
  files: number;
  ms: number;
  baseline: Baseline;
}

interface Figures {
  queries: number;
  recall: number;
  precision: number;
  /** Queries whose result set equals the oracle's. */
  exact: number;
  /** Mean number of index files the site loaded (with a warm page: the first query loads the most). */
  files: number;
  /** Mean time per query (ms), in a warm page. */
  ms: number;
  /** Pagefind alone on the same index: the query as typed, its results unchecked. */
  pagefindAlone: Baseline;
}

function figures(outcomes: readonly Outcome[]): Figures {
  const n = outcomes.length;
  const mean = (f: (o: Outcome) => number) => (n === 0 ? 0 : outcomes.reduce((s, o) => s + f(o), 0) / n);
  return {
    queries: n,
    recall: mean((o) => o.recall),
    precision: mean((o) => o.precision),
    exact: outcomes.filter((o) => o.recall === 1 && o.precision === 1).length,
    files: mean((o) => o.files),
    ms: mean((o) => o.ms),
    pagefindAlone: { recall: mean((o) => o.baseline.recall), precision: mean((o) => o.baseline.precision) },
  };
}

function table(rows: [string, Figures][]): string {
  const head = ['kind', 'queries', 'recall', 'precision', 'exact', 'files', 'ms', 'Pagefind alone R/P'];
  const body = rows.map(([kind, f]) => [
    kind,
    String(f.queries),
    f.recall.toFixed(4),
    f.precision.toFixed(4),
    `${f.exact}/${f.queries}`,
    f.files.toFixed(1),
    f.ms.toFixed(0),
    `${f.pagefindAlone.recall.toFixed(3)}/${f.pagefindAlone.precision.toFixed(3)}`,
  ]);
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...[head, ...body].map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c + ' '.repeat(cols[i]! - width(c)) : c.padStart(cols[i]!))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}

const notices = readNotices();
let tb: TestBrowser;
let pages: OraclePage[];
let outcomes: Outcome[] = [];

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
  await tb.page.goto(siteUrl('/search/'), { waitUntil: 'load' });
  await tb.page.waitForFunction(() => typeof window.gazetteSearch === 'function');

  pages = await readIndexedTexts(
    tb.page,
    notices.map((n) => n.frontmatter.slug),
  );
  const sources = notices.map((n) => ({
    slug: n.frontmatter.slug,
    title: n.frontmatter.title,
    docNumber: n.frontmatter.docNumber,
    mdx: readFileSync(join(NOTICES_DIR, n.file), 'utf8'),
  }));
  const queries = buildQueries(sources, (q) => pages.some((p) => p.text.includes(q)));

  const answers = await tb.page.evaluate(
    async (list) => {
      const out: { found: string[]; mode: string; terms: string[]; files: number; ms: number }[] = [];
      let loaded = 0;
      for (const query of list) {
        const started = performance.now();
        const response = await window.gazetteSearch!({ query });
        out.push({
          found: response.hits.map((h) => h.slug),
          mode: response.mode,
          terms: response.terms.map((t) => t.text),
          files: response.loaded - loaded,
          ms: performance.now() - started,
        });
        loaded = response.loaded;
      }
      return out;
    },
    queries.map((q) => q.query),
  );

  // For comparison: Pagefind's own search, the query as typed (a string: vitest must not rewrite the import).
  const plain = (await tb.page.evaluate(`(async (list) => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const out = [];
    for (const query of list) {
      const response = await pagefind.search(query);
      const datas = await Promise.all(response.results.map((r) => r.data()));
      out.push(datas.map((d) => (/\\/notices\\/([^/]+)\\//.exec(d.url) || [])[1] || d.url));
    }
    return out;
  })(${JSON.stringify(queries.map((q) => q.query))})`)) as string[][];
  const score = (found: readonly string[], expected: Set<string>): Baseline => {
    const hits = found.filter((slug) => expected.has(slug)).length;
    return {
      recall: expected.size === 0 ? 1 : hits / expected.size,
      precision: found.length === 0 ? 1 : hits / found.length,
    };
  };

  const slugOf = (f: { docNumber?: string; title?: string }) =>
    notices.find((n) => (f.docNumber ? n.frontmatter.docNumber === f.docNumber : n.frontmatter.title === f.title))
      ?.frontmatter.slug ?? `(no notice ${f.docNumber ?? f.title})`;
  const titleOf = new Map(notices.map((n) => [n.frontmatter.slug, oracleNormalize(n.frontmatter.title)]));

  outcomes = queries.map((q, i) => {
    const answer = answers[i]!;
    const typed = oracleTerms(q.query);
    // Queries the site reads as words without the list naming them: the site's words (checked below).
    const expectedTerms =
      q.terms ?? (oracleAll(pages, typed).size === 0 && answer.mode === 'words' ? answer.terms : typed);
    const expected = oracleAll(pages, expectedTerms);
    const { recall, precision } = score(answer.found, expected);
    const normalizedTerms = expectedTerms.map(oracleQuery);
    const titled = [...expected].filter((slug) => normalizedTerms.every((t) => titleOf.get(slug)!.includes(t)));
    const expectFirst = q.first ?? (q.firstOf ? slugOf(q.firstOf) : titled.length === 1 ? titled[0] : undefined);
    return {
      ...q,
      expectedTerms,
      expected: [...expected].sort(),
      found: answer.found,
      recall,
      precision,
      mode: answer.mode,
      siteTerms: answer.terms,
      ...(expectFirst ? { expectFirst } : {}),
      files: answer.files,
      ms: answer.ms,
      baseline: score(plain[i] ?? [], oracleAll(pages, typed)),
    };
  });

  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const perKind = kinds.map((k) => [k, figures(outcomes.filter((o) => o.kind === k))] as [string, Figures]);
  const overall = figures(outcomes);
  const misses = outcomes
    .filter((o) => o.recall < 1 || o.precision < 1)
    .map((o) => ({
      kind: o.kind,
      query: o.query,
      terms: o.expectedTerms.join('/'),
      site: o.siteTerms.join('/'),
      missing: o.expected.filter((s) => !o.found.includes(s)),
      extra: o.found.filter((s) => !o.expected.includes(s)),
    }));
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(
    OUTPUT,
    JSON.stringify(
      {
        generated: new Date().toISOString(),
        notices: pages.length,
        targets: { recall: RECALL_TARGET, precision: PRECISION_TARGET },
        overall,
        perKind: Object.fromEntries(perKind),
        misses,
        queries: outcomes,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(
    `\nsearch quality: ${overall.queries} queries on ${pages.length} notices ` +
      `(test-output/search-quality.json)\n${table([...perKind, ['overall', overall]])}\n` +
      (misses.length > 0
        ? `not exact:\n${misses.map((m) => `  ${m.kind} ${m.query} (${m.terms}; site ${m.site}): missing ${m.missing.join(',') || '-'}; extra ${m.extra.join(',') || '-'}`).join('\n')}\n`
        : ''),
  );
}, 300_000);

afterAll(async () => {
  await tb?.close();
});

describe('the oracle', () => {
  it('should fold what a reader does not see or type differently, by its own rules', () => {
    expect(oracleNormalize('ＰＭ２．５\u3000浓度')).toBe('pm2.5浓度');
    expect(oracleNormalize('完\n成 时限\u200b\u2060\ufeff')).toBe('完成时限');
    expect(oracleNormalize('Ⅱ级 SO₂ VOCs')).toBe('ii级so2vocs');
    expect(oracleNormalize('（一）、“十三五”')).toBe('(一)、“十三五”');
  });

  it('should read a 发文字号 typed with any brackets or none as the printed one', () => {
    for (const typed of [
      '西政办发〔2017〕7号',
      '西政办发[2017]7号',
      '西政办发［2017］7 号',
      '西政办发(2017)7号',
      '西政办发 2017 7号',
    ]) {
      expect(oracleQuery(typed), typed).toBe('西政办发〔2017〕7号');
    }
    expect(oracleQuery('依据京政发【2016】48号')).toBe('依据京政发〔2016〕48号');
    expect(oracleQuery('“垃圾分类”')).toBe('垃圾分类');
    expect(oracleQuery('(2017)')).toBe('(2017)');
  });
});

describe('search quality against the substring oracle', () => {
  it('asks at least 100 queries, of every kind, at least 60 of several keywords and 30 of words typed together', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(outcomes.map((o) => o.kind));
    for (const kind of [
      '二字词',
      '短语',
      '长句',
      '数字',
      '本报文号',
      '引用文号',
      '拉丁词',
      '地名人名',
      '机构名',
      '跨空格',
      '无结果',
      '多关键词',
      '连写多词',
      '示例',
      '繁体',
    ] as const) {
      expect(kinds, `no ${kind} queries`).toContain(kind);
    }
    expect(outcomes.filter((o) => o.kind === '多关键词').length).toBeGreaterThanOrEqual(60);
    expect(outcomes.filter((o) => o.kind === '连写多词').length).toBeGreaterThanOrEqual(30);
    // The fixed kinds must mean something: names and numbers that do occur.
    for (const kind of ['地名人名', '机构名', '跨空格', '数字', '拉丁词', '引用文号', '多关键词', '繁体'] as const) {
      const matching = outcomes.filter((o) => o.kind === kind && o.expected.length > 0);
      expect(matching.length, `${kind} queries that occur somewhere`).toBeGreaterThan(0);
    }
  });

  it('builds the index from the same text the oracle reads', async () => {
    // The index is built from Pagefind's copy of each page; it must say what the page says.
    // A string, so that vitest does not rewrite the dynamic import for Node.
    const texts = (await tb.page.evaluate(`(async () => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const all = await pagefind.search(null);
      return Promise.all(all.results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, content: d.content };
      }));
    })()`)) as { url: string; content: string }[];
    const bySlug = new Map(texts.map((t) => [/\/notices\/([^/]+)\//.exec(t.url)?.[1], oracleNormalize(t.content)]));
    expect(bySlug.size).toBe(pages.length);
    const differing = pages.filter((p) => bySlug.get(p.slug) !== p.text).map((p) => p.slug);
    expect(differing, 'notices whose indexed text differs from the page text').toEqual([]);
  });

  it(`has recall ≥ ${RECALL_TARGET} and precision ≥ ${PRECISION_TARGET} over all queries`, () => {
    const overall = figures(outcomes);
    expect(overall.recall).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(overall.precision).toBeGreaterThanOrEqual(PRECISION_TARGET);
  });

  it('meets the targets for every kind of query', () => {
    const below = [...new Set(outcomes.map((o) => o.kind))]
      .map((kind) => ({ kind, ...figures(outcomes.filter((o) => o.kind === kind)) }))
      .filter((f) => f.recall < RECALL_TARGET || f.precision < PRECISION_TARGET)
      .map((f) => `${f.kind}: recall ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)}`);
    expect(below).toEqual([]);
  });

  it('returns a notice first for its own 发文字号, typed with or without spaces and brackets', () => {
    const own = outcomes.filter((o) => o.first);
    expect(own.length).toBeGreaterThan(0);
    const wrong = own
      .filter((o) => o.found[0] !== o.first)
      .map((o) => `${o.query} → ${o.found[0] ?? 'nothing'} (want ${o.first})`);
    expect(wrong).toEqual([]);
  });

  it('returns first the notice a reader expects: the issue examples, and the only title holding every term', () => {
    const expecting = outcomes.filter((o) => o.expectFirst);
    expect(expecting.filter((o) => o.kind === '示例').length).toBe(outcomes.filter((o) => o.kind === '示例').length);
    expect(expecting.length).toBeGreaterThanOrEqual(50);
    const wrong = expecting
      .filter((o) => o.found[0] !== o.expectFirst)
      .map((o) => `${o.query} → ${o.found[0] ?? 'nothing'} (want ${o.expectFirst})`);
    expect(wrong).toEqual([]);
  });

  it('claims no exact match for a query no notice holds as typed, and reads it as words from the query', () => {
    const none = outcomes.filter((o) => o.none);
    expect(none.length).toBeGreaterThanOrEqual(40);
    expect(
      none.filter((o) => oracleAll(pages, oracleTerms(o.query)).size > 0).map((o) => o.query),
      'no-match queries the oracle finds',
    ).toEqual([]);
    expect(none.filter((o) => o.mode === 'all' && o.found.length > 0).map((o) => o.query)).toEqual([]);
    // Words the site reads a query as come from the query (in simplified characters), in order.
    const foreign = outcomes
      .filter((o) => o.mode === 'words')
      .filter((o) => {
        const typed = (o.kind === '繁体' ? o.terms! : oracleTerms(o.query)).map(oracleQuery).join('');
        let at = 0;
        return !o.siteTerms.every((w) => (at = typed.indexOf(oracleQuery(w), at)) >= 0);
      })
      .map((o) => `${o.query} → ${o.siteTerms.join('/')}`);
    expect(foreign).toEqual([]);
  });

  it('stayed offline and raised no script error', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
