import { DOC_NUMBER } from '../grammar/patterns.ts';
import { parseDocNumber } from '../grammar/doc-number.ts';
import { MAX_TITLE, endsLikeTitle } from '../grammar/titles.ts';

/** A reference found in a text: a 发文字号 or a title in 《》. */
export interface FoundReference {
  kind: 'number' | 'title';
  /** Offsets in the text: the reference as printed is text.slice(start, end). */
  start: number;
  end: number;
  /** Normalized key: 西政办发〔2017〕7号, or the title without its 《》. */
  key: string;
}

const TITLE = /《([^《》]{2,120})》/gu;
const NUMBER = new RegExp(DOC_NUMBER.source, 'gu');

/**
 * A title whose 》 was mistyped as ）, ) or 〉 (`《西城区土壤污染防治工作方案)`): the text from the
 * 《 to the first closing bracket that opens nothing inside it. Taken only when no 》 closes it
 * and the text ends like a title, so that a parenthesis in running text is never read as one.
 */
function mistypedTitles(text: string, taken: readonly FoundReference[]): FoundReference[] {
  const out: FoundReference[] = [];
  for (const m of text.matchAll(/《/gu)) {
    const start = m.index ?? 0;
    if (taken.some((f) => start >= f.start && start < f.end)) continue;
    let depth = 0;
    for (let i = start + 1; i < text.length && i - start <= MAX_TITLE; i++) {
      const ch = text[i]!;
      if (ch === '《' || ch === '》') break;
      if (ch === '（' || ch === '(') depth++;
      else if (ch === '）' || ch === ')' || ch === '〉') {
        if (depth > 0) {
          depth--;
          continue;
        }
        const title = text.slice(start + 1, i);
        if ([...title].length >= 2 && endsLikeTitle(title)) {
          out.push({ kind: 'title', start, end: i + 1, key: normalizeTitle(title) });
        }
        break;
      }
    }
  }
  return out;
}

/** Every 发文字号 and 《title》 in a text, in order; numbers inside a title stay part of it. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index ?? 0;
    found.push({ kind: 'title', start, end: start + m[0].length, key: normalizeTitle(m[1]!) });
  }
  found.push(...mistypedTitles(text, found));
  for (const m of text.matchAll(NUMBER)) {
    const number = parseDocNumber(m[0]);
    if (!number) continue;
    // The match may carry the end of the word before the 机关代字; the reference starts at the code.
    const end = (m.index ?? 0) + m[0].length;
    const start = end - (m[0].length - m[1]!.length) - number.agency.length;
    if (found.some((f) => f.kind === 'title' && start < f.end && end > f.start)) continue;
    found.push({ kind: 'number', start, end, key: number.text });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Titles are compared exactly, except for what extraction and typesetting vary: spaces and
 * the width of brackets. A title that differs by a word names another document.
 */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/〈/g, '《').replace(/〉/g, '》');
}
