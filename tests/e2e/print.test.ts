/**
 * Printing: notices printed to PDF by Chromium (page.pdf with the print stylesheet, as the browser's
 * print dialog does) and read back with poppler-utils. See docs/print.md.
 *
 * Four notices are printed (see choose()): a short one (西政发〔2017〕2号), the one with the widest
 * table (or, while the pipeline emits no `.gw-table`, the one with the most attachments after the
 * attachment notice), one with attachments (xzf-2017-4), and the one with the most rows of rotated
 * tables (landscape pages). Each PDF must be A4, carry the 版头 and title on page 1, number its pages
 * `— n —` on the outer side below the type area, keep every line inside the type area on the
 * 22 × 28 grid, print every block of the notice and no interface text, print every table row whole
 * on one page under its header row, start each 附件 on a new page, have no blank page, and a page
 * count that fits its length. PRINT_NOTICES=slug,slug runs the same checks on other notices.
 * A long, wide table injected into a notice page checks the table rules (header row repeated on
 * every page, rows never split, nothing outside the type area) whatever the pipeline emits.
 *
 * PDFs and PNGs of the pages go to test-output/print/ (git-ignored) for people to look at.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTE } from '../../src/gazette.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices, type GeneratedNotice } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR, NOTICES_DIR, ROOT } from '../support/paths.ts';
import {
  gridWidth,
  pdfLines,
  pdfPageRaster,
  pdfPages,
  pdfPageTexts,
  pdfToPng,
  squash,
  withoutPageNumbers,
  type PdfLine,
} from '../support/pdf.ts';

const OUT = join(ROOT, 'test-output', 'print');
const notices = readNotices();

/* ---------- which notices to print ---------- */

interface Choice {
  role: 'short' | 'table' | 'attachments' | 'landscape' | 'requested';
  slug: string;
  why: string;
}

function mdxOf(n: GeneratedNotice): string {
  return readFileSync(join(NOTICES_DIR, n.file), 'utf8');
}

interface MdxTable {
  columns: number;
  rows: number;
  shape?: string;
  degraded: boolean;
}

/** The `.gw-table`s of an MDX text: columns (HTML tables: cells of the first row with their colSpan;
 * GFM tables: cells of the header line), rows, data-shape, data-degraded. */
function mdxTables(mdx: string): MdxTable[] {
  return Array.from(mdx.matchAll(/<div class="gw-table"([^>]*)>([\s\S]*?)\n\s*<\/div>/g), (m) => {
    const [attrs, block] = [m[1]!, m[2]!];
    let columns = 0;
    let rows = 0;
    const firstRow = /<tr>([\s\S]*?)<\/tr>/.exec(block)?.[1];
    if (firstRow) {
      for (const cell of firstRow.matchAll(/<t[hd]\b([^>]*)>/g))
        columns += Number(/colSpan="(\d+)"/.exec(cell[1]!)?.[1] ?? 1);
      rows = (block.match(/<tr>/g) ?? []).length;
    } else {
      const lines = block.split('\n').filter((line) => line.trim().startsWith('|'));
      columns = lines[0]
        ? lines[0]
            .trim()
            .replace(/^\||\|$/g, '')
            .split(/(?<!\\)\|/).length
        : 0;
      rows = Math.max(0, lines.length - 1);
    }
    return {
      columns,
      rows,
      shape: /data-shape="([^"]+)"/.exec(attrs)?.[1],
      degraded: /data-degraded="true"/.test(attrs),
    };
  });
}

/**
 * Four notices: the short one (西政发〔2017〕2号); the widest table the pipeline rebuilt cleanly
 * (a degraded one only when there is no other); the attachment notice (xzf-2017-4); the most rows
 * of tables the gazette printed rotated (they print on landscape pages). Without any `.gw-table`
 * (the table stage not merged), the table role goes to the notice with the most attachments.
 */
function choose(): Choice[] {
  const bySlug = new Map(notices.map((n) => [n.frontmatter.slug, n]));
  const attachmentCount = (n: GeneratedNotice) => n.frontmatter.attachments.length;
  const size = (n: GeneratedNotice) => mdxOf(n).length;
  const chosen = new Set<GeneratedNotice>();
  const take = (n: GeneratedNotice) => (chosen.add(n), n);

  const short = take(
    notices.find((n) => n.frontmatter.docNumber === '西政发〔2017〕2号') ??
      [...notices].filter((n) => n.frontmatter.docNumber).sort((a, b) => size(a) - size(b))[0]!,
  );
  const preferred = bySlug.get('xzf-2017-4');
  const withAttachments = take(
    preferred && attachmentCount(preferred) > 0
      ? preferred
      : [...notices]
          .filter((n) => !chosen.has(n))
          .sort((a, b) => attachmentCount(b) - attachmentCount(a) || size(b) - size(a))[0]!,
  );

  const withTables = notices.filter((n) => !chosen.has(n)).map((n) => ({ n, tables: mdxTables(mdxOf(n)) }));
  const widest = (t: { tables: MdxTable[] }, clean: boolean) =>
    Math.max(0, ...t.tables.filter((x) => !clean || !x.degraded).map((x) => x.columns));
  const byWidth = (clean: boolean) =>
    withTables
      .filter((t) => widest(t, clean) > 0)
      .sort((a, b) => widest(b, clean) - widest(a, clean) || size(b.n) - size(a.n))[0];
  const wide = byWidth(true) ?? byWidth(false);
  let table: Choice;
  if (wide) {
    const clean = widest(wide, true) > 0;
    table = {
      role: 'table',
      slug: take(wide.n).frontmatter.slug,
      why: `the widest ${clean ? '' : 'degraded '}.gw-table: ${widest(wide, clean)} columns`,
    };
  } else {
    const fallback = take(
      [...notices]
        .filter((n) => !chosen.has(n))
        .sort((a, b) => attachmentCount(b) - attachmentCount(a) || size(b) - size(a))[0]!,
    );
    table = {
      role: 'table',
      slug: fallback.frontmatter.slug,
      why: `no notice has a .gw-table yet: the one with the most attachments (${attachmentCount(fallback)}) besides the attachment notice`,
    };
  }
  const result: Choice[] = [
    { role: 'short', slug: short.frontmatter.slug, why: short.frontmatter.docNumber ?? 'shortest numbered notice' },
    table,
    {
      role: 'attachments',
      slug: withAttachments.frontmatter.slug,
      why: `${attachmentCount(withAttachments)} attachments`,
    },
  ];
  const rotatedRows = (t: { tables: MdxTable[] }) =>
    t.tables.filter((x) => x.shape === 'rotated').reduce((sum, x) => sum + x.rows, 0);
  const rotated = withTables
    .filter((t) => !chosen.has(t.n) && rotatedRows(t) > 0)
    .sort((a, b) => rotatedRows(b) - rotatedRows(a))[0];
  if (rotated)
    result.push({
      role: 'landscape',
      slug: take(rotated.n).frontmatter.slug,
      why: `${rotatedRows(rotated)} rows of rotated tables`,
    });
  return result;
}

/** PRINT_NOTICES=slug,slug prints those notices instead (the same checks), e.g. to look at one. */
const requested = process.env.PRINT_NOTICES?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const choices: Choice[] = requested?.length
  ? requested.map((slug) => ({ role: 'requested', slug, why: 'PRINT_NOTICES' }))
  : choose();

/* ---------- the page as the test sees it ---------- */

const SITE_NAME = GAZETTE.name;

interface PageFacts {
  /** Every text of the page that is not part of the printed notice (header, navigation, metadata …). */
  interfaceTexts: string[];
  /** The text that should print: 版头, title, body (the structured 版记 instead of the lines when present). */
  printableText: string;
  /** Each block that should print, as text. */
  blocks: { tag: string; text: string }[];
  /** First block of each attachment or issued document (each must start a page). */
  sectionStarts: string[];
  /** Every table: the text of its header rows and of each body row, cell after cell; `tall` when the
   * row is taller than a page can hold under the header (it has to break, see markTallRows). */
  tables: { head: string; rows: { text: string; cells: string[]; tall: boolean }[] }[];
  /** Whether the notice has a table the gazette printed rotated (it prints on landscape pages). */
  hasRotatedTable: boolean;
  hasMasthead: boolean;
  hasToc: boolean;
}

async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const PRINTED = 'article .gw-head, article .gw-title, article .gw-body, article .gw-print-colophon';
    const REPLACED = '.gw-body[data-print-colophon] .gw-colophon';
    const inPrinted = (node: Node) => {
      const el = node instanceof Element ? node : node.parentElement;
      return !!el?.closest(PRINTED) && !el.closest(REPLACED);
    };
    const interfaceTexts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template') || inPrinted(node)) continue;
      if (parent.closest(REPLACED)) continue; // the 版记 lines: content, printed in their structured form
      const text = (node.textContent ?? '').trim();
      if (text) interfaceTexts.push(text);
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (inPrinted(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) interfaceTexts.push(value);
      }
    }
    const parts = Array.from(
      document.querySelectorAll('article .gw-head, article > .gw-title, article .gw-body, article .gw-print-colophon'),
    );
    let printableText = parts.map((p) => p.textContent ?? '').join('\n');
    const replaced = document.querySelector(REPLACED);
    if (replaced) printableText = printableText.replace(replaced.textContent ?? '', '');
    const blocks = Array.from(
      document.querySelectorAll(
        'article .gw-head p, article > .gw-title, article .gw-body :is(p, h2, h3, h4, h5, th, td, dt, dd, li), article .gw-print-colophon p',
      ),
    )
      .filter((el) => !el.closest(REPLACED) && !(el.matches('p') && el.closest('th, td, h2, h3, h4, h5')))
      // A cell of a row taller than a page is cut across pages: its lines are not together.
      .filter((el) => !el.closest('tr[data-test-tall]'))
      .map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '' }));
    const sectionStarts = Array.from(
      document.querySelectorAll('article .gw-body > :is(.gw-issued, .gw-attachment)'),
      (s) => s.firstElementChild?.textContent ?? '',
    );
    const rowText = (tr: HTMLTableRowElement) => Array.from(tr.cells, (c) => c.textContent ?? '').join('');
    const tables = Array.from(document.querySelectorAll<HTMLTableElement>('article .gw-body table'), (table) => ({
      head: Array.from(table.tHead?.rows ?? [], rowText).join(''),
      rows: Array.from(table.tBodies).flatMap((body) =>
        Array.from(body.rows, (tr) => ({
          text: rowText(tr),
          cells: Array.from(tr.cells, (c) => c.textContent ?? ''),
          tall: tr.hasAttribute('data-test-tall'),
        })),
      ),
    }));
    return {
      interfaceTexts,
      printableText,
      blocks,
      sectionStarts,
      tables,
      hasRotatedTable: !!document.querySelector('article .gw-table[data-shape="rotated"]'),
      hasMasthead: !!document.querySelector('article .gw-masthead'),
      hasToc: !!document.querySelector('.gw-toc'),
    };
  });
}

/**
 * Marks `data-test-tall` on table rows that cannot fit on one page under their repeated header: laid
 * out with the print stylesheet at the width of the type area (156 mm, or 225 mm for a rotated table
 * on a landscape page), a row taller than the type area's height (225 or 156 mm) less the header.
 */
async function markTallRows(page: Page): Promise<number> {
  const viewport = page.viewportSize();
  const px = (mm: number) => (mm * 96) / 25.4;
  let tall = 0;
  try {
    await page.emulateMedia({ media: 'print' });
    for (const landscape of [false, true]) {
      const [width, height] = landscape ? [225, 156] : [156, 225];
      await page.setViewportSize({ width: Math.floor(px(width)), height: Math.floor(px(height)) });
      tall += await page.evaluate(
        ({ landscape, limit }) => {
          let marked = 0;
          for (const table of document.querySelectorAll<HTMLTableElement>('article .gw-body table')) {
            if (!!table.closest('.gw-table[data-shape="rotated"]') !== landscape) continue;
            const head = table.tHead?.getBoundingClientRect().height ?? 0;
            for (const body of table.tBodies) {
              for (const tr of body.rows) {
                if (tr.getBoundingClientRect().height > limit - head - 2) {
                  tr.setAttribute('data-test-tall', '');
                  marked++;
                }
              }
            }
          }
          return marked;
        },
        { landscape, limit: px(height) },
      );
    }
  } finally {
    await page.emulateMedia({ media: null });
    if (viewport) await page.setViewportSize(viewport);
  }
  return tall;
}

/* ---------- printing ---------- */

let tb: TestBrowser;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  tb = await openBrowser(siteUrl());
  console.log(`[print] notices: ${choices.map((c) => `${c.role}=${c.slug} (${c.why})`).join('; ')}`);
});

afterAll(async () => {
  await tb?.close();
});

async function open(slug: string) {
  const response = await tb.page.goto(siteUrl(`/notices/${slug}/`), { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of /notices/${slug}/`).toBe(200);
  await tb.page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function printPdf(name: string): Promise<string> {
  const path = join(OUT, `${name}.pdf`);
  await tb.page.pdf({ path, preferCSSPageSize: true, format: 'A4' });
  return path;
}

/**
 * Type area of a page in mm: 天头 37, 订口 28 on the left of odd pages and on the right of even ones;
 * a landscape page (a rotated table) has the type area turned: 35 mm from the left, 28 from the top.
 */
function typeArea(page: number, landscape = false) {
  if (landscape) return { left: 35, right: 35 + 225, top: 28, bottom: 28 + 156, width: 297 };
  const left = page % 2 === 1 ? 28 : 26;
  return { left, right: left + 156, top: 37, bottom: 37 + 225, width: 210 };
}

const TOLERANCE = 0.6; // mm: glyph boxes are not the em box
const centreY = (l: PdfLine) => (l.y0 + l.y1) / 2;
const isPageNumber = (l: PdfLine) => /^—\s*\d+\s*—$/.test(l.text.trim());
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.each(choices)('printing the $role notice $slug', ({ slug }) => {
  let file: string;
  let facts: PageFacts;
  let pages: ReturnType<typeof pdfPages>;
  let texts: string[];
  let rawTexts: string[];
  let lines: PdfLine[];
  const landscape = (page: number) => {
    const size = pages.find((p) => p.page === page);
    return !!size && size.width > size.height;
  };
  const area = (page: number) => typeArea(page, landscape(page));

  beforeAll(async () => {
    await open(slug);
    const tall = await markTallRows(tb.page);
    facts = await pageFacts(tb.page);
    file = await printPdf(slug);
    pages = pdfPages(file);
    texts = pdfPageTexts(file);
    rawTexts = pdfPageTexts(file, { raw: true });
    lines = pdfLines(file);
    pdfToPng(file, join(OUT, slug), { dpi: 60 });
    const rows = facts.tables.reduce((n, t) => n + t.rows.length, 0);
    console.log(
      `[print] ${slug}: ${pages.length} pages (${pages.filter((p) => p.width > p.height).length} landscape), ` +
        `${statSync(file).size} bytes, ${squash(facts.printableText).length} characters, ` +
        `${facts.tables.length} tables, ${rows} rows (${tall} taller than a page)`,
    );
  });

  it('is A4 on every page, portrait but for the pages of a rotated table', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
      expect.soft(Math.abs(short - 595.28), `page ${p.page} is ${p.width} x ${p.height} pt`).toBeLessThan(1);
      expect.soft(Math.abs(long - 841.89), `page ${p.page} is ${p.width} x ${p.height} pt`).toBeLessThan(1);
    }
    expect(landscape(1), 'page 1 is portrait').toBe(false);
    const turned = pages.filter((p) => landscape(p.page)).length;
    if (facts.hasRotatedTable) expect(turned, 'landscape pages for the rotated table').toBeGreaterThan(0);
    else expect(turned, 'landscape pages without a rotated table').toBe(0);
  });

  it('has the 发文字号 and the title on page 1, the 发文机关标志 in red', () => {
    const fm = notices.find((n) => n.frontmatter.slug === slug)!.frontmatter;
    const first = squash(pdfPageTexts(file, { first: 1, last: 1 })[0] ?? '');
    if (fm.docNumber) expect(first).toContain(squash(fm.docNumber));
    expect(first).toContain(squash(fm.title));
    if (fm.masthead) {
      expect(first).toContain(squash(fm.masthead));
      // Red pixels per row of page 1: the 发文机关标志 is a band of rows with red glyphs, the rule a
      // row red across (nearly) the whole type area.
      const dpi = 100;
      const { width, height, data } = pdfPageRaster(file, 1, dpi);
      const typeWidth = (156 / 25.4) * dpi;
      const redPerRow = Array.from({ length: height }, (_, y) => {
        let red = 0;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 3;
          if (data[i]! > 170 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
        }
        return red;
      });
      const glyphRows = redPerRow.filter((n) => n >= 5 && n < typeWidth * 0.8).length;
      const ruleRows = redPerRow.filter((n) => n >= typeWidth * 0.95).length;
      expect(glyphRows, 'rows of red 发文机关标志 glyphs on page 1').toBeGreaterThan(((8 / 25.4) * dpi) | 0);
      expect(ruleRows, 'rows of the red rule under the 版头').toBeGreaterThan(0);
      // The 发文机关标志 starts 35 mm below the top of the type area (37 + 35 mm from the paper's edge).
      const top = (redPerRow.findIndex((n) => n > 0) / dpi) * 25.4;
      expect(top, 'top of the 发文机关标志, mm from the top edge').toBeGreaterThan(72 - 1.5);
      expect(top, 'top of the 发文机关标志, mm from the top edge').toBeLessThan(72 + 1.5);
    }
  });

  it('numbers every page `— n —` below the type area, odd pages right, even pages left', () => {
    texts.forEach((text, i) => {
      expect.soft(squash(text), `page ${i + 1}`).toContain(`—${i + 1}—`);
    });
    for (const p of pages) {
      const numbers = lines.filter((l) => l.page === p.page && isPageNumber(l));
      expect
        .soft(
          numbers.map((l) => squash(l.text)),
          `page number lines on page ${p.page}`,
        )
        .toEqual([`—${p.page}—`]);
      const n = numbers[0];
      if (!n) continue;
      const a = area(p.page);
      // The rule of `— n —` sits 7 mm below the type area; poppler's box centre is ~1.5 mm above it.
      expect.soft(centreY(n), `page ${p.page}: page number 7 mm below the type area`).toBeGreaterThan(a.bottom + 4);
      expect.soft(centreY(n), `page ${p.page}: page number 7 mm below the type area`).toBeLessThan(a.bottom + 8);
      if (p.page % 2 === 1) {
        expect.soft(n.x0, `page ${p.page} (odd): number on the right`).toBeGreaterThan(a.width / 2);
        expect
          .soft(n.x1, `page ${p.page} (odd): 空一字 from the right edge of the type area`)
          .toBeLessThan(a.right - 4);
      } else {
        expect.soft(n.x1, `page ${p.page} (even): number on the left`).toBeLessThan(a.width / 2);
        expect
          .soft(n.x0, `page ${p.page} (even): 空一字 from the left edge of the type area`)
          .toBeGreaterThan(a.left + 4);
      }
    }
  });

  it('prints none of the site interface', () => {
    const interfaceTexts = [...new Set(facts.interfaceTexts.map(squash))].filter((t) => t.length >= 2);
    // The strings the layout and page are known to show must have been found, or this test checks nothing.
    const required = [SITE_NAME, '搜索', '首页', '打印', facts.hasToc ? '目录' : undefined].filter(
      (s): s is string => !!s,
    );
    for (const s of required)
      expect(
        interfaceTexts.some((t) => t.includes(s)),
        `interface text ${s} on the page`,
      ).toBe(true);

    const pdf = withoutPageNumbers(squash(texts.join('\n')));
    const printable = squash(facts.printableText);
    // An interface string may also be words of the notice: it may print as often as the notice has it.
    const leaked = [...interfaceTexts, ...required]
      .map((s) => ({ s, inPdf: count(pdf, s), inNotice: count(printable, s) }))
      .filter((x) => x.inPdf > x.inNotice);
    expect(leaked).toEqual([]);
  });

  it('prints every block of the notice', () => {
    const pdf = withoutPageNumbers(squash(rawTexts.join('\n')));
    expect(facts.blocks.length).toBeGreaterThan(3);
    const missing = facts.blocks
      .map((b) => ({ ...b, text: squash(b.text) }))
      .filter((b) => b.text && !pdf.includes(b.text));
    expect(missing).toEqual([]);
  });

  it('keeps every line inside the type area, 22 lines of 28 characters at most', () => {
    const body = lines.filter((l) => !isPageNumber(l));
    const outside = body
      .filter((l) => {
        const a = area(l.page);
        return l.x0 < a.left - TOLERANCE || l.x1 > a.right + TOLERANCE || centreY(l) < a.top || centreY(l) > a.bottom;
      })
      .map((l) => `p${l.page} x ${l.x0.toFixed(1)}–${l.x1.toFixed(1)} y ${centreY(l).toFixed(1)}: ${l.text}`);
    expect(outside).toEqual([]);

    // 3号 body lines all have the same box height: the most common height of the lines that start
    // flush with the type area on portrait pages (second lines of paragraphs; table text is inset).
    const heights = new Map<string, number>();
    for (const l of body.filter((l) => !landscape(l.page) && Math.abs(l.x0 - area(l.page).left) < 0.4)) {
      heights.set(l.height.toFixed(0), (heights.get(l.height.toFixed(0)) ?? 0) + 1);
    }
    const bodyHeight = Number([...heights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? NaN);
    const bodyLines = body.filter((l) => !landscape(l.page) && Math.abs(l.height - bodyHeight) < 1);
    expect(bodyLines.length, 'body lines found').toBeGreaterThan(0);
    const perPage = new Map<number, number>();
    for (const l of bodyLines) perPage.set(l.page, (perPage.get(l.page) ?? 0) + 1);
    expect(Math.max(...perPage.values()), 'body lines on the fullest page').toBeLessThanOrEqual(22);
    const widest = Math.max(...bodyLines.map((l) => gridWidth(l.text)));
    expect(widest, 'characters on the widest body line').toBeLessThanOrEqual(28.5);
    // A notice with full pages shows the grid itself: some page of 22 lines, lines of 28 characters
    // (156 mm holds only 27.6 characters of 16 pt: 28 need the grid's tracking).
    if (bodyLines.length > 60) {
      expect(Math.max(...perPage.values()), 'body lines on the fullest page').toBe(22);
      expect(widest, 'characters on the widest body line').toBeGreaterThanOrEqual(28);
    }
  });

  it('prints every table row whole on one page, the header row on every page of its table', () => {
    const perPage = rawTexts.map((t) => withoutPageNumbers(squash(t)));
    for (const [i, table] of facts.tables.entries()) {
      const rows = table.rows
        .filter((r) => !r.tall)
        .map((r) => squash(r.text))
        .filter(Boolean);
      const split = rows.filter((row) => !perPage.some((t) => t.includes(row)));
      expect.soft(split, `table ${i + 1}: rows not found whole on any page`).toEqual([]);
      // A row taller than a page breaks, and its cells' lines interleave across the break: it starts
      // where it should, and every character of it prints (counted) on that page or later ones.
      for (const row of table.rows.filter((r) => r.tall)) {
        const cells = row.cells.map(squash).filter(Boolean);
        const start = cells[0]!.slice(0, 4);
        const first = perPage.findIndex((t) => t.includes(start));
        expect.soft(first, `tall row starting ${start} printed`).toBeGreaterThanOrEqual(0);
        const rest = [...perPage.slice(Math.max(first, 0)).join('')];
        const have = new Map<string, number>();
        for (const ch of rest) have.set(ch, (have.get(ch) ?? 0) + 1);
        const need = new Map<string, number>();
        for (const ch of cells.join('')) need.set(ch, (need.get(ch) ?? 0) + 1);
        const lost = [...need].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch]) => ch);
        expect.soft(lost, `tall row starting ${start}: characters not printed`).toEqual([]);
      }
      const head = squash(table.head);
      if (!head) continue;
      const spanned = perPage.flatMap((t, p) => (rows.some((row) => t.includes(row)) ? [p + 1] : []));
      const headless = spanned.filter((p) => !perPage[p - 1]!.includes(head));
      expect.soft(headless, `table ${i + 1}: pages with its rows but without its header row`).toEqual([]);
    }
    if (
      slug === choices.find((c) => c.role === 'table')?.slug &&
      choices.find((c) => c.role === 'table')!.why.startsWith('the widest')
    ) {
      expect(facts.tables.length, 'tables on the table notice').toBeGreaterThan(0);
    }
  });

  it('starts every attachment and issued document on a new page', () => {
    const starts = rawTexts.map((t) => withoutPageNumbers(squash(t)));
    for (const first of facts.sectionStarts.map(squash)) {
      expect
        .soft(
          starts.some((t) => t.startsWith(first)),
          `a page starts with ${first}`,
        )
        .toBe(true);
    }
    if (slug === 'xzf-2017-4') expect(facts.sectionStarts.length).toBeGreaterThanOrEqual(3);
  });

  it('has no blank page and a page count that fits the length of the text', () => {
    texts.forEach((text, i) => {
      expect.soft(withoutPageNumbers(squash(text)).length, `text on page ${i + 1}`).toBeGreaterThan(0);
    });
    const chars = squash(facts.printableText).length;
    const full = chars / (22 * 28);
    expect(pages.length).toBeGreaterThanOrEqual(Math.floor(full * 0.5));
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(full * 2.5 + 2));
  });

  it('leaves PNGs of its pages in test-output/print/', () => {
    const pngs = readdirSync(OUT).filter((f) => new RegExp(`^${slug}-\\d+\\.png$`).test(f));
    expect(pngs.length).toBe(pages.length);
    for (const png of pngs) expect(statSync(join(OUT, png)).size).toBeGreaterThan(2000);
  });
});

describe('faces of the printed text', () => {
  it('sets 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋, the body in 仿宋, the title in 小标宋', async () => {
    // A notice with all four levels, else the first with 一、 headings.
    const slug =
      notices.find((n) => n.frontmatter.slug === 'xzf-2017-22')?.frontmatter.slug ??
      notices.find((n) => /<h\d[^>]*>一、/.test(mdxOf(n)))!.frontmatter.slug;
    await open(slug);
    await tb.page.emulateMedia({ media: 'print' });
    const cdp = await tb.context.newCDPSession(tb.page);
    try {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const face = async (selector: string) => {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        if (!nodeId) return undefined;
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const family = await tb.page.$eval(selector, (el) => getComputedStyle(el).fontFamily);
        const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
        return { family, platform: main?.familyName ?? '', postScript: main?.postScriptName ?? '' };
      };
      const body = await face('article .gw-body > p:not([class])');
      const l1 = await face('article .gw-body [data-level-kind="1"]');
      const l2 = await face('article .gw-body [data-level-kind="2"]');
      const l3 = await face('article .gw-body [data-level-kind="3"]');
      const l4 = await face('article .gw-body [data-level-kind="4"]');
      const title = await face('article > .gw-title');
      console.log(`[print] faces on ${slug}:`, JSON.stringify({ body, l1, l2, l3, l4, title }));

      expect(body?.family).toMatch(/^"?FangSong_GB2312/);
      expect(l1?.family).toMatch(/^SimHei/);
      expect(l2?.family).toMatch(/^"?KaiTi_GB2312/);
      for (const l of [l3, l4].filter(Boolean)) expect(l?.family).toMatch(/^"?FangSong_GB2312/);
      expect(title?.family).toMatch(/^"?GW Xiaobiaosong/);
      // Whatever this machine has, 黑 must not fall back to the body's face, and the title is a heavy 宋.
      expect(l1?.platform).toBeTruthy();
      expect(l1?.platform).not.toBe(body?.platform);
      expect(`${title?.platform} ${title?.postScript}`).toMatch(/XiaoBiaoSong|小标宋|Bold|Black|Heavy/i);
    } finally {
      await cdp.detach().catch(() => {});
      await tb.page.emulateMedia({ media: null });
    }
  });
});

describe('a long, wide table', () => {
  it('repeats its header row on every page, never splits a row and stays inside the type area', async () => {
    const slug = choose()[0]!.slug; // the short notice: the table is all but alone on its pages
    await open(slug);
    const ROWS = 60;
    const COLS = 10;
    await tb.page.evaluate(
      ({ rows, cols }) => {
        const cell = (tag: string, text: string) => `<${tag}><p>${text}</p></${tag}>`;
        const head = Array.from({ length: cols }, (_, c) => cell('th', `列头${String(c + 1).padStart(2, '0')}`)).join(
          '',
        );
        const body = Array.from({ length: rows }, (_, r) => {
          const id = `R${String(r + 1).padStart(2, '0')}`;
          const cells = Array.from({ length: cols }, (_, c) => {
            if (c === 0) return cell('td', `${id}始`);
            if (c === cols - 1) return cell('td', `这一格的文字较长需要回行以便检查表格的行不会被分页截断${id}终`);
            return cell('td', `单元${c + 1}`);
          });
          return `<tr>${cells.join('')}</tr>`;
        }).join('');
        const html = `<div class="gw-table" role="region" tabindex="0" aria-label="测试表" data-shape="tabs"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
        const target =
          document.querySelector('article .gw-body .gw-signature') ??
          document.querySelector('article .gw-body')!.lastElementChild;
        target!.insertAdjacentHTML('beforebegin', html);
      },
      { rows: ROWS, cols: COLS },
    );
    const file = await printPdf(`${slug}-table`);
    pdfToPng(file, join(OUT, `${slug}-table`), { dpi: 60 });
    const raw = pdfPageTexts(file, { raw: true }).map(squash);
    const pageOf = (marker: string) => raw.findIndex((t) => t.includes(marker)) + 1;

    const rowPages = new Set<number>();
    const split: string[] = [];
    for (let r = 1; r <= ROWS; r++) {
      const id = `R${String(r).padStart(2, '0')}`;
      const start = pageOf(`${id}始`);
      const end = pageOf(`${id}终`);
      expect.soft(start, `${id} printed`).toBeGreaterThan(0);
      if (start !== end) split.push(`${id}: pages ${start} and ${end}`);
      rowPages.add(start);
    }
    expect(split, 'rows split across pages').toEqual([]);
    expect(rowPages.size, 'pages the table runs over').toBeGreaterThan(1);
    for (const p of rowPages) {
      expect.soft(raw[p - 1], `header on page ${p}`).toContain('列头01');
      expect.soft(raw[p - 1], `header on page ${p}`).toContain(`列头${COLS}`);
    }
    const sizes = pdfPages(file);
    expect(
      sizes.every((p) => p.width < p.height),
      'a table of shape "tabs" prints on portrait pages',
    ).toBe(true);
    const outside = pdfLines(file)
      .filter((l) => !isPageNumber(l))
      .filter((l) => l.x0 < typeArea(l.page).left - TOLERANCE || l.x1 > typeArea(l.page).right + TOLERANCE)
      .map((l) => `p${l.page}: ${l.text}`);
    expect(outside).toEqual([]);
  });
});

describe('print button', () => {
  it('is on every notice page, with a few bytes of inline script', () => {
    const dirs = readdirSync(join(DIST_DIR, 'notices'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && notices.some((n) => n.frontmatter.slug === d.name))
      .map((d) => d.name);
    expect(dirs.length).toBe(notices.length);
    const own = new Set<number>();
    const total = new Set<number>();
    for (const dir of dirs) {
      const html = readFileSync(join(DIST_DIR, 'notices', dir, 'index.html'), 'utf8');
      expect.soft(html, `/notices/${dir}/`).toMatch(/<button[^>]*\bdata-print\b[^>]*>打印<\/button>/);
      // Every script of the page except JSON-LD data (inline bodies and external files), and the
      // print button's own inline script among them.
      let bytes = 0;
      let printScripts = 0;
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/application\/ld\+json/.test(m[1]!)) continue;
        const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
        const size = src ? statSync(join(DIST_DIR, src)).size : Buffer.byteLength(m[2]!);
        bytes += size;
        if (!src && m[2]!.includes('data-print')) {
          own.add(size);
          printScripts++;
        }
      }
      expect.soft(printScripts, `/notices/${dir}/: inline scripts of the print button`).toBe(1);
      total.add(bytes);
    }
    console.log(
      `[print] print button script: ${[...own].join(', ')} bytes; all script on a notice page: ${Math.min(...total)}–${Math.max(...total)} bytes`,
    );
    expect(Math.max(...own)).toBeLessThanOrEqual(128);
  });

  it('opens the print dialog', async () => {
    await open(choose()[0]!.slug);
    await tb.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const button = tb.page.locator('[data-print]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    expect(await tb.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('sent no request off the local server and raised no script error', () => {
    expect(tb.blocked).toEqual([]);
    expect(tb.pageErrors).toEqual([]);
  });
});
