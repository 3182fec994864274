/**
 * The parser on real 公文 it was not written against (tests/corpus/: State Council, its General
 * Office, Shanghai's government, departments and districts — see README.md and manifest.json),
 * in the layout they were published in and in every other layout text reaches a gazette
 * (tests/support/layouts.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeFragments } from '../../src/pipeline/check/accounting.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { LAYOUTS, layOut, type LayoutName } from '../support/layouts.ts';
import { headingTexts as headings, paragraphCount as paragraphs, tableCount } from '../support/shown.ts';

interface Entry {
  id: string;
  /** Tables a reader sees in the published text (a member list laid out as columns is one). */
  tables: number;
  file: string;
  issuer: string | string[];
  format: string;
  docNumber?: string;
  title: string;
  recipients?: string;
  signedDate?: string;
  note?: string;
  attachments?: string[];
}

const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Entry[];
const published = (e: Entry) => readFileSync(new URL(`./${e.file}`, import.meta.url), 'utf8');

/** The corpus's own reading of a 发文字号: spaces out, every year bracket as the standard's 〔〕. */
const normalNumber = (s: string | undefined) =>
  s
    ?.replace(/\s+/g, '')
    .replace(/[［[﹝（(](\d{4})[］\]﹞）)]/u, '〔$1〕')
    .replace(/^[（(]|[）)]$/gu, '');
const noSpaces = (s: string | undefined) => s?.replace(/\s+/g, '');
const han = (s: string) => [...s.matchAll(/\p{Script=Han}/gu)].map((m) => m[0]).sort().join('');

function parse(e: Entry, layout: LayoutName) {
  return parseIssue({ name: e.file, text: layOut(published(e), layout) }, scanTables);
}

/**
 * Pairs that do not yet come back as in the published form, as `it.fails` reproducers: the day
 * one passes, it must leave this list. None today. Still short of exact but within the 5 %:
 * sh-szfl-2025-17 in printed lines without indentation, where a paragraph ends flush with the
 * measure and the next is one line, as wide as a last line could be (9 of 179 paragraphs join
 * the one before; the print does not tell them apart).
 */
const KNOWN_LAYOUT_GAPS = new Set<string>([]);

/** Warnings a faithful parse still gives: the source lacks the date, or prints a table cell by cell. */
function unexpectedWarnings(e: Entry, warnings: readonly { message: string }[]): string[] {
  return warnings
    .map((w) => w.message)
    .filter((m) => !(e.signedDate === undefined && /no 成文日期/.test(m)))
    .filter((m) => !/^table printed cell by cell/.test(m));
}

describe('the corpus', () => {
  it('should hold at least 20 documents of at least 5 issuers other than 西城区, each with its source', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(20);
    const issuers = new Set(manifest.map((e) => (Array.isArray(e.issuer) ? e.issuer.join('、') : e.issuer)));
    expect([...issuers].filter((i) => !i.includes('西城')).length).toBeGreaterThanOrEqual(5);
    for (const e of manifest) expect(published(e).length, e.id).toBeGreaterThan(100);
  });
});

describe.each(manifest)('$id as published', (e) => {
  const { notices, warnings } = parse(e, 'paragraphs');
  const n = notices[0]!;

  it('should be one notice with its 发文字号, 标题, 发文机关, 成文日期 and 附注 as printed', () => {
    expect(notices.filter((x) => x.kind === 'notice')).toHaveLength(1);
    expect(normalNumber(n.meta.docNumber?.text)).toBe(normalNumber(e.docNumber));
    expect(noSpaces(n.meta.title)).toBe(noSpaces(e.title));
    expect(n.meta.issuer).toBe(Array.isArray(e.issuer) ? e.issuer.join('、') : e.issuer);
    expect(n.meta.signedDate).toBe(e.signedDate);
    expect(n.meta.remark).toBe(e.note);
    if (e.recipients !== undefined) expect(noSpaces(n.meta.recipients)).toBe(noSpaces(e.recipients));
  });

  it('should find its tables', () => {
    expect(tableCount(n)).toBe(e.tables);
  });

  it('should keep every Han character once', () => {
    const kept = notices.flatMap(noticeFragments).map((f) => f.text);
    expect(han(kept.join(''))).toBe(han(published(e)));
  });

  it('should warn about nothing GB/T 9704 defines', () => {
    expect(unexpectedWarnings(e, warnings)).toEqual([]);
  });
});

describe.each(manifest)('$id in other layouts', (e) => {
  const base = parse(e, 'paragraphs').notices[0]!;
  describe.each(LAYOUTS.filter((l) => l !== 'paragraphs'))('%s', (layout) => {
    const { notices } = parse(e, layout);
    const n = notices[0]!;

    it('should find the same notice: number, title, issuer, date', () => {
      expect(notices.filter((x) => x.kind === 'notice')).toHaveLength(1);
      expect(n.meta.docNumber?.text).toBe(base.meta.docNumber?.text);
      expect(noSpaces(n.meta.title)).toBe(noSpaces(base.meta.title));
      expect(n.meta.issuer).toBe(base.meta.issuer);
      expect(n.meta.signedDate).toBe(base.meta.signedDate);
    });

    it('should find the same tables', () => {
      expect(tableCount(n)).toBe(tableCount(base));
    });

    it('should keep every Han character', () => {
      expect(han(notices.flatMap(noticeFragments).map((f) => f.text).join(''))).toBe(han(published(e)));
    });

    const known = KNOWN_LAYOUT_GAPS.has(`${e.id} ${layout}`);
    (known ? it.fails : it)('should rebuild the paragraphs (count within 5 %) and every heading', () => {
      expect(Math.abs(paragraphs(n) - paragraphs(base))).toBeLessThanOrEqual(Math.ceil(paragraphs(base) * 0.05));
      expect(headings(n)).toEqual(headings(base));
    });
  });
});
