/**
 * Round trip of the corpus (tests/corpus/: real 公文 of other issuers): the site built from them
 * prints each to PDF (Chromium, the print stylesheet), `pdftotext` (default and `-layout`) reads
 * it back, and the text parses to the same notice — what anyone who prints a page of this site,
 * or of a gazette set like it, and extracts its text gets. Each document is printed each way of
 * `PRINTS`: the site's A4, scaled, and on US Letter.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/pipeline/build.ts';
import type { Notice } from '../../src/pipeline/model.ts';
import { scanTables } from '../../src/pipeline/tables/index.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { readNotices } from '../support/content.ts';
import { ROOT } from '../support/paths.ts';
import { pdfText } from '../support/pdf.ts';
import { PRINTS, type PrintId } from '../support/prints.ts';
import { headingTexts, paragraphCount, shownHan, tableCount } from '../support/shown.ts';
import { buildSite, type SiteBuild } from '../support/site-build.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const CORPUS = join(ROOT, 'tests', 'corpus');
const OUT = join(ROOT, 'test-output', 'roundtrip-corpus');
const MODES = ['default', 'layout'] as const;
type Mode = (typeof MODES)[number];

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
let seeds: string;
let site: SiteBuild;
let server: StaticServer;
let tb: TestBrowser;
let original: Notice[];
const rebuilt = new Map<string, Notice[]>();

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  seeds = mkdtempSync(join(tmpdir(), 'gazette-corpus-'));
  for (const f of files) copyFileSync(join(CORPUS, f), join(seeds, f));
  original = parseSeeds(seeds, scanTables).notices;
  site = await buildSite({ seedsDir: seeds, search: false });
  server = await startStaticServer(site.dist);
  tb = await openBrowser(server.url);
  const notices = readNotices(join(site.content, 'notices')).map((n) => n.frontmatter);
  for (const print of PRINTS) {
    const out = join(OUT, print.id);
    mkdirSync(out, { recursive: true });
    const texts = new Map<Mode, Map<string, string>>(MODES.map((m) => [m, new Map()]));
    for (const n of notices) {
      const response = await tb.page.goto(`${server.url}/notices/${n.slug}/`, { waitUntil: 'load' });
      expect(response?.status(), n.slug).toBe(200);
      await tb.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(out, `${n.slug}.pdf`);
      await tb.page.pdf({ path: pdf, ...print.options });
      for (const mode of MODES) texts.get(mode)!.set(n.issue.file, pdfText(pdf, { layout: mode === 'layout' }));
    }
    for (const mode of MODES) {
      const dir = join(out, `seeds-${mode}`);
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of texts.get(mode)!) writeFileSync(join(dir, file), text);
      rebuilt.set(`${print.id} ${mode}`, parseSeeds(dir, scanTables).notices);
    }
  }
}, 900_000);

afterAll(async () => {
  await tb?.close();
  await server?.close();
  site?.remove();
  if (seeds) rmSync(seeds, { recursive: true, force: true });
});

const noSpaces = (s: string | undefined) => s?.replace(/\s+/g, '');

/**
 * KNOWN gaps, as reproducers (`it.fails`; one that passes must leave this list): none for the
 * site's A4 and Letter. Scaled, in the default mode, the 30-row name list of 沪建建管〔2024〕95号
 * comes apart: at 85 % (on one page) its 序号 column is a block of its own, read as a second
 * table; at 115 % its second page gives 序号 and 姓名 row by row and 工作单位 as a block after
 * the page number, rows 22–30 of a table begun on the page before.
 */
const KNOWN_GAPS = new Set<string>(['a4-85 sh-zjw-2024-95.txt default', 'a4-115 sh-zjw-2024-95.txt default']);

describe.each(PRINTS.flatMap((p) => MODES.map((m) => [p.id, m] as const)))(
  'the corpus as this site prints it (%s), read back by pdftotext (%s mode)',
  (print: PrintId, mode: Mode) => {
    it('should give back one notice per document', () => {
      expect(original).toHaveLength(files.length);
      expect(rebuilt.get(`${print} ${mode}`)).toHaveLength(files.length);
    });

    describe.each(files)('%s', (file) => {
      const pair = () => {
        const o = original.find((n) => n.source.file === file)!;
        const n = rebuilt.get(`${print} ${mode}`)!.find((x) => x.source.file === file)!;
        return { o, n };
      };

      it('should come back with its 发文字号, 标题, 发文机关 and dates', () => {
        const { o, n } = pair();
        expect(n.meta.docNumber?.text).toBe(o.meta.docNumber?.text);
        expect(noSpaces(n.meta.title)).toBe(noSpaces(o.meta.title));
        expect(n.meta.issuer).toBe(o.meta.issuer);
        expect(n.meta.signedDate).toBe(o.meta.signedDate);
      });

      (KNOWN_GAPS.has(`${print} ${file} ${mode}`) ? it.fails : it)(
        'should come back with its tables, paragraphs (within 5 %), headings and every Han character',
        () => {
          const { o, n } = pair();
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
