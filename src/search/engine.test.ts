import { describe, expect, it } from 'vitest';
import { fakePagefind, fakeRuns, segmenterKnowing, type FakePage } from '../../tests/support/search-fake-pagefind.ts';
import { createSearchEngine, type SearchRequest } from './engine.ts';

/**
 * Four notices, in the order the fake Pagefind offers them. `a` has 垃圾 and 分类 apart (Pagefind
 * offers it for 垃圾分类, the engine must not); `b` is the notice 西政办发〔2017〕7号, titled with
 * 垃圾分类, with two headings; `c` (undated) has ＰＭ２．５ in full width; `d` cites b's number.
 */
const A: FakePage = {
  hash: 'ha',
  slug: 'a',
  title: '区政府关于印发工作要点的通知',
  docNumber: '西政发〔2017〕4号',
  date: '2017-03-01',
  filters: { 机关: ['区政府'], 年份: ['2017'] },
  words: ['各', '街道', '：', '垃圾', '处理', '与', '分类', '收集', '另', '行', '通知', '。', '热线', '96119', '。'],
};
const B: FakePage = {
  hash: 'hb',
  slug: 'b',
  title: '关于推进生活垃圾分类的意见',
  docNumber: '西政办发〔2017〕7号',
  date: '2017-06-01',
  filters: { 机关: ['区政府办公室'], 年份: ['2017'] },
  // prettier-ignore
  words: ['西政办发', '〔', '2017', '〕', '7', '号', '一、', '总体', '要求', '推进', '垃圾', '分类', '。', '二、', '工作', '措施', '做好', '垃圾', '分类', '宣传', '。'],
  anchors: [
    { element: 'h2', id: 'yi', text: '一、总体要求', location: 6 },
    { element: 'h2', id: 'er', text: '二、工作措施', location: 13 },
  ],
};
const C: FakePage = {
  hash: 'hc',
  slug: 'c',
  title: '大事记',
  filters: { 年份: ['2017'] },
  words: ['3月', '，', '区', '开展', '垃圾', '分类', '宣传', '；', 'ＰＭ２．５', '浓度', '下降', '。'],
};
const D: FakePage = {
  hash: 'hd',
  slug: 'd',
  title: '关于加强大气污染防治的通知',
  docNumber: '西政办发〔2016〕3号',
  date: '2016-05-01',
  filters: { 机关: ['区政府办公室'], 年份: ['2016'] },
  // prettier-ignore
  words: ['PM2.5', '浓度', '；', '依据', '西政办发', '〔', '2017', '〕', '7', '号', '，', '做好', '垃圾', '分类', '。'],
};
const PAGES = [A, C, D, B];

function setup(options: { directMax?: number; maxSubResults?: number } = {}) {
  const pagefind = fakePagefind(PAGES);
  let runsLoaded = 0;
  const engine = createSearchEngine(pagefind, {
    loadRuns: async () => {
      runsLoaded++;
      return fakeRuns(PAGES);
    },
    segmenter: segmenterKnowing(['垃圾', '分类', '浓度', '宣传']),
    ...options,
  });
  const slugs = async (request: SearchRequest) => (await engine.search(request)).hits.map((h) => h.slug);
  return { pagefind, engine, slugs, runsLoaded: () => runsLoaded };
}

describe('createSearchEngine against a fake Pagefind', () => {
  it('should return exactly the notices that contain the phrase, not those that only have its pieces', async () => {
    const { engine, pagefind } = setup();
    const response = await engine.search({ query: '垃圾分类' });
    expect(pagefind.sent).toEqual(['垃圾 分类']);
    expect(response.route).toBe('index');
    expect(response.candidates).toBe(4);
    expect(response.hits.map((h) => h.slug).sort()).toEqual(['b', 'c', 'd']);
  });

  it('should match the query as normalized: spaces, full width and letter case do not count', async () => {
    const { slugs } = setup();
    expect(await slugs({ query: '垃圾 分类' })).toEqual(['b', 'c', 'd']);
    expect((await slugs({ query: 'pm2.5' })).sort()).toEqual(['c', 'd']);
    expect((await slugs({ query: 'ＰＭ２．５浓度' })).sort()).toEqual(['c', 'd']);
  });

  it('should rank the title matches first and keep Pagefind order otherwise', async () => {
    const { slugs } = setup();
    // Pagefind offers a, c, d, b; b has the query in its title.
    expect(await slugs({ query: '垃圾分类' })).toEqual(['b', 'c', 'd']);
  });

  it('should list a notice first for its own 发文字号 in any bracket style, reading only the pages that hold it', async () => {
    const { slugs, pagefind } = setup();
    expect(await slugs({ query: '西政办发[2017] 7 号' })).toEqual(['b', 'd']);
    expect(pagefind.sent).toEqual([null]);
    expect([...pagefind.reads].sort()).toEqual(['hb', 'hd']);
    expect(await slugs({ query: '西政办发2017 7号' })).toEqual(['b', 'd']);
    expect(await slugs({ query: '西政办发〔2017〕8号' })).toEqual([]);
  });

  it('should find a number inside a longer one through the runs file, loaded once', async () => {
    const { engine, pagefind, runsLoaded } = setup();
    const response = await engine.search({ query: '6119' });
    expect(response.hits.map((h) => h.slug)).toEqual(['a']);
    expect(response.route).toBe('runs');
    expect(pagefind.reads).toEqual(['ha']);
    await engine.search({ query: '2017' });
    expect(runsLoaded()).toBe(1);
  });

  it('should not load the runs file for a Chinese query', async () => {
    const { engine, runsLoaded } = setup();
    await engine.search({ query: '垃圾分类' });
    expect(runsLoaded()).toBe(0);
  });

  it('should narrow many pages of the runs file by sending Pagefind the rest of the query', async () => {
    const { engine, pagefind } = setup({ directMax: 1 });
    const response = await engine.search({ query: 'PM2.5浓度' });
    expect(response.route).toBe('runs');
    expect(pagefind.sent).toEqual(['浓度']);
    expect(response.hits.map((h) => h.slug)).toEqual(['c', 'd']);
  });

  it('should read every page for a single character', async () => {
    const { engine, pagefind } = setup();
    const response = await engine.search({ query: '宣' });
    expect(response.route).toBe('scan');
    expect(pagefind.sent).toEqual([null]);
    expect(response.candidates).toBe(4);
    expect(response.hits.map((h) => h.slug)).toEqual(['c', 'b']);
  });

  it('should sort by date either way with the undated notice last', async () => {
    const { slugs } = setup();
    expect(await slugs({ query: '垃圾分类', sort: 'newest' })).toEqual(['b', 'd', 'c']);
    expect(await slugs({ query: '垃圾分类', sort: 'oldest' })).toEqual(['d', 'b', 'c']);
  });

  it('should filter the hits and count the filter values over the hits without filters', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '垃圾分类', filters: { 机关: '区政府办公室', 文种: '' } });
    expect(response.hits.map((h) => h.slug)).toEqual(['b', 'd']);
    expect(response.counts).toEqual({ 机关: { 区政府办公室: 2 }, 年份: { '2017': 2, '2016': 1 } });
  });

  it('should answer an empty query with no hits and the counts of the whole index', async () => {
    const { engine, pagefind } = setup();
    const response = await engine.search({ query: '  ' });
    expect(response.route).toBe('empty');
    expect(response.hits).toEqual([]);
    expect(response.counts).toEqual({ 机关: { 区政府: 1, 区政府办公室: 2 }, 年份: { '2017': 3, '2016': 1 } });
    expect(pagefind.reads).toEqual([]);
  });

  it('should list the filtered notices with their opening as excerpt when only filters are given', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '', filters: { 年份: '2016' } });
    expect(response.route).toBe('browse');
    expect(response.hits.map((h) => h.slug)).toEqual(['d']);
    expect(response.hits[0]!.excerpt).toEqual([{ text: 'PM2.5浓度；依据西政办发〔2017〕7号，做好垃圾分类。' }]);
    expect(response.hits[0]!.occurrences).toBe(0);
  });

  it('should mark every occurrence, count them, and link to the headings that hold them', async () => {
    const { engine } = setup();
    const b = (await engine.search({ query: '垃圾分类' })).hits.find((h) => h.slug === 'b')!;
    expect(b).toMatchObject({
      url: '/notices/b/',
      title: '关于推进生活垃圾分类的意见',
      docNumber: '西政办发〔2017〕7号',
      date: '2017-06-01',
      occurrences: 2,
    });
    expect(b.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['垃圾分类', '垃圾分类']);
    expect(b.subResults.map((s) => [s.id, s.title, s.url])).toEqual([
      ['yi', '一、总体要求', '/notices/b/#yi'],
      ['er', '二、工作措施', '/notices/b/#er'],
    ]);
    expect(b.subResults[1]!.excerpt).toEqual([
      { text: '…〕7号一、总体要求推进垃圾分类。二、工作措施做好' },
      { text: '垃圾分类', mark: true },
      { text: '宣传。' },
    ]);
  });

  it('should stop at maxSubResults sub-results', async () => {
    const { engine } = setup({ maxSubResults: 1 });
    const b = (await engine.search({ query: '垃圾分类' })).hits.find((h) => h.slug === 'b')!;
    expect(b.subResults.map((s) => s.id)).toEqual(['yi']);
  });

  it('should find nothing, reading nothing, for a number no page has', async () => {
    const { engine, pagefind } = setup();
    const response = await engine.search({ query: '1234567' });
    expect(response.hits).toEqual([]);
    expect(pagefind.sent).toEqual([]);
    expect(pagefind.reads).toEqual([]);
  });
});
