/**
 * Paragraphs and headings of both seeds, checked the way a reader would: no paragraph of
 * sentences stops on a clause while the next one goes on with it, and every `一、` heading line
 * of the sources is a heading on the page.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/pipeline/build.ts';
import type { Block, Notice } from '../../src/pipeline/model.ts';
import { inlineText } from '../../src/pipeline/structure/inlines.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { readSeeds } from '../../src/pipeline/ingest/read-seeds.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const { notices } = parseSeeds(seedsDir, scanTables);

const parts = (n: Notice): Block[][] => [
  n.body,
  ...n.issued.map((d) => d.blocks),
  ...n.attachments.map((a) => a.blocks),
];
const text = (b: Block) => (b.type === 'table' ? '' : inlineText(b.inlines).replace(/\s+/g, ''));

/** The test's own reading (not the parser's): what opens a new block, what ends inside a clause. */
const OPENS_BLOCK =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,3}[.．、]|附件|——|\p{Script=Han}{2,8}[：:])/u;
const ENDS_IN_CLAUSE = /(?:\p{Script=Han}|[，、])$/u;

describe('paragraphs of the seeds', () => {
  it('should never end a paragraph of sentences inside a clause that the next paragraph goes on with', () => {
    const cut: string[] = [];
    for (const n of notices)
      for (const blocks of parts(n))
        blocks.forEach((a, i) => {
          const b = blocks[i + 1];
          if (a.type !== 'paragraph' || b?.type !== 'paragraph') return;
          const [ta, tb] = [text(a), text(b)];
          if (/[。；]/u.test(ta) && ENDS_IN_CLAUSE.test(ta) && !OPENS_BLOCK.test(tb) && /^\p{Script=Han}/u.test(tb))
            cut.push(`${n.slug} line ${a.span.line}: …${ta.slice(-12)} | ${tb.slice(0, 12)}…`);
        });
    expect(cut).toEqual([]);
  });

  it('should make every `一、` heading line of the sources a heading', () => {
    // A line of its own in the source: 一、 and a phrase with no sentence, as a heading is printed.
    const HEADING_LINE = /^\s*[一二三四五六七八九十]+、[^。；：:]{1,30}\s*$/u;
    // Inside a table the same line is a section row: a cell spanning the table's width.
    const headings = new Set(
      notices.flatMap((n) =>
        parts(n)
          .flat()
          .flatMap((b) =>
            b.type === 'heading'
              ? [text(b)]
              : b.type === 'table'
                ? b.body.flat().flatMap((c) => ((c.colspan ?? 1) > 1 ? [c.text.replace(/\s+/g, '')] : []))
                : [],
          ),
      ),
    );
    const missing = readSeeds(seedsDir)
      .flatMap((f) => f.text.split('\n'))
      .filter((l) => HEADING_LINE.test(l))
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => !headings.has(l));
    expect(missing).toEqual([]);
  });
});
