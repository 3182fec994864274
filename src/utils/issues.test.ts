import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import {
  contentsEntryOf,
  issuePeriod,
  printedPages,
  printedPagesLabel,
  readIssues,
  unmatchedContents,
} from './issues.ts';

const base = {
  kind: 'notice',
  issue: { id: '2017-09--2018-01', title: '公报', file: 'b.txt' },
  order: 0,
  attachments: [],
  toc: [],
  notes: [],
  cites: [],
  citedBy: [],
  source: { file: 'b.txt', line: 1, endLine: 2 },
} as const;
const notice = (over: Partial<NoticeFrontmatter>) => ({ ...base, slug: 's', title: 't', ...over }) as NoticeFrontmatter;

const contents = [
  {
    title: '北京市西城区人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
    number: '西政发〔2017〕22号',
    page: 1,
  },
  { title: '北京市西城区人民政府办公室关于印发\n工作分工的通知', number: '西政办发〔2017〕21号', page: 13 },
  { title: '2017年区政府大事记', page: 76 },
];

describe('issue 目录', () => {
  it('finds a notice by its number, else by its title', () => {
    expect(contentsEntryOf(contents, notice({ docNumber: '西政办发〔2017〕21号', title: '别的写法' }))?.page).toBe(13);
    expect(contentsEntryOf(contents, notice({ kind: 'chronicle', title: '2017年区政府大事记' }))?.page).toBe(76);
    expect(contentsEntryOf(contents, notice({ title: '不在目录里' }))).toBeUndefined();
  });

  it('prefers the pages printed in the notice, else the 目录 page', () => {
    const withPages = notice({ docNumber: '西政发〔2017〕22号', pages: { first: 4, last: 20 } });
    expect(printedPages(withPages, contents)).toEqual({ first: 4, last: 20, source: 'pages' });
    expect(printedPages(notice({ docNumber: '西政发〔2017〕22号' }), contents)).toEqual({
      first: 1,
      source: 'contents',
    });
    expect(printedPagesLabel({ first: 4, last: 20, source: 'pages' })).toBe('第 4—20 页');
    expect(printedPagesLabel({ first: 21, last: 21, source: 'pages' })).toBe('第 21 页');
    expect(printedPagesLabel({ first: 19, source: 'contents' })).toBe('第 19 页起');
  });

  it('names 目录 entries no notice matches', () => {
    expect(unmatchedContents(contents, [notice({ docNumber: '西政发〔2017〕22号' })]).map((c) => c.page)).toEqual([
      13, 76,
    ]);
  });

  it('reads the issues of report.json and rejects another shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'issues-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ issues: [{ id: 'x', title: 'T', file: 'f', contents }] }));
    expect(readIssues(good).get('x')?.contents).toHaveLength(3);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ issues: [{ id: 'x', title: 'T', file: 'f', contents: [{ page: 'one' }] }] }));
    expect(() => readIssues(bad)).toThrow(/contents/);
    expect(() => readIssues(join(dir, 'missing.json'))).toThrow(/npm run content/);
  });
});

describe('issuePeriod', () => {
  it('reads the period from the issue id', () => {
    expect(issuePeriod('2017-01--2017-06')?.label).toBe('2017年1月—6月');
    expect(issuePeriod('2017-09--2018-01')?.label).toBe('2017年9月—2018年1月');
    expect(issuePeriod('2017-05--2017-05')?.label).toBe('2017年5月');
    expect(issuePeriod('other')).toBeUndefined();
  });
});
