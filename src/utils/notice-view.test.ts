import { describe, expect, it } from 'vitest';
import { entry, frontmatter } from './fixtures.ts';
import {
  cnDate,
  shownGenre,
  groupByIssue,
  legislationJsonLd,
  listDate,
  noticeDate,
  oneLine,
  pageRange,
  tocTree,
} from './notice-view.ts';

describe('dates', () => {
  it('should write an ISO date the Chinese way, without leading zeros', () => {
    expect(cnDate('2017-10-11')).toBe('2017年10月11日');
    expect(cnDate('2017-01-05')).toBe('2017年1月5日');
  });

  it('should know a notice by its 成文日期, else its 印发日期, else by no date', () => {
    expect(noticeDate(frontmatter({ signedDate: '2017-02-15', printedDate: '2017-02-20' }))).toBe('2017-02-15');
    expect(noticeDate(frontmatter({ printedDate: '2017-02-20' }))).toBe('2017-02-20');
    expect(noticeDate(frontmatter())).toBeUndefined();
  });

  it('should label the list date with the kind of date it is', () => {
    expect(listDate(frontmatter({ signedDate: '2017-02-15', printedDate: '2017-02-20' }))).toEqual({
      label: '成文日期',
      iso: '2017-02-15',
    });
    expect(listDate(frontmatter({ printedDate: '2017-02-20' }))).toEqual({ label: '印发日期', iso: '2017-02-20' });
    expect(listDate(frontmatter())).toBeUndefined();
  });
});

describe('pageRange', () => {
  it('should give a range with a dash, one page alone, nothing without pages', () => {
    expect(pageRange({ first: 19, last: 41 })).toBe('第 19—41 页');
    expect(pageRange({ first: 7, last: 7 })).toBe('第 7 页');
    expect(pageRange(undefined)).toBeUndefined();
  });
});

describe('shownGenre', () => {
  it('should take the 文种, call a chronicle without one 大事记, and give nothing otherwise', () => {
    expect(shownGenre(frontmatter({ genre: '通知' }))).toBe('通知');
    expect(shownGenre(frontmatter({ kind: 'chronicle' }))).toBe('大事记');
    expect(shownGenre(frontmatter({ kind: 'chronicle', genre: '纪要' }))).toBe('纪要');
    expect(shownGenre(frontmatter())).toBeUndefined();
  });
});

describe('oneLine', () => {
  it('should join the lines of a text printed over several, with the spaces around each break', () => {
    expect(oneLine('关于印发\n  工作分工的通知')).toBe('关于印发工作分工的通知');
    expect(oneLine('甲 \r\n乙\n\n丙')).toBe('甲乙丙');
    expect(oneLine('one line, with  spaces')).toBe('one line, with  spaces');
  });
});

describe('tocTree', () => {
  it('should nest entries by depth and keep an entry without a parent at its own level', () => {
    const toc = [
      { id: 'a', text: '一、总则', depth: 3 },
      { id: 'a1', text: '（一）\n目标', depth: 4 },
      { id: 'a1x', text: '1.细则', depth: 5 },
      { id: 'a2', text: '（二）原则', depth: 4 },
      { id: 'b', text: '附件', depth: 2 },
      { id: 'b1', text: '一、范围', depth: 3 },
    ];
    const shape = (nodes: ReturnType<typeof tocTree>): unknown[] =>
      nodes.map((n) => (n.children.length ? [n.id, n.text, shape(n.children)] : [n.id, n.text]));
    expect(shape(tocTree(toc))).toEqual([
      [
        'a',
        '一、总则',
        [
          ['a1', '（一）目标', [['a1x', '1.细则']]],
          ['a2', '（二）原则'],
        ],
      ],
      ['b', '附件', [['b1', '一、范围']]],
    ]);
    expect(tocTree([])).toEqual([]);
  });
});

describe('legislationJsonLd', () => {
  it('should describe a notice as schema.org Legislation with what is known of it', () => {
    const data = frontmatter({
      title: '关于印发\n方案的通知',
      docNumber: '西政办发〔2017〕14号',
      issuer: '北京市西城区人民政府办公室',
      signedDate: '2017-05-02',
      printedDate: '2017-05-04',
      issue: { id: '2017-01--2017-06', title: '公报 2017年第1期', file: 'a.txt' },
    });
    expect(JSON.parse(legislationJsonLd(data))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '关于印发方案的通知',
      legislationIdentifier: '西政办发〔2017〕14号',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: '北京市西城区人民政府办公室' },
      legislationDate: '2017-05-02',
      datePublished: '2017-05-04',
      inLanguage: 'zh-CN',
      isPartOf: '公报 2017年第1期',
    });
  });

  it('should leave out what is unknown', () => {
    const ld = JSON.parse(legislationJsonLd(frontmatter({ title: '2017年大事记', kind: 'chronicle' })));
    expect(Object.keys(ld).sort()).toEqual(['@context', '@type', 'inLanguage', 'isPartOf', 'name']);
  });

  it('should escape what could end the script element or the line, and still parse to the same text', () => {
    const title = '</script><script>alert(1)</script> & \u2028\u2029';
    const text = legislationJsonLd(frontmatter({ title }));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u0026');
    expect(text).toContain('\\u2028\\u2029');
    expect(JSON.parse(text).name).toBe(title);
  });
});

describe('groupByIssue', () => {
  it('should list issues newest first (by id) and each issue in printed order', () => {
    const early = { id: '2017-01--2017-06', title: '上半年', file: 'a.txt' };
    const late = { id: '2017-07--2017-12', title: '下半年', file: 'b.txt' };
    const entries = [
      entry({ slug: 'c', issue: early, order: 2 }),
      entry({ slug: 'b', issue: late, order: 1 }),
      entry({ slug: 'a', issue: early, order: 1 }),
      entry({ slug: 'e', issue: early, order: 2 }),
    ];
    const groups = groupByIssue(entries).map((g) => [g.id, g.title, g.items.map((i) => i.data.slug)]);
    expect(groups).toEqual([
      ['2017-07--2017-12', '下半年', ['b']],
      // Same printed order: by slug.
      ['2017-01--2017-06', '上半年', ['a', 'c', 'e']],
    ]);
    expect(groupByIssue([])).toEqual([]);
  });
});
