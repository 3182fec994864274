/**
 * Reading printed PDFs back with poppler-utils (pdfinfo, pdftotext, pdftoppm), for the print
 * tests. Positions are in millimetres from the top-left corner of the page.
 *
 * When poppler-utils is missing, importing this module THROWS with the install command: print
 * tests fail, they never skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const NO_POPPLER_MESSAGE =
  'poppler-utils (pdfinfo, pdftotext, pdftoppm) is needed to read printed PDFs: ' +
  '`sudo apt-get update && sudo apt-get install -y poppler-utils` (Debian/Ubuntu; drop sudo when root).';

const TOOLS = ['pdfinfo', 'pdftotext', 'pdftoppm'];

/** The tools that are not on PATH. */
function missingTools(path = process.env.PATH ?? ''): string[] {
  const dirs = path.split(delimiter).filter(Boolean);
  return TOOLS.filter((tool) => !dirs.some((dir) => existsSync(join(dir, tool))));
}

// At import, i.e. while vitest collects the print tests: a throw in their beforeAll would report
// every print test as "skipped" (see CHROMIUM in browser.ts).
const missing = missingTools();
if (missing.length > 0) throw new Error(`${missing.join(', ')} not found on PATH. ${NO_POPPLER_MESSAGE}`);

function run(tool: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): string | Buffer {
  try {
    return execFileSync(tool, args, {
      encoding: encoding === 'utf8' ? 'utf8' : undefined,
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found. ${NO_POPPLER_MESSAGE}`);
    throw error;
  }
}

const PT_PER_MM = 72 / 25.4;
export const mm = (pt: number) => pt / PT_PER_MM;

export interface PageSize {
  page: number;
  /** In points. */
  width: number;
  height: number;
}

/** Page count and every page's size (pdfinfo). */
export function pdfPages(file: string): PageSize[] {
  const head = run('pdfinfo', [file]) as string;
  const count = Number(/^Pages:\s+(\d+)/m.exec(head)?.[1]);
  if (!Number.isInteger(count) || count < 1) throw new Error(`pdfinfo: no page count for ${file}:\n${head}`);
  const all = run('pdfinfo', ['-f', '1', '-l', String(count), file]) as string;
  const sizes = Array.from(all.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm), (m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  if (sizes.length !== count) throw new Error(`pdfinfo: ${count} pages but ${sizes.length} page sizes for ${file}`);
  return sizes;
}

/**
 * The whole text as `pdftotext` gives it to anyone (default mode, or `-layout`): form feeds at
 * page breaks, nothing else cut or joined.
 */
export function pdfText(file: string, options: { layout?: boolean } = {}): string {
  return run('pdftotext', ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), file, '-']) as string;
}

/**
 * The text of each page (pdftotext; `raw` keeps the content stream order, which keeps a table
 * cell's lines together).
 */
export function pdfPageTexts(file: string, options: { raw?: boolean; first?: number; last?: number } = {}): string[] {
  const args = ['-enc', 'UTF-8'];
  if (options.raw) args.push('-raw');
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  const text = run('pdftotext', [...args, file, '-']) as string;
  const pages = text.split('\f');
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

export interface PdfLine {
  page: number;
  text: string;
  /** Bounding box in mm. poppler's boxes of CJK glyphs are taller than the glyphs: use the centre. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Height of the box in pt: proportional to the font size (same font, same size, same height). */
  height: number;
}

/** Every text line with its position (pdftotext -bbox-layout). */
export function pdfLines(file: string): PdfLine[] {
  const xml = run('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-']) as string;
  const lines: PdfLine[] = [];
  const pages = xml.split(/<page\b/).slice(1);
  pages.forEach((page, index) => {
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = Array.from(m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g), (w) => decodeXml(w[1]!));
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      lines.push({
        page: index + 1,
        text: words.join(' '),
        x0: mm(x0),
        x1: mm(x1),
        y0: mm(y0),
        y1: mm(y1),
        height: y1 - y0,
      });
    }
  });
  return lines;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Renders pages to PNG files `<prefix>-<n>.png` (pdftoppm); returns nothing, the files are for people. */
export function pdfToPng(
  file: string,
  prefix: string,
  options: { first?: number; last?: number; dpi?: number } = {},
): void {
  const args = ['-png', '-r', String(options.dpi ?? 60)];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  run('pdftoppm', [...args, file, prefix]);
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row. */
  data: Buffer;
}

/** One page as an RGB raster (pdftoppm writes PPM to stdout), for colour checks. */
export function pdfPageRaster(file: string, page: number, dpi = 40): Raster {
  const ppm = run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], 'buffer') as Buffer;
  const head = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!head) throw new Error('pdftoppm: not a binary PPM');
  return { width: Number(head[1]), height: Number(head[2]), data: ppm.subarray(head[0].length) };
}

/** Width of a text in characters of the 28-a-line grid: CJK and full-width 1, everything else ½. */
export function gridWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\s+/g, '')) {
    width +=
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u2014\u2026\u201C\u201D\u2018\u2019]/.test(
        ch,
      )
        ? 1
        : 0.5;
  }
  return width;
}

/** Text with all white space removed: pdftotext breaks and spaces lines its own way. */
export const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '');

/** The printed page numbers `— n —` (after squash) taken out of a text. */
export const withoutPageNumbers = (squashed: string) => squashed.replace(/—\d+—/g, '');
