/**
 * The queries of the search-quality test (tests/e2e/search-quality.test.ts), of several kinds.
 * Most are picked from the generated notices at test time by rule, with a fixed seed, so that
 * they follow the content when the gazette grows; a fixed list adds kinds a rule cannot find
 * (names, Latin terms typed in other ways, queries that must find nothing).
 *
 * Whether a query *should* find a notice is not decided here: the test's oracle does that.
 */
import { oracleNormalize, oracleQuery } from './search-oracle.ts';

export type QueryKind =
  | '二字词'
  | '短语'
  | '长句'
  | '单字'
  | '数字'
  | '本报文号'
  | '引用文号'
  | '拉丁词'
  | '地名人名'
  | '机构名'
  | '跨空格'
  | '无结果'
  | '多关键词'
  | '连写多词'
  | '繁体'
  | '示例';

export interface QualityQuery {
  kind: QueryKind;
  query: string;
  /**
   * The words a reader means, each to be in a notice: given for queries the site must read as
   * words (typed without spaces, or in traditional characters); otherwise the query's own terms.
   */
  terms?: string[];
  /** Slug of the notice that must come first (a query that is that notice's 发文字号). */
  first?: string;
  /** The notice that must come first, named as the issue names it (resolved by the test). */
  firstOf?: { docNumber?: string; title?: string };
  /** No notice holds the query as typed (the oracle is checked to agree). */
  none?: boolean;
}

export interface SourceNotice {
  slug: string;
  title: string;
  docNumber?: string;
  /** The MDX file's text (frontmatter and body). */
  mdx: string;
}

/** mulberry32: a small seeded PRNG, so a run picks the same queries from the same content. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The readable text of an MDX body: frontmatter, tags, entities, escapes and link syntax removed. */
export function mdxBodyText(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<[^>\n]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(
      /&(amp|lt|gt|quot|nbsp);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' })[name] ?? '',
    )
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(#{1,6}|[-*+]|\|)\s*/gm, '');
}

/** Runs of Han characters in a text (split at anything else). */
function hanRuns(text: string): string[] {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

/** Picks `count` distinct items with the generator, in a stable order. */
function pick<T>(items: readonly T[], count: number, random: () => number, key: (t: T) => string = String): T[] {
  const pool = [...items];
  const out: T[] = [];
  const seen = new Set<string>();
  while (out.length < count && pool.length > 0) {
    const [item] = pool.splice(Math.floor(random() * pool.length), 1);
    if (item === undefined || seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

/** A 发文字号 as a reader may type it: with a space before 号, with spaces around the year, with [ ]. */
function docNumberVariants(docNumber: string): string[] {
  const m = /^(.+?)〔(\d{4})〕(\d+)号$/u.exec(docNumber);
  if (!m) return [];
  const [, code, year, serial] = m;
  return [`${code}〔${year}〕${serial} 号`, `${code} 〔${year}〕 ${serial}号`, `${code}[${year}]${serial}号`];
}

/** A cited 发文字号: 机关代字 not preceded by another Han character (so `印发京政发…` is skipped), year, serial. */
const DOC_NUMBER = /(?<!\p{Script=Han})\p{Script=Han}{1,7}〔(?:19|20)\d{2}〕\d{1,4}号/gu;

/** Function words that make a two-character window a poor "word". */
const STOP = /[的了和与及或在是对为将把等之其这那也都而]/u;

/** Hand-picked queries: kinds a rule cannot find. Whether they match is up to the oracle. */
export const FIXED_QUERIES: readonly QualityQuery[] = [
  { kind: '数字', query: '96119' },
  { kind: '数字', query: '98.5%' },
  { kind: '数字', query: '92.74%' },
  { kind: '数字', query: '12369' },
  { kind: '数字', query: '2017-2018' },
  { kind: '拉丁词', query: 'PM2.5' },
  { kind: '拉丁词', query: 'pm2.5' },
  { kind: '拉丁词', query: 'ＰＭ２．５' },
  { kind: '拉丁词', query: 'PM 2.5' },
  { kind: '拉丁词', query: 'VOCs' },
  { kind: '拉丁词', query: 'vocs' },
  { kind: '拉丁词', query: 'VOCs综合治理' },
  { kind: '地名人名', query: '德胜街道' },
  { kind: '地名人名', query: '金融街' },
  { kind: '地名人名', query: '大栅栏' },
  { kind: '地名人名', query: '什刹海' },
  { kind: '地名人名', query: '月坛' },
  { kind: '地名人名', query: '西长安街' },
  { kind: '地名人名', query: '陶然亭' },
  { kind: '地名人名', query: '牛街' },
  { kind: '地名人名', query: '广外街道' },
  { kind: '地名人名', query: '北京坊' },
  { kind: '地名人名', query: '刘延东' },
  { kind: '地名人名', query: '蔡奇' },
  { kind: '地名人名', query: '沈跃跃' },
  { kind: '地名人名', query: '李斌' },
  // The 抄送 line of the 版记 wraps inside this name on some notices (区人民检察 / 院。).
  { kind: '机构名', query: '区人民检察院' },
  { kind: '机构名', query: '区人民法院' },
  { kind: '机构名', query: '西城公安分局' },
  { kind: '单字', query: '水' },
  { kind: '单字', query: '煤' },
  { kind: '单字', query: '桥' },
  { kind: '单字', query: '冰' },
  { kind: '单字', query: '鼓' },
  { kind: '无结果', query: '量子计算机', none: true },
  { kind: '无结果', query: '区块链', none: true },
  { kind: '无结果', query: '天安门广场', none: true },
  { kind: '无结果', query: '西政办发〔2017〕99号', none: true },
  { kind: '无结果', query: 'COVID-19', none: true },
  { kind: '无结果', query: '1234567', none: true },
  { kind: '无结果', query: '垃圾分类示范小区建设工作已全部完成验收', none: true },
  { kind: '无结果', query: 'xyzzy', none: true },
  // The examples of issue 13, with the notice a reader expects first.
  { kind: '示例', query: '冰雪 运动 规划', firstOf: { docNumber: '西政发〔2017〕4号' } },
  { kind: '示例', query: '十三五 消防', firstOf: { title: '北京市西城区“十三五”时期消防事业发展建设规划' } },
  { kind: '示例', query: '区长 分工', firstOf: { docNumber: '西政办发〔2017〕21号' } },
  { kind: '示例', query: '大气 污染 秋冬季', firstOf: { docNumber: '西政办发〔2017〕22号' } },
  {
    kind: '示例',
    query: '消防规划',
    terms: ['消防', '规划'],
    none: true,
    firstOf: { title: '北京市西城区“十三五”时期消防事业发展建设规划' },
  },
  {
    kind: '示例',
    query: '冰雪运动规划',
    terms: ['冰雪', '运动', '规划'],
    none: true,
    firstOf: { docNumber: '西政发〔2017〕4号' },
  },
  {
    kind: '示例',
    query: '区长分工',
    terms: ['区长', '分工'],
    none: true,
    firstOf: { docNumber: '西政办发〔2017〕21号' },
  },
  {
    kind: '示例',
    query: '政务公开要点',
    terms: ['政务', '公开', '要点'],
    none: true,
    firstOf: { docNumber: '西政办发〔2017〕14号' },
  },
  {
    kind: '示例',
    query: '垃圾分类意见',
    terms: ['垃圾', '分类', '意见'],
    none: true,
    firstOf: { docNumber: '西政发〔2017〕8号' },
  },
  // Traditional characters (and a full-width space), with the simplified words they mean.
  { kind: '繁体', query: '垃圾分類', terms: ['垃圾分类'], firstOf: { docNumber: '西政发〔2017〕8号' } },
  { kind: '繁体', query: '消防規劃', terms: ['消防', '规划'] },
  { kind: '繁体', query: '區長　分工', terms: ['区长', '分工'], firstOf: { docNumber: '西政办发〔2017〕21号' } },
  { kind: '繁体', query: '國務院辦公廳', terms: ['国务院办公厅'] },
  { kind: '繁体', query: '環境保護', terms: ['环境保护'] },
  { kind: '繁体', query: '財政局', terms: ['财政局'] },
  { kind: '繁体', query: '冰雪運動', terms: ['冰雪运动'] },
  { kind: '繁体', query: '醫藥分開', terms: ['医药分开'] },
];

/**
 * All queries: the fixed list plus, from the notices (fixed seed):
 *  - 二字词: two-character words (as Intl.Segmenter cuts the bodies) seen at least three times;
 *  - 短语: 4–8 Han characters from one run; 长句: 12–24 characters of a paragraph, punctuation kept;
 *  - 数字: numbers of three or more digits (with decimals and %) from the bodies;
 *  - 本报文号: every notice's own 发文字号, and spaced / bracket variants of some;
 *  - 引用文号: numbers of documents the bodies cite that are not in the gazette, also spaced;
 *  - 拉丁词: Latin words of the bodies;
 *  - 机构名: names of district bodies (区…局/委/办/中心/支队) that occur at least twice;
 *  - 跨空格: two Chinese words the text separates by a space or tab (a wrapped line, a table
 *    row as printed), typed without it;
 *  - 无结果: sampled phrases reversed, kept only when no body contains them (checked by `occurs`);
 *  - 多关键词: two or three words of a title or a paragraph, space-separated, some quoted;
 *  - 连写多词: two or three words of a title typed together where the gazette never has them
 *    together, with the words they are (`terms`);
 * and from the fixed list 示例 (issue 13's examples) and 繁体 (traditional characters).
 */
export function buildQueries(
  notices: readonly SourceNotice[],
  occurs: (normalizedQuery: string) => boolean,
  seed = 20170630,
): QualityQuery[] {
  const random = seededRandom(seed);
  const bodies = notices.map((n) => ({ slug: n.slug, text: mdxBodyText(n.mdx) }));
  const paragraphs = bodies.flatMap((b) =>
    b.text
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
  const runs = paragraphs.flatMap(hanRuns);
  const out: QualityQuery[] = [...FIXED_QUERIES];
  const taken = new Set(out.map((q) => oracleNormalize(q.query)));
  const add = (q: QualityQuery) => {
    const key = oracleNormalize(q.query);
    if (taken.has(key)) return false;
    taken.add(key);
    out.push(q);
    return true;
  };

  // Two-character words: what Intl.Segmenter (zh) cuts as a word, seen at least three times.
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const wordCounts = new Map<string, number>();
  for (const run of runs) {
    for (const { segment } of segmenter.segment(run)) {
      if ([...segment].length === 2) wordCounts.set(segment, (wordCounts.get(segment) ?? 0) + 1);
    }
  }
  const words = [...wordCounts]
    .filter(([w, n]) => n >= 3 && !STOP.test(w))
    .map(([w]) => w)
    .sort();
  for (const w of pick(words, 30, random)) add({ kind: '二字词', query: w });

  // Phrases from one Han run.
  const longRuns = runs.filter((r) => r.length >= 8).sort();
  let tries = 0;
  for (let n = 0; n < 25 && tries < 1000; tries++) {
    const run = longRuns[Math.floor(random() * longRuns.length)]!;
    const len = 4 + Math.floor(random() * 5);
    const start = Math.floor(random() * (run.length - len + 1));
    if (add({ kind: '短语', query: run.slice(start, start + len) })) n++;
  }

  // Long phrases: a stretch of a paragraph with its punctuation.
  const prose = paragraphs.filter((p) => p.length >= 30 && /\p{Script=Han}/u.test(p)).sort();
  tries = 0;
  for (let n = 0; n < 12 && tries < 1000; tries++) {
    const p = prose[Math.floor(random() * prose.length)]!;
    const len = 12 + Math.floor(random() * 13);
    const start = Math.floor(random() * (p.length - len + 1));
    const query = p.slice(start, start + len).trim();
    if (query.length >= 12 && add({ kind: '长句', query })) n++;
  }

  // Numbers.
  const numbers = [
    ...new Set(bodies.flatMap((b) => b.text.match(/(?<![\d.])\d{3,}(?:\.\d+)?%?(?![\d.])/g) ?? [])),
  ].sort();
  for (const q of pick(numbers, 10, random)) add({ kind: '数字', query: q });

  // The gazette's own document numbers, each must bring its notice first.
  const own = notices.filter((n): n is SourceNotice & { docNumber: string } => Boolean(n.docNumber));
  for (const n of own) add({ kind: '本报文号', query: n.docNumber, first: n.slug });
  for (const n of pick(own, 6, random, (x) => x.slug)) {
    for (const variant of docNumberVariants(n.docNumber)) add({ kind: '本报文号', query: variant, first: n.slug });
  }

  // Numbers of documents the gazette cites but does not contain.
  const ownNumbers = new Set(own.map((n) => n.docNumber));
  const cited = [...new Set(bodies.flatMap((b) => b.text.match(DOC_NUMBER) ?? []))]
    .filter((d) => !ownNumbers.has(d))
    .sort();
  for (const d of pick(cited, 10, random)) {
    add({ kind: '引用文号', query: d });
    const spaced = docNumberVariants(d)[0];
    if (spaced && random() < 0.5) add({ kind: '引用文号', query: spaced });
  }

  // Latin words.
  const latin = [...new Set(bodies.flatMap((b) => b.text.match(/[A-Za-z][A-Za-z0-9]*(?:\.[0-9]+)?/g) ?? []))]
    .filter((w) => w.length >= 2)
    .sort();
  for (const w of pick(latin, 8, random)) add({ kind: '拉丁词', query: w });

  // Names of district bodies.
  const bodyCounts = new Map<string, number>();
  for (const p of paragraphs) {
    for (const name of p.match(/区\p{Script=Han}{1,6}?(?:局|委|办|中心|支队)/gu) ?? []) {
      bodyCounts.set(name, (bodyCounts.get(name) ?? 0) + 1);
    }
  }
  const districtBodies = [...bodyCounts]
    .filter(([, n]) => n >= 2)
    .map(([name]) => name)
    .sort();
  for (const name of pick(districtBodies, 10, random)) add({ kind: '机构名', query: name });

  // Words the text separates by whitespace, typed together.
  const spaced = [
    ...new Set(
      paragraphs.flatMap((p) =>
        [...p.matchAll(/(\p{Script=Han}{2})[ \t]+(\p{Script=Han}{2})/gu)].map((m) => m[1]! + m[2]!),
      ),
    ),
  ].sort();
  for (const q of pick(spaced, 10, random)) add({ kind: '跨空格', query: q });

  // Phrases that occur nowhere: real phrases reversed.
  tries = 0;
  for (let n = 0; n < 6 && tries < 1000; tries++) {
    const run = longRuns[Math.floor(random() * longRuns.length)]!;
    const start = Math.floor(random() * (run.length - 6));
    const reversed = [...run.slice(start, start + 6)].reverse().join('');
    if (!occurs(oracleQuery(reversed)) && add({ kind: '无结果', query: reversed, none: true })) n++;
  }

  // Words as a reader picks them: what Intl.Segmenter cuts as a word, two to four ideographs, not
  // a function word, and not one most titles share (北京市, 西城区, 人民政府, 印发 …).
  const wordsIn = (text: string) =>
    [...segmenter.segment(text)].map((s) => s.segment).filter((w) => /^\p{Script=Han}{2,4}$/u.test(w) && !STOP.test(w));
  const titleShare = new Map<string, number>();
  for (const n of notices) for (const w of new Set(wordsIn(n.title))) titleShare.set(w, (titleShare.get(w) ?? 0) + 1);
  const distinctive = (w: string) => (titleShare.get(w) ?? 0) <= notices.length * 0.3;
  const titled = notices.filter((n) => new Set(wordsIn(n.title).filter(distinctive)).size >= 2);

  // 多关键词: two or three words from one notice's title or one paragraph, separated by a half- or
  // full-width space, sometimes one of them a quoted phrase.
  const spaces = [' ', '\u3000'];
  tries = 0;
  for (let n = 0; n < 70 && tries < 5000; tries++) {
    const fromTitle = n % 3 === 0;
    const source = fromTitle
      ? titled[Math.floor(random() * titled.length)]!.title
      : prose[Math.floor(random() * prose.length)]!;
    const candidates = [...new Set(wordsIn(source).filter(distinctive))];
    if (candidates.length < 3) continue;
    const chosen = pick(candidates, 2 + Math.floor(random() * 2), random);
    if (!fromTitle && random() < 0.2) {
      const run = hanRuns(source).find((r) => r.length >= 6);
      if (run) chosen[0] = `"${run.slice(0, 4 + Math.floor(random() * 3))}"`;
    }
    const query = chosen.join(spaces[Math.floor(random() * spaces.length)]!);
    if (add({ kind: '多关键词', query })) n++;
  }

  // 连写多词: two or three words of one notice's title typed together, in an order or company the
  // gazette never prints (so no notice holds the query as typed): the site must read it as words.
  tries = 0;
  for (let n = 0; n < 36 && tries < 5000; tries++) {
    const notice = titled[Math.floor(random() * titled.length)]!;
    const candidates = [...new Set(wordsIn(notice.title).filter(distinctive))];
    const chosen = pick(candidates, Math.min(candidates.length, 2 + Math.floor(random() * 2)), random);
    const query = chosen.join('');
    if (chosen.length < 2 || occurs(oracleQuery(query))) continue;
    if (add({ kind: '连写多词', query, terms: chosen, none: true })) n++;
  }
  return out;
}
