import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { firstDifference, noticeFragments, sourceFragments } from '../../src/pipeline/check/accounting.ts';
import { readSeeds } from '../../src/pipeline/ingest/read-seeds.ts';
import type { Notice, Table } from '../../src/pipeline/model.ts';
import { normalizeLines } from '../../src/pipeline/normalize/lines.ts';
import { parseIssue } from '../../src/pipeline/parse-issue.ts';
import { noticeBlocks } from '../../src/pipeline/structure/notice-blocks.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const files = readSeeds(seedsDir);

function tablesOf(n: Notice): Table[] {
  return noticeBlocks(n).filter(
    (b): b is Table => b.type === 'table',
  );
}

describe.each(files.map((f) => [f.name, f] as const))('nothing lost, nothing twice, nothing new: %s', (_name, file) => {
  const { notices } = parseIssue(file, scanTables);
  const { lines } = normalizeLines(file);
  const first = Math.min(...notices.map((n) => n.source.line));
  const spans = notices.flatMap(tablesOf).map((t) => ({ line: t.span.line, endLine: t.span.endLine ?? t.span.line }));
  const expected = sourceFragments(lines.filter((l) => l.no >= first), spans);
  const actual = notices.flatMap(noticeFragments).sort((a, b) => a.line - b.line);

  it('the notices hold exactly the source text, in source order', () => {
    const diff = firstDifference(expected.map((f) => f.text).join(''), actual.map((f) => f.text).join(''));
    expect(diff).toBeUndefined();
  });

  it('no page number or running head is left in any body', () => {
    const texts = actual.map((f) => f.text);
    expect(texts.filter((t) => /^[—–-]\d+[—–-]$/.test(t))).toEqual([]);
  });
});
