/**
 * Reading on screen (issue 15, items 3 and 4), measured in Chromium on the built site:
 *
 * - wide tables: the pipeline marks `data-wide` on a table whose columns, each at a readable
 *   width, need more than a portrait page holds (src/pipeline/mdx/table-width.ts, counting
 *   characters); here the same rule is measured with the print stylesheet's real glyphs, and the
 *   two must agree. On a 1600 px screen a wide table is wider than the text column, inside the
 *   window and clear of the 目录; every other table stays in the column. On a 360 px phone a table
 *   scrolls sideways in its box with its first column in view, and the cells marked as the first
 *   column at build time are exactly those Chromium lays out there (cells spanning rows included).
 * - titles: the notice's title (h1), its issued plan's and attachments' titles and the titles in
 *   lists break only between BudouX's phrases, at 1600, 1280 and 360 px, and read exactly as the
 *   frontmatter says (`<wbr>` adds no character); 冰雪 and 时期 stay whole at every width from 320
 *   to 1600 px.
 *
 * Where a table or title would be found wanting, the test names it; a rule with nothing to check
 * (no wide table, no title on two lines) fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { NOTICES_DIR } from '../support/paths.ts';

const notices = readNotices();
const mdx = (file: string) => readFileSync(join(NOTICES_DIR, file), 'utf8');
/** Notices whose MDX has a table marked `data-wide`, and those with any table. */
const wideSlugs = notices
  .filter((n) => /<div class="gw-table"[^>]*data-wide="\d+"/.test(mdx(n.file)))
  .map((n) => n.frontmatter.slug);
const tableSlugs = notices.filter((n) => mdx(n.file).includes('<div class="gw-table"')).map((n) => n.frontmatter.slug);
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, '');
const budoux = loadDefaultSimplifiedChineseParser();

let tb: TestBrowser;

beforeAll(async () => {
  tb = await openBrowser(siteUrl());
});

afterAll(async () => {
  await tb?.close();
});

async function visit(path: string, width: number) {
  await tb.page.setViewportSize({ width, height: 900 });
  const response = await tb.page.goto(siteUrl(path), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await tb.page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('which tables are wide', () => {
  it('should find tables, wide ones among them', () => {
    expect(tableSlugs.length).toBeGreaterThan(0);
    expect(wideSlugs.length).toBeGreaterThan(0);
  });

  it('should mark data-wide exactly on the tables that need more than a portrait page with each column at a readable width, as Chromium sets them', async () => {
    const verdicts: { slug: string; table: number; wide: boolean; readableMm: number }[] = [];
    for (const slug of tableSlugs) {
      await visit(`/notices/${slug}/`, 1280);
      await tb.page.emulateMedia({ media: 'print' });
      try {
        const found = await tb.page.evaluate(() => {
          const MM = 96 / 25.4;
          return Array.from(document.querySelectorAll<HTMLElement>('article .gw-table'), (box) => {
            // The table at its widest (no line wrapped but those the cells break themselves):
            // every column as wide as its longest line, at the print face and size.
            const table = box.querySelector('table')!;
            const saved = table.getAttribute('style');
            table.style.width = 'max-content';
            const cells = Array.from(table.querySelectorAll<HTMLElement>('th, td'));
            for (const cell of cells) cell.style.whiteSpace = 'pre';
            const em = parseFloat(getComputedStyle(table).fontSize);
            const columns = new Map<number, number>();
            for (const cell of cells) {
              if ((cell as HTMLTableCellElement).colSpan !== 1) continue;
              const r = cell.getBoundingClientRect();
              const left = Math.round(r.left);
              columns.set(left, Math.max(columns.get(left) ?? 0, r.width));
            }
            for (const cell of cells) cell.style.whiteSpace = '';
            if (saved === null) table.removeAttribute('style');
            else table.setAttribute('style', saved);
            // A column of text reads well from eight characters a line (padding and rule on top).
            const padding = parseFloat(getComputedStyle(cells[0]!).paddingLeft) * 2 + 1;
            const readable = [...columns.values()].reduce((sum, w) => sum + Math.min(w, 8 * em + padding), 0);
            return { wide: box.hasAttribute('data-wide'), readableMm: readable / MM };
          });
        });
        found.forEach((f, i) => verdicts.push({ slug, table: i + 1, ...f }));
      } finally {
        await tb.page.emulateMedia({ media: null });
      }
    }
    console.log(
      `[reading] tables: ${verdicts.map((v) => `${v.slug}#${v.table} ${v.readableMm.toFixed(0)} mm${v.wide ? ' wide' : ''}`).join(', ')}`,
    );
    // The pipeline counts characters (CJK 1, Latin and digits ½); Chromium measures glyphs. Within
    // 4 % of the 156 mm type area either verdict stands.
    const wrong = verdicts
      .filter((v) => Math.abs(v.readableMm - 156) > 156 * 0.04)
      .filter((v) => v.wide !== v.readableMm > 156)
      .map((v) => `${v.slug} table ${v.table}: ${v.readableMm.toFixed(1)} mm, ${v.wide ? '' : 'not '}marked wide`);
    expect(wrong).toEqual([]);
    expect(verdicts.filter((v) => v.wide).length).toBeGreaterThan(0);
  });
});

describe('wide tables on screen', () => {
  it('should set every wide table wider than the text column on a 1600 px screen, inside the window and clear of the 目录', async () => {
    for (const slug of wideSlugs) {
      await visit(`/notices/${slug}/`, 1600);
      const m = await tb.page.evaluate(() => {
        const text = document.querySelector('article .gw-body')!.getBoundingClientRect();
        const toc = document.querySelector('.gw-toc')?.getBoundingClientRect();
        return {
          text: { left: text.left, right: text.right },
          toc: toc ? toc.left : Infinity,
          window: document.documentElement.clientWidth,
          scroll: document.documentElement.scrollWidth,
          boxes: Array.from(document.querySelectorAll('article .gw-table[data-wide]'), (box) => {
            const r = box.getBoundingClientRect();
            const table = box.querySelector('table')!.getBoundingClientRect();
            return { left: r.left, right: r.right, table: table.width };
          }),
        };
      });
      expect(m.boxes.length, `${slug}: wide tables`).toBeGreaterThan(0);
      const column = m.text.right - m.text.left;
      for (const [i, box] of m.boxes.entries()) {
        const where = `${slug} table ${i + 1}`;
        // Half again the column at least: the table takes the free space beside it, not a few pixels.
        expect
          .soft(box.right - box.left, `${where}: box width vs column ${column.toFixed(0)} px`)
          .toBeGreaterThan(1.5 * column);
        expect.soft(box.table, `${where}: the table fills its box`).toBeGreaterThanOrEqual(box.right - box.left - 1);
        expect.soft(box.left, `${where}: left edge inside the window`).toBeGreaterThanOrEqual(8);
        expect.soft(box.right, `${where}: right edge clear of the 目录`).toBeLessThanOrEqual(m.toc);
        expect.soft(box.right, `${where}: right edge inside the window`).toBeLessThanOrEqual(m.window - 8);
      }
      expect.soft(m.scroll, `${slug}: no sideways scroll of the page`).toBeLessThanOrEqual(m.window);
    }
  });

  it('should keep every other table inside the text column', async () => {
    const narrow = tableSlugs.filter((slug) => /<div class="gw-table"(?![^>]*data-wide)/.test(mdx(`${slug}.mdx`)));
    expect(narrow.length).toBeGreaterThan(0);
    for (const slug of narrow) {
      await visit(`/notices/${slug}/`, 1600);
      const outside = await tb.page.evaluate(() => {
        const text = document.querySelector('article .gw-body')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('article .gw-table:not([data-wide])'), (box) =>
          box.getBoundingClientRect(),
        )
          .filter((r) => r.left < text.left - 0.5 || r.right > text.right + 0.5)
          .map(
            (r) =>
              `${r.left.toFixed(0)}–${r.right.toFixed(0)} outside ${text.left.toFixed(0)}–${text.right.toFixed(0)}`,
          );
      });
      expect.soft(outside, slug).toEqual([]);
    }
  });

  it('should keep the first column in view when a table scrolls sideways on a 360 px phone', async () => {
    let scrolled = 0;
    for (const slug of tableSlugs) {
      await visit(`/notices/${slug}/`, 360);
      const boxes = await tb.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('article .gw-table')).map((box, i) => {
          if (box.scrollWidth <= box.clientWidth) return { i, overflows: false, lost: [], moved: 0, scroll: 0 };
          box.scrollIntoView();
          const other = box.querySelector<HTMLElement>('td:not(.gw-col1), th:not(.gw-col1)');
          const before = other?.getBoundingClientRect().left ?? 0;
          box.scrollLeft = box.scrollWidth;
          const edge = box.getBoundingClientRect().left + box.clientLeft;
          const firsts = Array.from(box.querySelectorAll<HTMLElement>('.gw-col1'));
          // Each first-column cell still starts at the box's left edge; the other cells have moved.
          const lost = firsts
            .map((cell) => ({ cell, r: cell.getBoundingClientRect() }))
            .filter(({ r }) => Math.abs(r.left - edge) > 1.5)
            .map(
              ({ cell, r }) =>
                `${(cell.textContent ?? '').slice(0, 10)} at ${r.left.toFixed(0)} (box ${edge.toFixed(0)})`,
            );
          const moved = (other?.getBoundingClientRect().left ?? 0) - before;
          const scroll = box.scrollLeft;
          box.scrollLeft = 0;
          return { i, overflows: true, lost, moved, scroll };
        }),
      );
      for (const box of boxes.filter((b) => b.overflows)) {
        scrolled++;
        expect.soft(box.lost, `${slug} table ${box.i + 1}: first-column cells scrolled away`).toEqual([]);
        expect.soft(box.moved, `${slug} table ${box.i + 1}: the other columns scroll`).toBeCloseTo(-box.scroll, 0);
      }
    }
    // A 360 px phone must have something to scroll, or this checks nothing.
    expect(scrolled, 'tables that scroll sideways at 360 px').toBeGreaterThan(0);
  });

  it('should mark as first column exactly the cells Chromium lays out in the first column', async () => {
    let rowspans = 0;
    for (const slug of tableSlugs) {
      await visit(`/notices/${slug}/`, 1280);
      const result = await tb.page.evaluate(() =>
        Array.from(document.querySelectorAll('article .gw-body table'), (table) => {
          const left = Math.min(...Array.from(table.querySelectorAll('th, td'), (c) => c.getBoundingClientRect().left));
          const firstColumn = Array.from(table.querySelectorAll<HTMLTableCellElement>('th, td')).filter(
            (c) => c.colSpan === 1 && Math.abs(c.getBoundingClientRect().left - left) < 0.5,
          );
          const marked = Array.from(table.querySelectorAll('.gw-col1'));
          return {
            missing: firstColumn
              .filter((c) => !c.classList.contains('gw-col1'))
              .map((c) => c.textContent?.slice(0, 10)),
            extra: marked
              .filter((c) => !firstColumn.includes(c as HTMLTableCellElement))
              .map((c) => c.textContent?.slice(0, 10)),
            rowspans: table.querySelectorAll('[rowspan]').length,
          };
        }),
      );
      for (const [i, t] of result.entries()) {
        rowspans += t.rowspans;
        expect.soft(t.missing, `${slug} table ${i + 1}: first-column cells not marked`).toEqual([]);
        expect.soft(t.extra, `${slug} table ${i + 1}: cells marked but not in the first column`).toEqual([]);
      }
    }
    expect(rowspans, 'cells spanning rows (the case the marking is for)').toBeGreaterThan(0);
  });
});

/** Offsets into an element's text where its rendered lines start (after the first), per element. */
async function lineStarts(selector: string): Promise<{ text: string; starts: number[] }[]> {
  return tb.page.evaluate((selector) => {
    return Array.from(document.querySelectorAll(selector), (el) => {
      const starts: number[] = [];
      let offset = 0;
      let lastTop: number | undefined;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++, offset++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rects = range.getClientRects();
          const r = rects[rects.length - 1];
          if (!r || r.width === 0) continue;
          if (lastTop !== undefined && r.top > lastTop + r.height / 2) starts.push(offset);
          lastTop = r.top;
        }
      }
      return { text: el.textContent ?? '', starts };
    });
  }, selector);
}

/** Breaks that fall inside a BudouX phrase. */
function insidePhrases(text: string, starts: number[]): string[] {
  const between = new Set(budoux.parseBoundaries(text));
  return starts.filter((at) => !between.has(at)).map((at) => `${text.slice(0, at)} / ${text.slice(at)}`);
}

const TITLE_SELECTOR = 'article > .gw-title, article .gw-body :is(.gw-issued-title, .gw-attachment-title)';

describe('titles on screen', () => {
  it.for([1600, 1280, 360])(
    'should break the titles of every notice page only between BudouX phrases at %i px',
    async (width) => {
      const broken: string[] = [];
      let multiline = 0;
      for (const { frontmatter: fm } of notices) {
        await visit(`/notices/${fm.slug}/`, width);
        const titles = await lineStarts(TITLE_SELECTOR);
        expect.soft(titles[0]?.text, `${fm.slug}: the h1 reads as the frontmatter's title`).toBe(oneLine(fm.title));
        for (const t of titles) {
          if (t.starts.length > 0) multiline++;
          broken.push(...insidePhrases(t.text, t.starts).map((b) => `${fm.slug}: ${b}`));
        }
      }
      expect(broken).toEqual([]);
      expect(multiline, 'titles on more than one line').toBeGreaterThan(width < 600 ? notices.length : 0);
    },
  );

  it('should never break 冰雪 or 时期, at any width from 320 to 1600 px', async () => {
    for (const word of ['冰雪', '时期']) {
      const n = notices.find((x) => x.frontmatter.title.includes(word));
      expect(n, `a notice whose title holds ${word}`).toBeDefined();
      await visit(`/notices/${n!.frontmatter.slug}/`, 1600);
      const inside: number[] = [];
      const breaks = new Set<number>();
      for (let width = 320; width <= 1600; width += 20) {
        await tb.page.setViewportSize({ width, height: 900 });
        const [h1] = await lineStarts('article > .gw-title');
        if (h1!.starts.includes(h1!.text.indexOf(word) + 1)) inside.push(width);
        for (const at of h1!.starts) breaks.add(at);
      }
      expect(inside, `widths at which ${word} is broken`).toEqual([]);
      // The title does break, at several places over these widths, or this checks nothing.
      expect(breaks.size, `places where the title breaks across the widths`).toBeGreaterThan(2);
    }
  });

  it.for([1600, 360])(
    'should break the titles in the lists of notices only between BudouX phrases at %i px',
    async (width) => {
      for (const path of ['/', '/notices/']) {
        await visit(path, width);
        const titles = await lineStarts('.nl-title');
        expect(titles.length, `titles listed on ${path}`).toBeGreaterThan(0);
        const expected = new Set(notices.map((n) => oneLine(n.frontmatter.title)));
        expect
          .soft(
            titles.filter((t) => !expected.has(t.text)).map((t) => t.text),
            `${path}: titles as in the frontmatter`,
          )
          .toEqual([]);
        const broken = titles.flatMap((t) => insidePhrases(t.text, t.starts));
        expect(broken, path).toEqual([]);
      }
    },
  );

  it('sent no request off the local server and raised no script error', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
