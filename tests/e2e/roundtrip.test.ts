/**
 * Round trip: every notice as this site prints it (Chromium, the print stylesheet), read back
 * with poppler's `pdftotext` in its default mode and with `-layout` — the way anyone gets text
 * out of a gazette PDF — and built again through SEEDS_DIR, must give back the same notices.
 * The printed notices of each issue are put one after another in one file, as a gazette issue
 * prints them.
 * Every notice is printed each way of `PRINTS`: the site's A4, scaled, and on US Letter.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/pipeline/build.ts';
import type { Notice } from '../../src/pipeline/model.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { siteUrl } from '../support/context.ts';
import { ROOT } from '../support/paths.ts';
import { pdfText } from '../support/pdf.ts';
import { PRINTS, type PrintId } from '../support/prints.ts';
import { headingTexts, paragraphCount, shownHan, tableCount } from '../support/shown.ts';

const OUT = join(ROOT, 'test-output', 'roundtrip');
const MODES = ['default', 'layout'] as const;
type Mode = (typeof MODES)[number];

const original = parseSeeds(join(ROOT, 'seeds'), scanTables).notices;
const rebuilt = new Map<string, Notice[]>();
const reports = new Map<string, string>();
let tb: TestBrowser;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  tb = await openBrowser(siteUrl());
  // Printed order: issue by issue, each in the order its notices appear.
  const notices = readNotices()
    .map((n) => n.frontmatter)
    .sort((a, b) => a.issue.file.localeCompare(b.issue.file) || a.order - b.order);
  for (const print of PRINTS) {
    const out = join(OUT, print.id);
    mkdirSync(out, { recursive: true });
    const printed: { file: string; pdf: string }[] = [];
    for (const n of notices) {
      const response = await tb.page.goto(siteUrl(`/notices/${n.slug}/`), { waitUntil: 'load' });
      expect(response?.status(), n.slug).toBe(200);
      await tb.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(out, `${n.slug}.pdf`);
      await tb.page.pdf({ path: pdf, ...print.options });
      printed.push({ file: n.issue.file, pdf });
    }
    for (const mode of MODES) {
      const seeds = join(out, `seeds-${mode}`);
      mkdirSync(seeds, { recursive: true });
      const issues = new Map<string, string[]>();
      for (const p of printed) {
        const texts = issues.get(p.file) ?? [];
        texts.push(pdfText(p.pdf, { layout: mode === 'layout' }));
        issues.set(p.file, texts);
      }
      for (const [file, texts] of issues) writeFileSync(join(seeds, file), texts.join(''));
      // The build a publisher would run: the content step through SEEDS_DIR, into a folder of its own.
      const report = execFileSync(process.execPath, ['src/pipeline/cli.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, SEEDS_DIR: seeds, CONTENT_DIR: join(out, `content-${mode}`) },
      });
      reports.set(`${print.id} ${mode}`, report);
      rebuilt.set(`${print.id} ${mode}`, parseSeeds(seeds, scanTables).notices);
    }
  }
}, 900_000);

afterAll(async () => {
  await tb?.close();
});

const noSpaces = (s: string) => s.replace(/\s+/g, '');

function counterpart(print: PrintId, mode: Mode, o: Notice): Notice | undefined {
  return rebuilt
    .get(`${print} ${mode}`)!
    .find((n) =>
      o.meta.docNumber
        ? n.meta.docNumber?.text === o.meta.docNumber.text
        : noSpaces(n.meta.title) === noSpaces(o.meta.title),
    );
}

/**
 * KNOWN gaps, as reproducers (`it.fails`; one that passes must leave this list). Both are the
 * default mode's reading order at 85 %:
 * - the supplement list of xzf-2017-11 comes one column block per category group
 *   (`面塑` / `北京市…协会` / `花丝镶嵌 北京雕漆 古琴斫制技艺` / …): its rows are paragraphs;
 * - the figure tables of the 消防 plan (wh-2017-01-11) come a column at a time, each column's
 *   values before its label: `degraded` tables that keep the header's copy.
 */
const KNOWN_GAPS = new Set<string>(['a4-85 xzf-2017-11 default', 'a4-85 wh-2017-01-11-82acd9 default']);

describe.each(PRINTS.flatMap((p) => MODES.map((m) => [p.id, m] as const)))(
  'the site’s print (%s) read back by pdftotext (%s mode)',
  (print, mode) => {
    it('should build through SEEDS_DIR with every notice of the seeds', () => {
      expect(reports.get(`${print} ${mode}`)).toMatch(new RegExp(`gazette build: 2 files, ${original.length} notices`));
      expect(rebuilt.get(`${print} ${mode}`)).toHaveLength(original.length);
    });

    it.each(original.map((n) => [n.slug, n] as const))(
      '%s: should come back with its 发文字号, 标题 and dates',
      (_, o) => {
        const n = counterpart(print, mode, o);
        expect(n, `${o.slug} not found again`).toBeDefined();
        expect(n!.meta.docNumber?.text).toBe(o.meta.docNumber?.text);
        expect(noSpaces(n!.meta.title)).toBe(noSpaces(o.meta.title));
        expect(n!.meta.signedDate).toBe(o.meta.signedDate);
        expect(n!.meta.printedDate).toBe(o.meta.printedDate);
      },
    );

    describe.each(original.map((n) => [n.slug, n] as const))('%s', (slug, o) => {
      const known = KNOWN_GAPS.has(`${print} ${slug} ${mode}`);
      (known ? it.fails : it)(
        'should come back with its tables, paragraphs (within 5 %), headings and every Han character',
        () => {
          const n = counterpart(print, mode, o)!;
          expect(tableCount(n)).toBe(tableCount(o));
          expect(Math.abs(paragraphCount(n) - paragraphCount(o))).toBeLessThanOrEqual(
            Math.ceil(paragraphCount(o) * 0.05),
          );
          expect(headingTexts(n)).toEqual(headingTexts(o));
          expect(shownHan(n)).toBe(shownHan(o));
        },
      );
    });
  },
);
