import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/pipeline/build.ts';
import { noticeBlocks } from '../../src/pipeline/structure/notice-blocks.ts';
import { normalizeLines } from '../../src/pipeline/normalize/lines.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { columnKind } from '../../src/pipeline/tables/kinds.ts';
import { rowLabel } from '../../src/pipeline/tables/merged.ts';
import type { Slot } from '../../src/pipeline/tables/types.ts';
import type { TableCell } from '../../src/pipeline/model.ts';
import { withoutSpaces as squash } from '../../src/pipeline/text/chars.ts';

/**
 * Whole-seed checks: what the two gazette files of 2017 must yield. These expectations are
 * about today's seeds on purpose (they are the acceptance data); the parser knows none of them.
 */
const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const { issues, notices, warnings } = parseSeeds(seedsDir, scanTables);
const names = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
const files = names.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const byFile = (prefix: string) => notices.filter((n) => n.kind === 'notice' && n.source.file.startsWith(prefix));

describe('the 2017 seeds', () => {
  it('hold 34 notices (27 + 7) and one chronicle', () => {
    expect(byFile('000_')).toHaveLength(27);
    expect(byFile('002_')).toHaveLength(7);
    expect(notices.filter((n) => n.kind === 'chronicle').map((n) => n.meta.title)).toEqual(['2017年区政府大事记']);
  });

  it('number every notice but the headerless first one, in printed order', () => {
    const numbers = byFile('000_').map((n) => n.meta.docNumber?.text);
    expect(numbers).toEqual([
      undefined,
      ...Array.from({ length: 12 }, (_, i) => `西政发〔2017〕${i + 2}号`),
      ...Array.from({ length: 14 }, (_, i) => `西政办发〔2017〕${i + 1}号`),
    ]);
    expect(byFile('002_').map((n) => n.meta.docNumber?.text)).toEqual([
      '西政发〔2017〕22号',
      ...[21, 22, 23, 24, 25, 26].map((s) => `西政办发〔2017〕${s}号`),
    ]);
  });

  it('give every notice a one-line title with its 文种, matching the printed 目录 where there is one', () => {
    for (const n of notices) {
      expect(n.meta.title).not.toMatch(/\s/);
      if (n.kind === 'notice' && n.meta.docNumber) expect(n.meta.genre, n.meta.title).toBeDefined();
    }
    const contents = issues.flatMap((i) => i.contents).filter((c) => c.number);
    expect(contents).toHaveLength(7);
    for (const entry of contents) {
      const n = notices.find((x) => x.meta.docNumber?.text === entry.number);
      expect(n?.meta.title, entry.number).toBe(entry.title.replace(/\s+/g, ''));
    }
  });

  it('know 发文机关, 成文日期 and 印发日期 of every numbered notice', () => {
    for (const n of notices.filter((x) => x.meta.docNumber)) {
      expect(n.meta.issuer, n.slug).toMatch(/^北京市西城区人民政府(办公室)?$/);
      expect(n.meta.signedDate, n.slug).toMatch(/^2017-\d\d-\d\d$/);
      expect(n.meta.printedDate, n.slug).toMatch(/^201[78]-\d\d-\d\d$/);
      expect(n.meta.printedDate! >= n.meta.signedDate!, n.slug).toBe(true);
      expect(n.meta.recipients, n.slug).toMatch(/：$/);
      expect(n.meta.cc, n.slug).toMatch(/^区委各部门/);
    }
  });

  it('give the headerless notice what its text tells, and say so', () => {
    const first = byFile('000_')[0]!;
    expect(first.meta.title).toBe('北京市西城区“十三五”时期消防事业发展建设规划');
    expect(first.meta.printedDate).toBe('2017-01-11');
    expect(first.notes).toHaveLength(1);
    expect(warnings.some((w) => w.line === first.source.line)).toBe(true);
  });

  it('give every notice a distinct URL from its number', () => {
    const slugs = notices.map((n) => n.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('xzbf-2017-14');
    expect(slugs).toContain('xzf-2017-22');
  });

  it('name each issue by the period its notices cover', () => {
    expect(issues.map((i) => i.id)).toEqual(['2017-01--2017-06', '2017-09--2018-01']);
  });
});

/** A table body as a full grid: every place with the cell covering it (its text, top row, left column, rowspan). */
function expand(body: readonly TableCell[][]): { text: string; top: number; left: number; rowspan: number }[][] {
  const grid: { text: string; top: number; left: number; rowspan: number }[][] = body.map(() => []);
  body.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const rowspan = cell.rowspan ?? 1;
      for (let i = 0; i < rowspan; i++)
        for (let j = 0; j < (cell.colspan ?? 1); j++)
          grid[r + i]![c + j] = { text: cell.text, top: r, left: c, rowspan };
      c += cell.colspan ?? 1;
    }
  });
  return grid;
}

/** Agency, leader and deadline cells of the seeds' tables that span rows: cells merged in print. */
const SPANNING_FACT_CELLS = 51;

describe('tables of the 2017 seeds', () => {
  it('leave no run of more than 3 consecutive paragraphs of one or two characters anywhere', () => {
    for (const n of notices) {
      let run = 0;
      for (const b of noticeBlocks(n)) {
        const short =
          b.type === 'paragraph' &&
          [
            ...b.inlines
              .map((i) => i.value)
              .join('')
              .trim(),
          ].length <= 2;
        run = short ? run + 1 : 0;
        expect(run, `${n.slug} at line ${b.span.line}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('hold only cell text found in the source lines of their own table', () => {
    // Each table's own lines, as the normalizer gives them (page-number lines removed), without
    // white space: a cell is one of their substrings, so a cell taken from another table or
    // from the prose around fails even when its text occurs elsewhere in the file.
    const lines = new Map(files.map((f, k) => [names[k]!, normalizeLines({ name: names[k]!, text: f }).lines]));
    let checked = 0;
    for (const n of notices) {
      for (const b of noticeBlocks(n)) {
        if (b.type !== 'table') continue;
        const own = lines.get(b.span.file)!.filter((l) => l.no >= b.span.line && l.no <= b.span.endLine!);
        const source = squash(own.map((l) => l.raw).join(''));
        for (const cell of [...b.head, ...b.body].flat()) {
          for (const piece of cell.text.split('\n')) {
            expect(source.includes(squash(piece)), `${n.slug} line ${b.span.line}: ${piece}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('are read by the readers of their own extraction: none is taken for a printed page (pdftotext)', () => {
    const shapes = new Map<string, number>();
    for (const n of notices)
      for (const b of noticeBlocks(n)) if (b.type === 'table') shapes.set(b.shape, (shapes.get(b.shape) ?? 0) + 1);
    expect(Object.fromEntries(shapes)).toEqual({ spaces: 3, rotated: 4, columns: 9, tabs: 2 });
  });

  it('should leave no fact cell of a group empty where the group holds a value, unless a note names it', () => {
    // A group: the rows a cell to their left spans (a task over its measures, a category over
    // its tasks). An empty agency, leader or deadline cell in a group whose column holds a value
    // is a cell merged in print: it must span again, or the table's note must say it is left
    // empty because the source does not tell which value covers it.
    const silent: string[] = [];
    let spanning = 0;
    for (const n of notices) {
      for (const b of noticeBlocks(n)) {
        if (b.type !== 'table' || b.head.length !== 1) continue;
        const labels = b.head[0]!.flatMap((c) => new Array<string>(c.colspan ?? 1).fill(c.text));
        const kinds = labels.map(columnKind);
        const fact = (c: number) => ['agency', 'person', 'date'].includes(kinds[c]!);
        const grid = expand(b.body);
        const notes = (b.notes ?? []).join('');
        grid.forEach((row, r) =>
          row.forEach((cell, g) => {
            if (cell.top !== r || cell.left !== g || cell.rowspan < 2) return;
            if (fact(g)) spanning++;
            for (let c = g + 1; c < row.length; c++) {
              if (!fact(c)) continue;
              const column = grid.slice(r, r + cell.rowspan).map((x) => x[c]!);
              if (column.some((x) => x.top < r || x.top + x.rowspan > r + cell.rowspan)) continue;
              if (column.every((x) => x.text === '')) continue;
              column.forEach((x, k) => {
                if (x.text !== '' || x.top !== r + k) return;
                const own = grid[r + k]!.map((y, col): Slot =>
                  y.top === r + k && y.left === col ? { text: y.text } : 'up',
                );
                const named = notes.includes(`${rowLabel(own, kinds)}一行的`) && notes.includes(labels[c]!);
                if (!named) silent.push(`${n.slug} line ${b.span.line}, body row ${r + k + 1}: ${labels[c]}`);
              });
            }
          }),
        );
      }
    }
    expect(silent).toEqual([]);
    // Merged in print and spanning again (agencies, leaders, deadlines over several rows).
    expect(spanning).toBe(SPANNING_FACT_CELLS);
  });

  it('should keep at most 2 rows in printed order (7 before merged cells, cut names and page breaks were read), each warned', () => {
    // A row kept in printed order is one whose cells could not be laid over the columns; the
    // table is degraded and a warning counts its rows.
    const counted = warnings.flatMap((w) => {
      const m = /(\d+) of \d+ rows have more cells than the header/.exec(w.message);
      return m ? [Number(m[1])] : [];
    });
    expect(counted.reduce((a, b) => a + b, 0)).toBe(2);
    const degraded = notices.flatMap((n) => noticeBlocks(n).filter((b) => b.type === 'table' && b.degraded));
    expect(degraded).toHaveLength(counted.length);
  });

  it('are found in the notices whose task breakdowns are printed as rotated pages', () => {
    const shapes = (slug: string) =>
      notices
        .find((n) => n.slug === slug)!
        .attachments.flatMap((a) => a.blocks)
        .filter((b) => b.type === 'table')
        .map((b) => b.shape);
    expect(shapes('xzf-2017-5')).toContain('rotated');
    expect(
      shapes('xzbf-2017-2').length +
        notices.find((n) => n.slug === 'xzbf-2017-2')!.body.filter((b) => b.type === 'table').length,
    ).toBeGreaterThan(0);
  });
});

describe('attachments of the 2017 seeds', () => {
  it('link every item of every 附件说明 to a section of its notice', () => {
    for (const n of notices) {
      for (const ref of n.attachmentNote) {
        expect(ref.target, `${n.slug}: ${ref.label} ${ref.title}`).toBeDefined();
        expect(n.attachments.map((a) => a.id)).toContain(ref.target);
      }
    }
  });

  it('split attachments printed as unlabelled landscape tables from the one before them', () => {
    expect(notices.find((n) => n.slug === 'xzbf-2017-13')!.attachments.map((a) => a.title)).toEqual([
      '西城区政务服务体系建设领导小组成员名单',
      '《北京市西城区关于进一步加强政务服务体系建设的实施意见》任务分解表',
    ]);
  });
});
