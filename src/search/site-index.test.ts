import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { close } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from './engine.ts';
import { INDEX_DIR } from './index-format.ts';
import { textOf } from './index-reader.ts';
import { htmlFiles, indexSite, readFragments, urlOf } from './site-index.ts';

const made: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-index-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterAll(async () => {
  await close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('htmlFiles and urlOf', () => {
  it('should list the HTML pages in path order, leaving out Pagefind output and other files', async () => {
    const dir = site({
      'index.html': page('首页'),
      'notices/b/index.html': page('b'),
      'notices/a/index.html': page('a'),
      '404.html': page('404'),
      'pagefind/pagefind-ui.html': page('ui'),
      'styles/site.css': 'body{}',
    });
    const files = await htmlFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      '404.html',
      'index.html',
      'notices/a/index.html',
      'notices/b/index.html',
    ]);
    expect(files.map((f) => urlOf(dir, f))).toEqual(['/404.html', '/', '/notices/a/', '/notices/b/']);
  });
});

describe('readFragments', () => {
  it('should read single-page and grouped fragment files, in URL order', async () => {
    const fragment = (json: unknown) => gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify(json)));
    const dir = site({});
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(
      join(dir, 'fragment', 'zh-cn_2.pf_fragment'),
      fragment({ url: '/a/', content: '甲页', meta: { title: '甲' }, filters: { 年份: ['2017'] }, anchors: [] }),
    );
    writeFileSync(
      join(dir, 'fragment', 'zh-cn_1.pf_fragment'),
      fragment({ 'zh-cn_1b': { url: '/b/', content: '乙页' }, 'zh-cn_1c': { url: '/c/' } }),
    );
    expect(await readFragments(dir)).toEqual([
      { url: '/a/', content: '甲页', meta: { title: '甲' }, filters: { 年份: ['2017'] }, anchors: [] },
      { url: '/b/', content: '乙页', meta: {}, filters: {}, anchors: [] },
      { url: '/c/', content: '', meta: {}, filters: {}, anchors: [] },
    ]);
  });
});

describe('indexSite', () => {
  it('should index the pages with a body, as the page reads, into a search index that finds their text', async () => {
    const dir = site({
      'index.html': page('<main>首页没有正文标记 12345</main>'),
      'notices/a/index.html': page(
        '<article data-pagefind-body><h1 data-pagefind-meta="title">甲通知</h1><p>完\n成时限：拨打热线96119。</p><p>PM2.5 浓度</p></article>',
      ),
      'notices/b/index.html': page(
        '<article data-pagefind-body data-pagefind-filter="年份:2017"><h1 data-pagefind-meta="title">乙通知</h1><p>西政办发〔2017〕7号</p><p>区人民检察</p><p>院。</p></article>',
      ),
    });
    const line = await indexSite(dir);
    expect(line).toBe(
      `index-site: 2 pages indexed (zh-cn) from 3 HTML files into ${dir}/pagefind/, search index of 4 files in ${dir}/${INDEX_DIR}/`,
    );

    // Pagefind stores a ZWSP after each word (pagefind.js drops them) and a space between blocks;
    // the title it took from the h1 keeps the block's end mark (indexable-html.ts BLOCK_END).
    const fragments = await readFragments(join(dir, 'pagefind'));
    expect(fragments.map((p) => [p.url, p.content.replace(/[\u200b\u2060]/g, ''), p.meta.title])).toEqual([
      ['/notices/a/', '甲通知 完成时限：拨打热线96119。PM2.5 浓度', '甲通知\u2060'],
      ['/notices/b/', '乙通知 西政办发〔2017〕7号区人民检察院。', '乙通知\u2060'],
    ]);

    const engine = createSearchEngine({
      load: async (path) => textOf(readFileSync(join(dir, INDEX_DIR, path))),
    });
    const found = async (query: string) => (await engine.search({ query })).hits.map((h) => h.slug);
    expect(await found('完成时限')).toEqual(['a']);
    expect(await found('6119')).toEqual(['a']);
    expect(await found('区人民检察院')).toEqual(['b']);
    expect(await found('西政办发[2017]7号')).toEqual(['b']);
    expect((await engine.search({ query: '通知' })).counts).toEqual({ 年份: { '2017': 1 } });
  });

  it('should fail with the reason when no page carries data-pagefind-body, or there is no page', async () => {
    await expect(indexSite(site({ 'index.html': page('<main>首页</main>') }))).rejects.toThrow(
      /carries data-pagefind-body/,
    );
    await expect(indexSite(site({ 'a.css': '' }))).rejects.toThrow(/no pages found in .*run astro build first/);
  });
});
