import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { firstDifference, noticeFragments, sourceFragments } from '../../src/pipeline/check/accounting.ts';
import { readSeeds } from '../../src/pipeline/ingest/read-seeds.ts';
import type { Notice, Table } from '../../src/pipeline/model.ts';
import { normalizeLines } from '../../src/pipeline/normalize/lines.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { noticeBlocks } from '../../src/pipeline/structure/notice-blocks.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { furnitureIn, furnitureOf, pageNumbersInText } from '../support/furniture.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const files = readSeeds(seedsDir);

function tablesOf(n: Notice): Table[] {
  return noticeBlocks(n).filter((b): b is Table => b.type === 'table');
}

describe.each(files.map((f) => [f.name, f] as const))('nothing lost, nothing twice, nothing new: %s', (_name, file) => {
  const { notices } = parseIssue(file, scanTables);
  const { lines } = normalizeLines(file);
  const first = Math.min(...notices.map((n) => n.source.line));
  const spans = notices.flatMap(tablesOf).map((t) => ({ line: t.span.line, endLine: t.span.endLine ?? t.span.line }));
  const expected = sourceFragments(
    lines.filter((l) => l.no >= first),
    spans,
  );
  const actual = notices.flatMap(noticeFragments).sort((a, b) => a.line - b.line);

  it('the notices hold exactly the source text, in source order', () => {
    const diff = firstDifference(expected.map((f) => f.text).join(''), actual.map((f) => f.text).join(''));
    expect(diff).toBeUndefined();
  });

  // Judged on the raw source with the test's own patterns (tests/support/furniture.ts), not on
  // the normalizer's lines, so a normalizer that stops removing furniture fails here.
  it('should leave no page number or running head of the source in any notice', () => {
    expect(pageNumbersInText(file.text)).toEqual([]);
    expect(furnitureIn(notices, file.text)).toEqual([]);
  });
});

describe('the furniture check itself', () => {
  it('should fail when the normalizer no longer removes page numbers', { timeout: 60_000 }, async () => {
    vi.resetModules();
    vi.doMock('../../src/pipeline/normalize/page-number.ts', () => ({ pageNumberOf: () => undefined }));
    const broken = (await import('../../src/pipeline/parse-issue.ts')).parseIssue;
    const tables = (await import('../../src/pipeline/tables/index.ts')).scanTables;
    const file = files.find((f) => furnitureOf(f.text).pageNumbers.length > 0)!;
    const leaked = furnitureIn(broken(file, tables).notices, file.text);
    vi.doUnmock('../../src/pipeline/normalize/page-number.ts');
    vi.resetModules();
    expect(leaked.length).toBeGreaterThan(0);
    expect(leaked[0]).toMatch(/^[—–-]\d+[—–-] in …/u);
  });
});
