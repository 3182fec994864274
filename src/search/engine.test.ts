import { describe, expect, it } from 'vitest';
import { memoryIndex, segmenterKnowing, type FixturePage } from '../../tests/support/search-index-fixture.ts';
import { createSearchEngine, type SearchRequest } from './engine.ts';
import { toSimplified } from './variants.ts';

const FIRE: FixturePage = {
  slug: 'fire',
  title: '北京市西城区“十三五”时期消防事业发展建设规划',
  date: '2016-12-01',
  filters: { 机关: ['区政府'], 年份: ['2016'] },
  parts: [
    { heading: '第一章 规划背景', id: 'c1' },
    '十三五时期，西城消防支队开通96119热线，PM2.5 浓度下降。',
    { heading: '第二章 消防规划目标', id: 'c2' },
    '完善消防站布局，规划建设小型消防站。',
  ],
};
const SNOW: FixturePage = {
  slug: 'snow',
  title: '北京市西城区人民政府关于印发西城区冰雪运动发展规划的通知',
  docNumber: '西政发〔2017〕4号',
  date: '2017-03-01',
  filters: { 机关: ['区政府'], 年份: ['2017'] },
  parts: [
    '现将《西城区冰雪运动发展规划》印发给你们。',
    { section: 'fj-1' },
    { heading: '附件1 冰雪运动场地清单', id: 'fj-1-title' },
    '什刹海冰场，陶然亭冰场。',
    { end: 1 },
    '抄送：区人民检察院。',
  ],
};
const WASTE: FixturePage = {
  slug: 'waste',
  title: '关于推进生活垃圾分类的意见',
  docNumber: '西政办发〔2017〕7号',
  date: '2017-06-01',
  filters: { 机关: ['区政府办公室'], 年份: ['2017'] },
  parts: [
    { heading: '一、总体要求', id: 'yi' },
    '推进垃圾分类，做好冰雪运动宣传。',
    { heading: '二、工作措施', id: 'er' },
    '做好垃圾分类宣传，ＳＯ₂排放下降。',
  ],
};
const CHRONICLE: FixturePage = {
  slug: 'chronicle',
  title: '2017年区政府大事记',
  filters: { 年份: ['2017'] },
  parts: ['3月，区里开展垃圾处理与分类收集，依据西政办发〔2017〕7号推进消防规划工作。'],
};
const PAGES = [CHRONICLE, FIRE, SNOW, WASTE];
const SEGMENTER = segmenterKnowing(['消防', '规划', '冰雪', '运动', '垃圾', '分类', '意见', '区长', '分工', '的']);

function setup(pages = PAGES, blockChars?: number) {
  const index = memoryIndex(pages, blockChars ? { blockChars } : {});
  let converterLoads = 0;
  const engine = createSearchEngine({
    load: index.load,
    segmenter: SEGMENTER,
    loadConverter: async () => {
      converterLoads++;
      return toSimplified;
    },
  });
  const slugs = async (request: SearchRequest | string) =>
    (await engine.search(typeof request === 'string' ? { query: request } : request)).hits.map((h) => h.slug);
  return { engine, index, slugs, converterLoads: () => converterLoads };
}

describe('finding notices', () => {
  it('should find exactly the notices holding the phrase, not those holding its pieces apart', async () => {
    const { slugs } = setup();
    // The chronicle has 垃圾 and 分类 apart only.
    expect((await slugs('垃圾分类')).sort()).toEqual(['waste']);
  });

  it('should find the notices holding every space-separated term, typed with half- or full-width spaces', async () => {
    const { engine, slugs } = setup();
    expect((await slugs('冰雪 运动 规划')).sort()).toEqual(['snow']);
    expect((await slugs('冰雪　宣传')).sort()).toEqual(['waste']);
    expect((await slugs('垃圾 分类')).sort()).toEqual(['chronicle', 'waste']);
    const response = await engine.search({ query: '垃圾 分类' });
    expect(response.mode).toBe('all');
    expect(response.terms.map((t) => t.text)).toEqual(['垃圾', '分类']);
    expect(response.normalized).toBe('垃圾 分类');
  });

  it('should compare text as normalized: width, case, NFKC forms, spaces in the text', async () => {
    const { slugs } = setup();
    expect(await slugs('so2')).toEqual(['waste']);
    expect(await slugs('ｐｍ２．５浓度')).toEqual(['fire']);
    expect(await slugs('PM2.5')).toEqual(['fire']);
  });

  it('should find a number inside a longer one, a single character, and a phrase across the head and the body', async () => {
    const { slugs } = setup();
    expect(await slugs('6119')).toEqual(['fire']);
    expect((await slugs('冰')).sort()).toEqual(['snow', 'waste']);
    expect(await slugs('规划第一章')).toEqual(['fire']);
  });

  it('should read a 发文字号 typed with spaces or other brackets as one term, its own notice first', async () => {
    const { slugs } = setup();
    for (const typed of ['西政办发〔2017〕7号', '西政办发 〔2017〕 7 号', '西政办发[2017]7号', '西政办发 2017 7号']) {
      expect(await slugs(typed), typed).toEqual(['waste', 'chronicle']);
    }
  });

  it('should find nothing for a quoted phrase no notice holds, without reading it as words', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '"消防目标"' });
    expect(response.hits).toEqual([]);
    expect(response.mode).toBe('all');
    expect(response.split).toBeUndefined();
  });
});

describe('words in any order', () => {
  it('should read an unspaced query no notice holds as its words, and say so', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '冰雪运动规划' });
    expect(response.mode).toBe('words');
    expect(response.split).toEqual([{ typed: '冰雪运动规划', words: ['冰雪', '运动', '规划'] }]);
    expect(response.terms.map((t) => t.text)).toEqual(['冰雪', '运动', '规划']);
    expect(response.hits.map((h) => h.slug)).toEqual(['snow']);
  });

  it('should split only the terms no notice holds, and keep the others', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '十三五 消防目标' });
    expect(response.mode).toBe('words');
    expect(response.terms.map((t) => t.text)).toEqual(['十三五', '消防', '目标']);
    expect(response.hits.map((h) => h.slug)).toEqual(['fire']);
  });

  it('should offer the words of a matching unspaced query as a wider search when they find more', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '消防规划' });
    expect(response.mode).toBe('all');
    expect(response.hits.map((h) => h.slug).sort()).toEqual(['chronicle', 'fire']);
    expect((await engine.search({ query: '垃圾分类' })).wider).toEqual({ words: ['垃圾', '分类'], count: 2 });
    expect((await engine.search({ query: '冰雪运动' })).wider).toBeUndefined();
  });
});

describe('traditional characters', () => {
  it('should look for a term with characters no notice has in simplified characters', async () => {
    const { engine, converterLoads } = setup();
    const response = await engine.search({ query: '垃圾分類' });
    expect(response.terms).toEqual([{ text: '垃圾分类', shown: '垃圾分类', convertedFrom: '垃圾分類' }]);
    expect(response.hits.map((h) => h.slug)).toEqual(['waste']);
    expect(converterLoads()).toBe(1);
  });

  it('should load the converter only for a query with a character no notice has', async () => {
    const { engine, converterLoads } = setup();
    await engine.search({ query: '冰雪 运动' });
    expect(converterLoads()).toBe(0);
    expect((await engine.search({ query: '量子' })).hits).toEqual([]);
    expect(converterLoads()).toBe(1);
  });
});

describe('ranking', () => {
  it('should put the notice whose title holds every term first, the shortest title first among those', async () => {
    const { slugs } = setup();
    // fire's title has 消防 and 规划; the chronicle has 消防规划 in its body only.
    expect(await slugs('消防 规划')).toEqual(['fire', 'chronicle']);
    expect(await slugs('冰雪 运动')).toEqual(['snow', 'waste']);
  });

  it('should put a notice whose attachment or heading holds every term above one whose body does', async () => {
    const { slugs } = setup();
    // snow: attachment title 冰雪运动场地清单; waste: body only.
    expect(await slugs('运动 场地')).toEqual(['snow']);
    expect(await slugs('冰雪')).toEqual(['snow', 'waste']);
    // fire: heading 第二章 消防规划目标; the chronicle: body only.
    expect(await slugs('规划目标')).toEqual(['fire']);
  });

  it('should sort by date either way, the undated notice last', async () => {
    const { slugs } = setup();
    expect(await slugs({ query: '规划', sort: 'newest' })).toEqual(['snow', 'fire', 'chronicle']);
    expect(await slugs({ query: '规划', sort: 'oldest' })).toEqual(['fire', 'snow', 'chronicle']);
  });
});

describe('filters', () => {
  it('should filter the hits and count the values over the hits without filters', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '规划', filters: { 年份: '2017', 文种: '' } });
    expect(response.hits.map((h) => h.slug).sort()).toEqual(['chronicle', 'snow']);
    expect(response.counts).toEqual({ 机关: { 区政府: 2 }, 年份: { '2016': 1, '2017': 2 } });
  });

  it('should list nothing for an empty query, with the counts of every notice', async () => {
    const { engine, index } = setup();
    const response = await engine.search({ query: '   ' });
    expect(response.mode).toBe('empty');
    expect(response.hits).toEqual([]);
    expect(response.counts).toEqual({ 机关: { 区政府: 2, 区政府办公室: 1 }, 年份: { '2016': 1, '2017': 3 } });
    expect(index.loaded).toEqual(['meta.gzd']);
  });

  it('should list the filtered notices newest first when only filters are given, with their opening', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '', filters: { 年份: '2017' } });
    expect(response.mode).toBe('browse');
    expect(response.hits.map((h) => h.slug)).toEqual(['waste', 'snow', 'chronicle']);
    const [detail] = await engine.details(response, response.hits.slice(0, 1));
    expect(detail!.excerpt).toEqual([
      {
        text: '北京市西城区人民政府文件西政办发〔2017〕7号 关于推进生活垃圾分类的意见 一、总体要求 推进垃圾分类，做好冰雪运动宣传。二、工作措施 做好垃…',
      },
    ]);
  });
});

describe('excerpts and sub-results', () => {
  it('should mark every term in the excerpt, where the terms come closest in the body', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '冰雪 宣传' });
    const [detail] = await engine.details(response, response.hits);
    expect(detail!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['冰雪', '宣传', '宣传']);
    expect(detail!.excerpt[0]).toEqual({ text: '…17〕7号 关于推进生活垃圾分类的意见 一、总体要求 推进垃圾分类，做好' });
  });

  it('should link to the headings and attachments that hold the terms, in page order', async () => {
    const { engine } = setup();
    const response = await engine.search({ query: '冰' });
    const snow = response.hits.find((h) => h.slug === 'snow')!;
    const [detail] = await engine.details(response, [snow]);
    expect(detail!.subResults.map((s) => [s.id, s.title, s.url])).toEqual([
      ['fj-1-title', '附件1 冰雪运动场地清单', '/notices/snow/#fj-1-title'],
    ]);
    // Kept within the attachment: the text before it and the 版记 after it are not its.
    expect(detail!.subResults[0]!.excerpt).toEqual([
      { text: '附件1 ' },
      { text: '冰', mark: true },
      { text: '雪运动场地清单 什刹海' },
      { text: '冰', mark: true },
      { text: '场，陶然亭' },
      { text: '冰', mark: true },
      { text: '场。' },
    ]);
  });

  it('should load only the index files a search needs, and text only for the hits shown', async () => {
    const { engine, index } = setup();
    const response = await engine.search({ query: '6119' });
    expect(index.loaded.filter((p) => p.startsWith('text/'))).toEqual([]);
    await engine.details(response, response.hits);
    expect(index.loaded.filter((p) => p.startsWith('text/')).length).toBeGreaterThan(0);
    expect(index.loaded.filter((p) => p.startsWith('shard/')).length).toBeLessThanOrEqual(2);
  });

  it('should join text blocks for an excerpt that crosses one', async () => {
    const { engine } = setup(PAGES, 8);
    const response = await engine.search({ query: '陶然亭冰场' });
    const [detail] = await engine.details(response, response.hits);
    expect(detail!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['陶然亭冰场']);
  });
});
