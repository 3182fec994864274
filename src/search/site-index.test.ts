import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { close } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { RUNS_FILE, type RunsFile } from './runs.ts';
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
  it('should read the text of single-page and grouped fragment files, named by hash', async () => {
    const fragment = (json: unknown) => gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify(json)));
    const dir = site({});
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'zh-cn_2.pf_fragment'), fragment({ url: '/b/', content: '乙页' }));
    writeFileSync(
      join(dir, 'fragment', 'zh-cn_1.pf_fragment'),
      fragment({ 'zh-cn_1a': { url: '/a/', content: '甲页' }, 'zh-cn_1c': { url: '/c/' } }),
    );
    expect(await readFragments(dir)).toEqual([
      { hash: 'zh-cn_1a', text: '甲页' },
      { hash: 'zh-cn_1c', text: '' },
      { hash: 'zh-cn_2', text: '乙页' },
    ]);
  });
});

describe('indexSite', () => {
  it('should index the pages with a body, as the page reads, and write their runs', async () => {
    const dir = site({
      'index.html': page('<main>首页没有正文标记 12345</main>'),
      'notices/a/index.html': page(
        '<article data-pagefind-body><h1>甲通知</h1><p>完\n成时限：拨打热线96119。</p><p>PM2.5 浓度</p></article>',
      ),
      'notices/b/index.html': page(
        '<article data-pagefind-body><h1>乙通知</h1><p>西政办发〔2017〕7号</p><p>区人民检察</p><p>院。</p></article>',
      ),
    });
    const line = await indexSite(dir);
    expect(line).toBe(
      `index-site: 2 pages indexed (zh-cn) from 3 HTML files into ${dir}/pagefind/, 5 Latin/number runs in ${RUNS_FILE}`,
    );

    // Pagefind stores a ZWSP after each word (pagefind.js drops them) and a space between blocks.
    const fragments = await readFragments(join(dir, 'pagefind'));
    const texts = fragments.map((p) => p.text.replace(/[\u200b\u2060]/g, ''));
    expect([...texts].sort()).toEqual([
      '乙通知 西政办发〔2017〕7号区人民检察院。',
      '甲通知 完成时限：拨打热线96119。PM2.5 浓度',
    ]);

    const runs = JSON.parse(readFileSync(join(dir, 'pagefind', RUNS_FILE), 'utf8')) as RunsFile;
    expect(runs.pages.length).toBe(2);
    const pageIndexOf = (initial: string) =>
      runs.pages.indexOf(fragments[texts.findIndex((t) => t.startsWith(initial))]!.hash);
    const [a, b] = [pageIndexOf('甲'), pageIndexOf('乙')];
    // A 发文字号 takes the Han characters before it (runs.ts docNumbers), here the heading's.
    expect(runs.runs).toEqual({
      '7': [b],
      '2017': [b],
      '96119': [a],
      'pm2.5': [a],
      '乙通知西政办发〔2017〕7号': [b],
    });
  });

  it('should fail with the reason when no page carries data-pagefind-body, or there is no page', async () => {
    await expect(indexSite(site({ 'index.html': page('<main>首页</main>') }))).rejects.toThrow(
      /carries data-pagefind-body/,
    );
    await expect(indexSite(site({ 'a.css': '' }))).rejects.toThrow(/no pages found in .*run astro build first/);
  });
});
