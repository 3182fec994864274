/**
 * Printing: notices printed to PDF by Chromium (page.pdf with the print stylesheet, as the browser's
 * print dialog does) and read back with poppler-utils. See docs/print.md.
 *
 * Four notices are printed, chosen by rule (see choose()): the shortest with a 发文字号 and a 版头,
 * the one with the most attachments, the widest table with a header row, and the most rows of
 * tables too wide for a portrait page (landscape pages); a role no notice can fill is a failure.
 * Each PDF must be A4, landscape exactly on the pages of a too-wide table, carry the 版头 and title
 * on page 1, number its pages `— n —` where GB/T 9704 puts them (below the type area on the outer
 * side; on a landscape page at the sheet's foot, i.e. sideways on the left), keep every line inside
 * the type area on the 22 × 28 grid, print every block of the notice and no interface text, print
 * every table row whole on one page under its header row, start each 附件 on a new page, break
 * titles only between BudouX's phrases, have no blank page, and a page count that fits its length.
 * PRINT_NOTICES=slug,slug runs the same checks on other notices. The faces are checked as
 * Chromium renders them. Long tables injected into a notice page check the table rules (header row
 * repeated on every page, rows never split, nothing outside the type area, landscape pages for a
 * table marked wide and only for it) whatever the pipeline emits; every notice with a too-wide
 * table is printed to check where its landscape pages fall, and page 1 of every notice to check
 * its title's line breaks.
 *
 * PDFs and PNGs of the pages go to test-output/print/ (git-ignored) for people to look at.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAZETTE } from '../../src/gazette.ts';
import { htmlText } from '../../src/utils/print-view.ts';
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
  type PageSize,
  type PdfLine,
  type Raster,
} from '../support/pdf.ts';

const OUT = join(ROOT, 'test-output', 'print');
const notices = readNotices();

/* ---------- which notices to print ---------- */

type Role = 'short' | 'table' | 'attachments' | 'landscape';

interface Choice {
  role: Role | 'requested';
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
  /** `data-wide`: the pipeline judged it too wide for a portrait page (it prints landscape). */
  wide: boolean;
  /** Whether it has a header row (`<thead>`, or a GFM table, which always has one). */
  header: boolean;
}

/** The `.gw-table`s of an MDX text: columns (HTML tables: cells of the first row with their colSpan;
 * GFM tables: cells of the header line), rows, data-shape, data-degraded, header row. */
function mdxTables(mdx: string): MdxTable[] {
  return Array.from(mdx.matchAll(/<div class="gw-table"([^>]*)>([\s\S]*?)\n\s*<\/div>/g), (m) => {
    const [attrs, block] = [m[1]!, m[2]!];
    let columns = 0;
    let rows = 0;
    let header = true;
    const firstRow = /<tr>([\s\S]*?)<\/tr>/.exec(block)?.[1];
    if (firstRow) {
      for (const cell of firstRow.matchAll(/<t[hd]\b([^>]*)>/g))
        columns += Number(/colSpan="(\d+)"/.exec(cell[1]!)?.[1] ?? 1);
      rows = (block.match(/<tr>/g) ?? []).length;
      header = /<thead>/.test(block);
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
      wide: /data-wide="\d+"/.test(attrs),
      header,
    };
  });
}

/**
 * One notice per role, each a different notice, by rule from the content: `short`, the shortest
 * with a 发文字号 and a 版头 (the page-1 checks need both); `attachments`, the most attachments;
 * `table`, the widest `.gw-table` the pipeline rebuilt cleanly with a header row; `landscape`, the
 * most rows of tables too wide for a portrait page (`data-wide`). A role no notice can fill is reported in
 * `missing`, and the test 'finds a notice for every role' fails with it: no other notice stands in.
 */
function choose(): { chosen: Choice[]; missing: string[] } {
  const size = (n: GeneratedNotice) => mdxOf(n).length;
  const attachmentCount = (n: GeneratedNotice) => n.frontmatter.attachments.length;
  const taken = new Set<string>();
  const chosen: Choice[] = [];
  const missing: string[] = [];
  const pick = (role: Role, ranked: { n: GeneratedNotice; why: string }[], none: string) => {
    const first = ranked.find((r) => !taken.has(r.n.frontmatter.slug));
    if (first) {
      taken.add(first.n.frontmatter.slug);
      chosen.push({ role, slug: first.n.frontmatter.slug, why: first.why });
    } else {
      missing.push(`${role}: ${none}`);
    }
  };
  const tables = notices.map((n) => ({ n, tables: mdxTables(mdxOf(n)) }));

  pick(
    'short',
    notices
      .filter((n) => n.frontmatter.docNumber && n.frontmatter.masthead)
      .sort((a, b) => size(a) - size(b))
      .map((n) => ({ n, why: `shortest with a 发文字号 and a 版头: ${n.frontmatter.docNumber}` })),
    'no notice has a 发文字号 and a 版头',
  );
  pick(
    'attachments',
    notices
      .filter((n) => attachmentCount(n) > 0)
      .sort((a, b) => attachmentCount(b) - attachmentCount(a) || size(b) - size(a))
      .map((n) => ({ n, why: `${attachmentCount(n)} attachments` })),
    'no notice has an attachment',
  );
  const widest = (t: MdxTable[]) => Math.max(0, ...t.filter((x) => !x.degraded && x.header).map((x) => x.columns));
  pick(
    'table',
    tables
      .filter((t) => widest(t.tables) > 0)
      .sort((a, b) => widest(b.tables) - widest(a.tables) || size(b.n) - size(a.n))
      .map(({ n, tables }) => ({ n, why: `the widest clean .gw-table with a header row: ${widest(tables)} columns` })),
    'no notice has a .gw-table rebuilt cleanly (not data-degraded) with a header row',
  );
  const wideRows = (t: MdxTable[]) => t.filter((x) => x.wide).reduce((sum, x) => sum + x.rows, 0);
  // Every printed notice also gets the 22 × 28 grid check on its fullest portrait page, so the
  // landscape notice needs a page of running text besides its tables.
  const proseHan = (n: GeneratedNotice) =>
    (
      mdxOf(n)
        .replace(/<table[\s\S]*?<\/table>|^\|.*\|$/gm, '')
        .match(/\p{Script=Han}/gu) ?? []
    ).length;
  const PAGE_OF_TEXT = 22 * 28;
  pick(
    'landscape',
    tables
      .filter((t) => wideRows(t.tables) > 0 && proseHan(t.n) > PAGE_OF_TEXT)
      .sort((a, b) => wideRows(b.tables) - wideRows(a.tables))
      .map(({ n, tables }) => ({ n, why: `${wideRows(tables)} rows of tables too wide for a portrait page` })),
    'no notice has a table with data-wide (besides the ones chosen already)',
  );
  return { chosen, missing };
}

const roles = choose();
/** PRINT_NOTICES=slug,slug prints those notices instead (the same checks), e.g. to look at one. */
const requested = process.env.PRINT_NOTICES?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const choices: Choice[] = requested?.length
  ? requested.map((slug) => ({ role: 'requested', slug, why: 'PRINT_NOTICES' }))
  : roles.chosen;

/** The notice of a role; throws (the test using it fails) when no notice could fill it. */
function slugOf(role: Role): string {
  const choice = roles.chosen.find((c) => c.role === role);
  if (!choice) throw new Error(`no notice for the ${role} role: ${roles.missing.join('; ')}`);
  return choice.slug;
}

/** What the MDX says each printed notice holds, for checks that do not trust the page. */
function expectedOf(slug: string) {
  const n = notices.find((x) => x.frontmatter.slug === slug);
  if (!n) throw new Error(`${slug}: no such notice in ${NOTICES_DIR}`);
  const tables = mdxTables(mdxOf(n));
  return {
    fm: n.frontmatter,
    tables: tables.length,
    headed: tables.filter((t) => t.header).length,
    wide: tables.some((t) => t.wide),
    toc: n.frontmatter.toc.length + n.frontmatter.attachments.length > 0,
  };
}

/* ---------- the page as the test sees it ---------- */

const SITE_NAME = GAZETTE.name;

interface PageFacts {
  /** Every text of the page that is not part of the printed notice (header, navigation, metadata …). */
  interfaceTexts: string[];
  /** The text that should print: 版头, title, body (the structured 版记 instead of the lines when present). */
  printableText: string;
  /** Each block that should print, as text; `landscape` when the print stylesheet sets it on a
   * landscape page (its own or an ancestor's computed `page` is the landscape page). */
  blocks: { tag: string; text: string; landscape: boolean }[];
  /** First block of each attachment or issued document (each must start a page). */
  sectionStarts: string[];
  /** How many attachments (`section.gw-attachment`) the notice body has. */
  attachments: number;
  /** Every table: the text of its header rows and of each body row, cell after cell; `tall` when the
   * row is taller than a page can hold under the header (it has to break, see markTallRows). */
  tables: {
    head: string;
    rows: { text: string; cells: string[]; tall: boolean }[];
    /** `data-wide` on its box: too wide for a portrait page, by the pipeline's measure. */
    wide: boolean;
    /** Set on a landscape page by the print stylesheet. */
    landscape: boolean;
  }[];
  /** The titles as the page shows them: the notice's (h1) and its issued plan's and attachments' (h2). */
  titles: string[];
  /** Whether the notice has a table too wide for a portrait page (it prints on landscape pages). */
  hasWideTable: boolean;
  hasMasthead: boolean;
  hasToc: boolean;
}

/** What the page holds and, with the print stylesheet, which of it goes on landscape pages. */
async function pageFacts(page: Page): Promise<PageFacts> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(readPage);
  } finally {
    await page.emulateMedia({ media: null });
  }
}

function readPage(): PageFacts {
  const landscape = (el: Element | null): boolean =>
    !!el && (getComputedStyle(el).page === 'gw-landscape' || landscape(el.parentElement));
  const PRINTED = 'article .gw-head, article .gw-title, article .gw-body, article .gw-print-colophon';
  const REPLACED = '.gw-body[data-print-colophon] .gw-colophon';
  const inPrinted = (node: Node) => {
    const el = node instanceof Element ? node : node.parentElement;
    return !!el?.closest(PRINTED) && !el.closest(REPLACED);
  };
  const interfaceTexts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const joined = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template') || inPrinted(node)) continue;
    if (parent.closest(REPLACED)) continue; // the 版记 lines: content, printed in their structured form
    // A title with <wbr> between its phrases is one text, not a text per phrase.
    const whole = !!parent.querySelector(':scope > wbr');
    if (whole && joined.has(parent)) continue;
    if (whole) joined.add(parent);
    const text = ((whole ? parent.textContent : node.textContent) ?? '').trim();
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
    .map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '', landscape: landscape(el) }));
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
    wide: !!table.closest('.gw-table[data-wide]'),
    landscape: landscape(table),
  }));
  return {
    interfaceTexts,
    printableText,
    blocks,
    sectionStarts,
    attachments: document.querySelectorAll('article .gw-body > section.gw-attachment').length,
    tables,
    titles: Array.from(
      document.querySelectorAll('article > .gw-title, article .gw-body :is(.gw-issued-title, .gw-attachment-title)'),
      (el) => el.textContent ?? '',
    ),
    hasWideTable: !!document.querySelector('article .gw-table[data-wide]'),
    hasMasthead: !!document.querySelector('article .gw-masthead'),
    hasToc: !!document.querySelector('.gw-toc'),
  };
}

/** Printed elements set in italic or oblique (with print styles): tag and the start of their text. */
async function printedItalics(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() =>
      Array.from(document.querySelectorAll('article :is(.gw-head, .gw-title, .gw-body, .gw-print-colophon) *')).flatMap(
        (el) =>
          getComputedStyle(el).fontStyle !== 'normal' && el.textContent?.trim()
            ? [`<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 20)}`]
            : [],
      ),
    );
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/**
 * Marks `data-test-tall` on table rows that cannot fit on one page under their repeated header: laid
 * out with the print stylesheet at the width of the type area (156 mm, or 225 mm for a wide table
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
            if (!!table.closest('.gw-table[data-wide]') !== landscape) continue;
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
 * a landscape page (a wide table) is the sheet turned with its type area: 35 mm (the foot) from the
 * left, the 订口 (28 mm) on top of odd pages and at the foot of even ones, whose top is the 切口 (26).
 */
function typeArea(page: number, landscape = false) {
  if (landscape) {
    const top = page % 2 === 1 ? 28 : 26;
    return { left: 35, right: 35 + 225, top, bottom: top + 156, width: 297, height: 210 };
  }
  const left = page % 2 === 1 ? 28 : 26;
  return { left, right: left + 156, top: 37, bottom: 37 + 225, width: 210, height: 297 };
}

const TOLERANCE = 0.6; // mm: glyph boxes are not the em box
const centreY = (l: PdfLine) => (l.y0 + l.y1) / 2;
// poppler gives each digit of a number set sideways (landscape pages) as a word of its own.
const isPageNumber = (l: PdfLine) => /^—[\s\d]*\d[\s\d]*—$/.test(l.text.trim());
/**
 * The number a page-number line shows. poppler reads text set sideways (top to bottom, a landscape
 * page's number) from the bottom up: `— 1 0 —` comes as `— 0 1 —` (the PDF's content stream, and
 * `pdftotext -raw`, have the digits in order), so a line standing left of the type area is read back.
 */
function pageNumberOf(l: PdfLine, sideways: boolean): string {
  const digits = l.text.replace(/[^\d]/g, '');
  return `—${sideways ? [...digits].reverse().join('') : digits}—`;
}
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

interface Ink {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The row (or, for text set sideways, the column) with the most ink: the line of the dashes. */
  dash: number;
}

/** Ink (dark pixels) in a rectangle of a page, in mm from the page's top-left corner. */
function inkIn(
  raster: Raster,
  dpi: number,
  box: { x0: number; y0: number; x1: number; y1: number },
  sideways: boolean,
) {
  const { width, data } = raster;
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const mmOf = (p: number) => (p / dpi) * 25.4;
  let ink: Ink | undefined;
  const lineInk = new Map<number, number>();
  for (let y = px(box.y0); y < px(box.y1); y++) {
    for (let x = px(box.x0); x < px(box.x1); x++) {
      const i = (y * width + x) * 3;
      if (data[i]! > 128 || data[i + 1]! > 128 || data[i + 2]! > 128) continue;
      const [mx, my] = [mmOf(x), mmOf(y)];
      ink = ink
        ? {
            x0: Math.min(ink.x0, mx),
            x1: Math.max(ink.x1, mx),
            y0: Math.min(ink.y0, my),
            y1: Math.max(ink.y1, my),
            dash: 0,
          }
        : { x0: mx, x1: mx, y0: my, y1: my, dash: 0 };
      const line = sideways ? x : y;
      lineInk.set(line, (lineInk.get(line) ?? 0) + 1);
    }
  }
  if (ink) ink.dash = mmOf([...lineInk].sort((a, b) => b[1] - a[1])[0]![0]);
  return ink;
}

/**
 * GB/T 9704 §8: a landscape table page keeps its page number where every page has it, on the sheet:
 * 7 mm below the type area, 空一字 from the outer edge. The PDF page is the sheet turned (its foot
 * on the left, the 表头 on top), so the number stands sideways left of the turned type area, its
 * dashes 7 mm from it; on an odd page it ends 14 pt above the type area's lower edge (左下角), on an
 * even page it starts 14 pt below its upper edge (左上角). Nothing prints at the landscape page's own foot.
 */
function checkSidewaysNumber(file: string, page: number, a: ReturnType<typeof typeArea>) {
  const dpi = 150;
  const raster = pdfPageRaster(file, page, dpi);
  const ink = inkIn(raster, dpi, { x0: 1, y0: a.top, x1: a.left - 0.5, y1: a.bottom }, true);
  expect.soft(ink, `page ${page} (landscape): a page number left of the type area`).toBeDefined();
  if (!ink) return;
  const where = `page ${page} (landscape, ${page % 2 === 1 ? 'odd' : 'even'})`;
  expect.soft(a.left - ink.dash, `${where}: dashes 7 mm from the type area`).toBeGreaterThan(6.4);
  expect.soft(a.left - ink.dash, `${where}: dashes 7 mm from the type area`).toBeLessThan(7.6);
  expect.soft(ink.y1 - ink.y0, `${where}: set sideways (taller than wide)`).toBeGreaterThan(2 * (ink.x1 - ink.x0));
  if (page % 2 === 1) {
    expect.soft(a.bottom - ink.y1, `${where}: 空一字 from the lower edge`).toBeGreaterThan(4);
    expect.soft(a.bottom - ink.y1, `${where}: 空一字 from the lower edge`).toBeLessThan(6.5);
  } else {
    expect.soft(ink.y0 - a.top, `${where}: 空一字 from the upper edge`).toBeGreaterThan(4);
    expect.soft(ink.y0 - a.top, `${where}: 空一字 from the upper edge`).toBeLessThan(6.5);
  }
  const foot = inkIn(raster, dpi, { x0: 0, y0: a.bottom + 1, x1: a.width, y1: a.height }, false);
  expect.soft(foot, `${where}: nothing printed below the turned type area`).toBeUndefined();
}

/**
 * Landscape pages exactly where a too-wide table is: the stylesheet sets exactly the tables marked
 * `data-wide` on landscape pages; each block prints on a page of its orientation (a block found on
 * several pages: on one of them; a block broken across pages: on each page that holds a piece of it),
 * every landscape page holds blocks of a wide table and every portrait page other blocks. Blocks of
 * fewer than 6 characters (1, 是, 区财政局) occur all over and say nothing.
 */
function checkLandscapePlacement(facts: PageFacts, pages: PageSize[], rawTexts: string[]) {
  const landscape = (page: number) => pages.some((p) => p.page === page && p.width > p.height);
  expect(
    facts.tables.map((t) => t.landscape),
    'tables set on landscape pages',
  ).toEqual(facts.tables.map((t) => t.wide));
  const perPage = rawTexts.map((t) => withoutPageNumbers(squash(t)));
  const placed = facts.blocks
    .map((b) => ({ ...b, text: squash(b.text) }))
    .filter((b) => b.text.length >= 6)
    .map((b) => ({ ...b, on: pagesHolding(perPage, b.text) }))
    .filter((b) => b.on.length > 0); // a block not printed fails 'prints every block of the notice'
  const misplaced = placed
    .filter((b) => !b.on.some((page) => landscape(page) === b.landscape))
    .map(
      (b) => `${b.landscape ? 'landscape' : 'portrait'} <${b.tag}> ${b.text.slice(0, 16)} on page ${b.on.join(', ')}`,
    );
  expect(misplaced).toEqual([]);
  for (const p of pages) {
    const kinds = new Set(placed.filter((b) => b.on.includes(p.page)).map((b) => b.landscape));
    expect
      .soft([...kinds], `page ${p.page} (${landscape(p.page) ? 'landscape' : 'portrait'}) holds`)
      .toContain(landscape(p.page));
  }
}

/**
 * The pages (1-based) that hold a text, given each page's text: whole, or, broken across pages, its
 * start (at the foot of one page), its end (at the head of a later one) or all of a page between.
 */
function pagesHolding(perPage: string[], text: string): number[] {
  const whole = perPage.flatMap((t, i) => (t.includes(text) ? [i + 1] : []));
  if (whole.length > 0) return whole;
  const [head, tail] = [text.slice(0, 12), text.slice(-12)];
  return perPage.flatMap((t, i) => (t.includes(head) || t.includes(tail) || (t && text.includes(t)) ? [i + 1] : []));
}

const budoux = loadDefaultSimplifiedChineseParser();

/**
 * Where the printed lines of a title break (offsets into the title without white space): the first
 * run of consecutive lines of one page that together read the title; undefined when none does.
 */
function titleLineBreaks(lines: PdfLine[], title: string): number[] | undefined {
  const want = squash(title);
  for (let i = 0; i < lines.length; i++) {
    let read = '';
    const cuts: number[] = [];
    for (let j = i; j < lines.length && lines[j]!.page === lines[i]!.page; j++) {
      const next = read + squash(lines[j]!.text);
      if (!want.startsWith(next)) break;
      read = next;
      if (read === want) return cuts;
      cuts.push(read.length);
    }
  }
  return undefined;
}

/** The breaks among `cuts` that fall inside a phrase of BudouX's Simplified Chinese model. */
function insidePhrases(text: string, cuts: number[]): string[] {
  const between = new Set(budoux.parseBoundaries(text));
  return cuts.filter((at) => !between.has(at)).map((at) => `${text.slice(0, at)} / ${text.slice(at)}`);
}

describe('the notices to print', () => {
  it('finds a notice for every role: short, attachments, table, landscape', () => {
    expect(roles.missing).toEqual([]);
    expect(roles.chosen.map((c) => c.role)).toEqual(['short', 'attachments', 'table', 'landscape']);
  });

  it('should judge every table the gazette printed rotated too wide for a portrait page (it prints landscape, as printed)', () => {
    const rotated = notices.flatMap((n) =>
      mdxTables(mdxOf(n))
        .filter((t) => t.shape === 'rotated')
        .map((t) => ({ slug: n.frontmatter.slug, wide: t.wide })),
    );
    expect(rotated.length, 'rotated tables in the content').toBeGreaterThan(0);
    expect(rotated.filter((t) => !t.wide)).toEqual([]);
  });
});

describe.each(choices)('printing the $role notice $slug', ({ slug }) => {
  const expected = expectedOf(slug);
  let file: string;
  let facts: PageFacts;
  let pages: ReturnType<typeof pdfPages>;
  let texts: string[];
  let rawTexts: string[];
  let lines: PdfLine[];
  let italics: string[];
  const landscape = (page: number) => {
    const size = pages.find((p) => p.page === page);
    return !!size && size.width > size.height;
  };
  const area = (page: number) => typeArea(page, landscape(page));

  beforeAll(async () => {
    await open(slug);
    const tall = await markTallRows(tb.page);
    facts = await pageFacts(tb.page);
    italics = await printedItalics(tb.page);
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

  it('is A4 on every page, portrait but for the pages of a table too wide for a portrait page', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
      expect.soft(Math.abs(short - 595.28), `page ${p.page} is ${p.width} x ${p.height} pt`).toBeLessThan(1);
      expect.soft(Math.abs(long - 841.89), `page ${p.page} is ${p.width} x ${p.height} pt`).toBeLessThan(1);
    }
    expect(landscape(1), 'page 1 is portrait').toBe(false);
    // Both ways: landscape pages exactly when the MDX has a table too wide for a portrait page.
    expect(facts.hasWideTable, 'a .gw-table[data-wide] on the page').toBe(expected.wide);
    const turned = pages.filter((p) => landscape(p.page)).length;
    expect(turned > 0, `landscape pages (${turned})`).toBe(expected.wide);
  });

  it('sets landscape pages exactly where a table too wide for a portrait page is', () => {
    checkLandscapePlacement(facts, pages, rawTexts);
  });

  it('breaks its titles only between BudouX phrases', () => {
    expect(facts.titles.length, 'titles on the page').toBeGreaterThan(0);
    for (const title of facts.titles) {
      const cuts = titleLineBreaks(lines, title);
      expect.soft(cuts, `the lines of ${title} in the PDF`).toBeDefined();
      if (!cuts) continue;
      expect.soft(insidePhrases(squash(title), cuts), `line breaks inside a phrase of ${title}`).toEqual([]);
    }
  });

  it('has the 发文字号 and the title on page 1, the 发文机关标志 in red', () => {
    const { fm } = expected;
    const first = squash(pdfPageTexts(file, { first: 1, last: 1 })[0] ?? '');
    for (const text of [fm.docNumber, fm.title, fm.masthead].filter((t): t is string => !!t))
      expect(first).toContain(squash(text));
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
    if (!fm.masthead) {
      // Without a 版头 (the 大事记, a notice the gazette printed headless) nothing prints red.
      expect(redPerRow.filter((n) => n > 0).length, 'rows with red pixels on page 1').toBe(0);
    } else {
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

  it("numbers every page `— n —` where GB/T 9704 puts it: below the type area, odd pages right, even pages left; on a landscape page at the sheet's foot, sideways", () => {
    // In content-stream order (-raw) a number set sideways reads as printed.
    rawTexts.forEach((text, i) => {
      expect.soft(squash(text), `page ${i + 1}`).toContain(`—${i + 1}—`);
    });
    for (const p of pages) {
      const numbers = lines.filter((l) => l.page === p.page && isPageNumber(l));
      expect
        .soft(
          numbers.map((l) => pageNumberOf(l, landscape(p.page) && l.x1 < area(p.page).left)),
          `page number lines on page ${p.page}`,
        )
        .toEqual([`—${p.page}—`]);
      const n = numbers[0];
      if (!n) continue; // a page without its number has failed the soft check just above
      const a = area(p.page);
      if (landscape(p.page)) {
        checkSidewaysNumber(file, p.page, a);
        continue;
      }
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
    // The 目录 shows when the notice has headings or attachments.
    expect(facts.hasToc, '目录 on the page').toBe(expected.toc);
    const required = [SITE_NAME, '搜索', '首页', '打印', ...(expected.toc ? ['目录'] : [])];
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

  it('prints no text in italics (cited titles and numbers included)', () => {
    expect(italics).toEqual([]);
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
    // The grid itself: lines of 28 characters (156 mm holds only 27.6 characters of 16 pt: 28 need
    // the grid's tracking), and 22 lines a page: lines 225/22 mm apart, measured over the fullest
    // page, which holds 22 lines, or 21 when its last paragraph would otherwise leave a single line
    // on the next page (`widows: 2`). Every notice printed here has more than a page of text;
    // PRINT_NOTICES of a notice that fits on one page fails this, and should.
    const [fullest, most] = [...perPage].sort((a, b) => b[1] - a[1])[0]!;
    expect(most, 'body lines on the fullest page').toBeGreaterThanOrEqual(21);
    const ys = bodyLines.filter((l) => l.page === fullest).map(centreY);
    const pitch = (Math.max(...ys) - Math.min(...ys)) / (ys.length - 1);
    expect(Math.abs(pitch - 225 / 22), `line pitch on page ${fullest} (${pitch.toFixed(3)} mm)`).toBeLessThan(0.05);
    expect(widest, 'characters on the widest body line').toBeGreaterThanOrEqual(28);
  });

  it('prints every table row whole on one page, the header row on every page of its table', () => {
    expect(facts.tables.length, 'tables on the page (as many as .gw-table in the MDX)').toBe(expected.tables);
    expect(facts.tables.filter((t) => squash(t.head)).length, 'tables with a header row').toBe(expected.headed);
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
      if (!head) continue; // printed without a header row by the gazette (counted against the MDX above)
      const spanned = perPage.flatMap((t, p) => (rows.some((row) => t.includes(row)) ? [p + 1] : []));
      const headless = spanned.filter((p) => !perPage[p - 1]!.includes(head));
      expect.soft(headless, `table ${i + 1}: pages with its rows but without its header row`).toEqual([]);
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
    expect(facts.attachments, 'attachment sections (as many as the frontmatter lists)').toBe(
      expected.fm.attachments.length,
    );
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
  /** Heading kinds (`data-level-kind`) and their face under GB/T 9704: 黑, 楷 or the body's 仿宋. */
  const KINDS = [
    { kind: '1', name: '一、', face: 'hei', stack: /^SimHei,/ },
    { kind: '2', name: '（一）', face: 'kai', stack: /^"?KaiTi_GB2312"?,/ },
    { kind: '3', name: '1.', face: 'body', stack: /^"?FangSong_GB2312"?,/ },
    { kind: '4', name: '（1）', face: 'body', stack: /^"?FangSong_GB2312"?,/ },
    { kind: 'chapter', name: '第X章', face: 'hei', stack: /^SimHei,/ },
  ] as const;
  const BODY = 'article .gw-body > p:not([class])';
  const TITLE = 'article > .gw-title';
  const kindSelector = (kind: string) => `article .gw-body [data-level-kind="${kind}"]`;

  /** The fewest notices that hold every kind: greedily, the one with the most kinds still wanted. */
  function plan(): { slug: string; kinds: string[] }[] {
    const holding = notices.map((n) => {
      const mdx = mdxOf(n);
      return {
        slug: n.frontmatter.slug,
        kinds: KINDS.map((k) => k.kind).filter((k) => mdx.includes(`data-level-kind="${k}"`)),
      };
    });
    const wanted = new Set<string>(KINDS.map((k) => k.kind));
    const visits: { slug: string; kinds: string[] }[] = [];
    for (;;) {
      const best = holding
        .map((h) => ({ slug: h.slug, kinds: h.kinds.filter((k) => wanted.has(k)) }))
        .sort((a, b) => b.kinds.length - a.kinds.length || (a.slug < b.slug ? -1 : 1))[0];
      if (!best || best.kinds.length === 0) return visits;
      visits.push(best);
      for (const k of best.kinds) wanted.delete(k);
    }
  }

  interface Face {
    where: string;
    /** Computed `font-family`: the declared stack. */
    family: string;
    /** The face Chromium rendered the element's text in (CDP CSS.getPlatformFontsForNode, most glyphs). */
    platform: string;
    postScript: string;
  }

  /**
   * The visits that measure every kind: the notices that hold them, then, for a kind no notice
   * holds (the seeds have no （1） heading), a notice page with a heading of that kind added to its
   * body, as the renderer writes it: the stylesheet must set it for the next gazette that has one.
   */
  function visits(): { slug: string; kinds: string[]; injected: string[] }[] {
    const held = plan().map((v) => ({ ...v, injected: [] as string[] }));
    const covered = new Set(held.flatMap((v) => v.kinds));
    const missing = KINDS.map((k) => k.kind).filter((k) => !covered.has(k));
    if (missing.length === 0) return held;
    return [...held, { slug: notices[0]!.frontmatter.slug, kinds: missing, injected: missing }];
  }

  let measuring: Promise<Map<string, Face>> | undefined;
  /** Faces of the body, the title and one heading of each kind, with print styles; measured once. */
  function faces(): Promise<Map<string, Face>> {
    measuring ??= (async () => {
      const found = new Map<string, Face>();
      for (const [i, visit] of visits().entries()) {
        await open(visit.slug);
        if (visit.injected.length > 0)
          await tb.page.evaluate((kinds) => {
            const body = document.querySelector('article .gw-body')!;
            for (const kind of kinds) {
              const h = document.createElement('h5');
              h.dataset['levelKind'] = kind;
              h.textContent = '（1）加强组织领导';
              body.append(h);
            }
          }, visit.injected);
        await tb.page.emulateMedia({ media: 'print' });
        // Print-only @font-face rules load when first used: lay out, then wait for them.
        await tb.page.evaluate(() => document.body.offsetHeight && document.fonts.ready.then(() => undefined));
        const cdp = await tb.context.newCDPSession(tb.page);
        try {
          await cdp.send('DOM.enable');
          await cdp.send('CSS.enable');
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const measure = async (key: string, selector: string) => {
            const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
            if (!nodeId) throw new Error(`${visit.slug}: no ${selector}`);
            const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
            const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
            const family = await tb.page.$eval(selector, (el) => getComputedStyle(el).fontFamily);
            found.set(key, {
              where: `${visit.slug} ${selector}`,
              family,
              platform: main?.familyName ?? '',
              postScript: main?.postScriptName ?? '',
            });
          };
          if (i === 0) {
            await measure('body', BODY);
            await measure('title', TITLE);
          }
          for (const kind of visit.kinds) await measure(kind, kindSelector(kind));
        } finally {
          await cdp.detach().catch(() => {});
          await tb.page.emulateMedia({ media: null });
        }
      }
      const summary = Object.fromEntries([...found].map(([k, f]) => [k, `${f.platform} (${f.postScript})`]));
      console.log(`[print] faces: ${JSON.stringify(summary)}`);
      return found;
    })();
    return measuring;
  }
  /** The measured face of `key`; throws when it was not measured (the kind is in no notice). */
  async function face(key: string): Promise<Face> {
    const f = (await faces()).get(key);
    if (!f) throw new Error(`no ${key} measured: ${KINDS.find((k) => k.kind === key)?.name ?? key} is in no notice`);
    return f;
  }

  it('should measure every heading kind (一、（一）1.（1）第X章), most of them in the notices that hold them', async () => {
    const measured = await faces();
    expect(KINDS.map((k) => k.kind).filter((k) => !measured.has(k))).toEqual([]);
    // Only a kind no notice holds is measured on an added heading: today （1） (the seeds' `(4)…;`
    // items are paragraphs, not headings).
    expect(visits().flatMap((v) => v.injected).length).toBeLessThanOrEqual(1);
  });

  it('should declare the GB/T 9704 stacks: 仿宋 body, 黑 一、 and 第X章, 楷 （一）, 仿宋 1. and （1）, 小标宋 title', async () => {
    expect((await face('body')).family).toMatch(/^"?FangSong_GB2312"?,/);
    expect((await face('title')).family).toMatch(/^"?GW Xiaobiaosong"?,/);
    for (const k of KINDS) expect.soft((await face(k.kind)).family, k.name).toMatch(k.stack);
  });

  it('should render 一、 and 第X章 in one face that is not the body face (黑)', async () => {
    const body = await face('body');
    const hei = await face('1');
    expect(hei.postScript, '一、').not.toBe('');
    expect(hei.postScript, '一、').not.toBe(body.postScript);
    expect((await face('chapter')).postScript, '第X章').toBe(hei.postScript);
  });

  it('should render （一） in a face of its own: a 楷, else the bold 宋 stand-in, never the body or 黑 face', async () => {
    const kai = await face('2');
    expect(kai.postScript, '（一）').not.toBe((await face('body')).postScript);
    expect(kai.postScript, '（一）').not.toBe((await face('1')).postScript);
    expect(`${kai.platform} ${kai.postScript}`, '（一）').toMatch(/Kai|楷|Bold/i);
  });

  it('should render 1. and （1） in the body face', async () => {
    const body = await face('body');
    expect(body.postScript, 'body').not.toBe('');
    expect((await face('3')).postScript, '1.').toBe(body.postScript);
    expect((await face('4')).postScript, '（1）').toBe(body.postScript);
  });

  it('should render the title in a heavy 宋 (小标宋), not the body face', async () => {
    const title = await face('title');
    expect(`${title.platform} ${title.postScript}`).toMatch(/XiaoBiaoSong|小标宋|Bold|Black|Heavy/i);
    expect(title.postScript).not.toBe((await face('body')).postScript);
  });
});

describe('a long, wide table', () => {
  const ROWS = 60;
  const COLS = 10;

  /**
   * Prints the short notice with a 60 × 10 table injected before its signature (`data-wide` or not);
   * returns the PDF and the text of the block after the table.
   */
  async function printWithTable(name: string, wide: boolean): Promise<{ file: string; after: string }> {
    const slug = slugOf('short'); // the table is all but alone on its pages
    await open(slug);
    const after = await tb.page.evaluate(
      ({ rows, cols, wide }) => {
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
        const attrs = `role="region" tabindex="0" aria-label="测试表" data-shape="tabs"${wide ? ' data-wide="60"' : ''}`;
        const html = `<div class="gw-table" ${attrs}><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
        const target =
          document.querySelector('article .gw-body .gw-signature') ??
          document.querySelector('article .gw-body')!.lastElementChild;
        target!.insertAdjacentHTML('beforebegin', html);
        return target!.textContent ?? '';
      },
      { rows: ROWS, cols: COLS, wide },
    );
    const file = await printPdf(`${slug}-${name}`);
    pdfToPng(file, join(OUT, `${slug}-${name}`), { dpi: 60 });
    return { file, after };
  }

  /** Every row whole on one page under the header row; returns the pages the rows are on. */
  function checkRows(file: string): Set<number> {
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
    return rowPages;
  }

  it('repeats its header row on every page, never splits a row and stays inside the type area', async () => {
    const { file } = await printWithTable('table', false);
    checkRows(file);
    const sizes = pdfPages(file);
    expect(
      sizes.every((p) => p.width < p.height),
      'a table without data-wide prints on portrait pages',
    ).toBe(true);
    const outside = pdfLines(file)
      .filter((l) => !isPageNumber(l))
      .filter((l) => l.x0 < typeArea(l.page).left - TOLERANCE || l.x1 > typeArea(l.page).right + TOLERANCE)
      .map((l) => `p${l.page}: ${l.text}`);
    expect(outside).toEqual([]);
  });

  it("should print on landscape pages from its first row to its last and nowhere else when marked wide, numbered at the sheet's foot", async () => {
    const { file, after } = await printWithTable('wide-table', true);
    const rowPages = [...checkRows(file)].sort((a, b) => a - b);
    const sizes = pdfPages(file);
    const turned = sizes.filter((p) => p.width > p.height).map((p) => p.page);
    // The table starts a page of its own and the signature after it goes back to portrait.
    expect(turned, 'landscape pages').toEqual(
      Array.from({ length: rowPages.at(-1)! - rowPages[0]! + 1 }, (_, i) => rowPages[0]! + i),
    );
    const raw = pdfPageTexts(file, { raw: true }).map((t) => withoutPageNumbers(squash(t)));
    const afterPage = raw.findIndex((t) => t.includes(squash(after))) + 1;
    expect(afterPage, `page of the text after the table (${squash(after)})`).toBe(rowPages.at(-1)! + 1);
    expect(turned, 'the text after the table on a portrait page').not.toContain(afterPage);
    const lines = pdfLines(file);
    const outside = lines
      .filter((l) => !isPageNumber(l))
      .filter((l) => {
        const a = typeArea(l.page, turned.includes(l.page));
        return l.x0 < a.left - TOLERANCE || l.x1 > a.right + TOLERANCE;
      })
      .map((l) => `p${l.page}: ${l.text}`);
    expect(outside).toEqual([]);
    // Odd and even landscape pages both: the number sideways at the sheet's foot, 7 mm out.
    expect(new Set(turned.map((p) => p % 2)).size, 'odd and even landscape pages').toBe(2);
    for (const p of turned) checkSidewaysNumber(file, p, typeArea(p, true));
  });
});

describe('every notice with a table too wide for a portrait page', () => {
  const printed = new Set(choices.map((c) => c.slug));
  const others = notices
    .filter((n) => mdxTables(mdxOf(n)).some((t) => t.wide))
    .map((n) => n.frontmatter.slug)
    .filter((slug) => !printed.has(slug));

  it('should be printed here, besides the notices printed above', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.for(others)(
    "should print %s on landscape pages exactly where its wide tables are, numbered at the sheet's foot",
    async (slug) => {
      await open(slug);
      await markTallRows(tb.page);
      const facts = await pageFacts(tb.page);
      const file = await printPdf(slug);
      const pages = pdfPages(file);
      expect(pages[0]!.width < pages[0]!.height, 'page 1 is portrait').toBe(true);
      checkLandscapePlacement(facts, pages, pdfPageTexts(file, { raw: true }));
      const turned = pages.filter((p) => p.width > p.height).map((p) => p.page);
      expect(turned.length, 'landscape pages').toBeGreaterThan(0);
      // The numbers of the first odd and the first even landscape page (the notices above check every page).
      for (const p of [turned.find((n) => n % 2 === 1), turned.find((n) => n % 2 === 0)].filter((n) => n !== undefined))
        checkSidewaysNumber(file, p, typeArea(p, true));
      console.log(`[print] ${slug}: ${pages.length} pages (${turned.length} landscape)`);
    },
  );
});

describe('titles in print', () => {
  /** Every notice's titles as its built page has them: the h1, the issued plan's and attachments' h2. */
  function builtTitles(): { slug: string; tag: 'h1' | 'h2'; html: string; text: string }[] {
    return notices.flatMap(({ frontmatter: { slug } }) => {
      const html = readFileSync(join(DIST_DIR, 'notices', slug, 'index.html'), 'utf8');
      const found = [
        ...html.matchAll(/<h1 class="gw-title"[^>]*>([\s\S]*?)<\/h1>/g),
        ...html.matchAll(/<h2\b[^>]*class="gw-(?:issued|attachment)-title"[^>]*>([\s\S]*?)<\/h2>/g),
      ];
      return found.map((m) => ({
        slug,
        tag: m[0].startsWith('<h1') ? ('h1' as const) : ('h2' as const),
        html: m[1]!,
        text: htmlText(m[1]!),
      }));
    });
  }

  it('should break every title of every notice only between BudouX phrases (冰雪, 时期 whole)', async () => {
    const titles = builtTitles();
    expect(titles.filter((t) => t.tag === 'h1').length, 'h1 titles').toBe(notices.length);
    // All of them, set by the print stylesheet at the type area's width, in one document: the
    // notice titles as the page's h1, the others as an issued plan's title (same face and size).
    await open(slugOf('short'));
    await tb.page.evaluate((titles) => {
      const article = document.querySelector('article.gw-doc')!;
      article.innerHTML = titles
        .map((t) =>
          t.tag === 'h1'
            ? `<h1 class="gw-title">${t.html}</h1>`
            : `<div class="gw-body"><section class="gw-issued"><h2 class="gw-issued-title">${t.html}</h2></section></div>`,
        )
        .join('');
    }, titles);
    const file = await printPdf('titles');
    const lines = pdfLines(file);
    const broken: string[] = [];
    let multiline = 0;
    for (const title of titles) {
      const cuts = titleLineBreaks(lines, title.text);
      expect.soft(cuts, `${title.slug}: the lines of ${title.text}`).toBeDefined();
      if (!cuts) continue;
      if (cuts.length > 0) multiline++;
      broken.push(...insidePhrases(squash(title.text), cuts).map((b) => `${title.slug} ${title.tag}: ${b}`));
    }
    expect(broken).toEqual([]);
    expect(multiline, 'titles printed on more than one line').toBeGreaterThan(titles.length / 2);
    for (const word of ['冰雪运动', '“十三五”时期']) {
      const title = titles.find((t) => t.tag === 'h1' && t.text.includes(word));
      expect(title, `a notice title with ${word}`).toBeDefined();
      expect(titleLineBreaks(lines, title!.text)?.length, `lines of ${title!.text}`).toBeGreaterThan(0);
    }
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
    await open(slugOf('short'));
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
