import { DOC_NUMBER } from '../grammar/patterns.ts';
import { parseDocNumber } from '../grammar/doc-number.ts';

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

/** Every 发文字号 and 《title》 in a text, in order; numbers inside a title stay part of it. */
export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index ?? 0;
    found.push({ kind: 'title', start, end: start + m[0].length, key: normalizeTitle(m[1]!) });
  }
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
