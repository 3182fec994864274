/**
 * A synthetic gazette for the benchmark: about `count` notices made from the notices of the
 * seeds, each with a new 发文字号 and its body paragraphs shuffled (fixed PRNG seed), written
 * as text files in both layouts the parser reads: one paragraph per line (as 002 is printed)
 * and wrapped printed lines with page numbers (as 000 is printed, via tests/support/relayout.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeeds } from '../src/pipeline/build.ts';
import type { Block, Notice } from '../src/pipeline/model.ts';
import type { TableScanner } from '../src/pipeline/structure/context.ts';
import { inlineText } from '../src/pipeline/structure/inlines.ts';
import { Rng } from '../tests/support/fuzz.ts';
import { relayout } from '../tests/support/relayout.ts';

export interface SyntheticGazette {
  dir: string;
  files: number;
  notices: number;
  bytes: number;
}

const paragraphs = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.type === 'table' ? [] : [inlineText(b.inlines)])).filter((t) => t !== '');

function shuffle<T>(list: T[], rng: Rng): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** The printed paragraphs of a new notice made from `n`: new number, shuffled 正文. */
function printedNotice(n: Notice, agency: string, year: number, serial: number, rng: Rng): string[] {
  const m = n.meta;
  const masthead = m.masthead ?? '北京市西城区人民政府文件';
  return [
    masthead,
    `${agency}〔${year}〕${serial}号`,
    m.title,
    m.recipients ?? '区政府各委、办、局，各街道办事处：',
    ...shuffle(paragraphs(n.body), rng),
    ...n.attachmentNoteLines,
    ...n.signature,
    ...n.issued.flatMap((d) => [d.title, ...paragraphs(d.blocks)].filter((t) => t !== '')),
    ...n.attachments.flatMap((a) =>
      [a.printedLabel ?? a.label, a.title ?? '', ...paragraphs(a.blocks)].filter((t) => t !== ''),
    ),
    ...n.colophon,
  ];
}

export function writeSyntheticGazette(
  seedsDir: string,
  outDir: string,
  scanTables: TableScanner,
  options: { count?: number; perFile?: number; seed?: number } = {},
): SyntheticGazette {
  const count = options.count ?? 1_000;
  const perFile = options.perFile ?? 50;
  const rng = new Rng(options.seed ?? 2017);
  const templates = parseSeeds(seedsDir, scanTables).notices.filter((n) => n.kind === 'notice');
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let start = 0; start < count; start += perFile) {
    const printed: string[][] = [];
    for (let i = start; i < Math.min(count, start + perFile); i++) {
      const template = templates[i % templates.length]!;
      const agency = template.meta.docNumber?.agency ?? '西政发';
      // Numbers no seed uses: year 2040 on, serial counting up.
      printed.push(printedNotice(template, agency, 2040 + Math.floor(i / 500), (i % 500) + 1, rng));
    }
    const wrapped = files % 2 === 1;
    const text = wrapped
      ? printed.map((p) => relayout(p, { measure: 34, linesPerPage: 22, firstPage: 1 })).join('\n\n')
      : printed.map((p) => p.join('\n\n')).join('\n\n');
    const name = `synthetic_${String(files).padStart(3, '0')}_${wrapped ? 'wrapped' : 'paragraphs'}.txt`;
    writeFileSync(join(outDir, name), `${text}\n`);
    bytes += Buffer.byteLength(text) + 1;
    files++;
  }
  return { dir: outDir, files, notices: count, bytes };
}
