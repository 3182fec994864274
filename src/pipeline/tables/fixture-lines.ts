import { readFileSync } from 'node:fs';
import type { Line } from '../model.ts';
import { normalizeLines } from '../normalize/lines.ts';

/**
 * Test-only: `Line[]` from raw text through the real normalizer, so the table readers are
 * tested on exactly what production gives them. `firstNo` lets a fixture cut from a seed keep
 * the seed's line numbers.
 */
export function linesFromText(text: string, firstNo = 1): Line[] {
  const { lines } = normalizeLines({ name: 'fixture.txt', text });
  return firstNo === 1 ? lines : lines.map((l) => ({ ...l, no: l.no + firstNo - 1 }));
}

/**
 * Reads a fixture file of this folder. It may open with `# …` lines saying where it comes from,
 * and a `#from <n>` line: the source line it was cut at.
 */
export function fixture(name: string): Line[] {
  let text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  let firstNo = 1;
  for (let m = /^#(.*)\n/.exec(text); m; m = /^#(.*)\n/.exec(text)) {
    const from = /^from (\d+)$/.exec(m[1]!);
    if (from) firstNo = Number(from[1]);
    text = text.slice(m[0].length);
  }
  return linesFromText(text, firstNo);
}
