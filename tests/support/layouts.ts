/**
 * The same published text laid out the ways text reaches the gazette: as a web page copies
 * (one paragraph a line, perhaps indented with 　　), as one extractor prints PDF pages (printed
 * lines with a blank line after each, with or without a trailing space at paragraph ends), as
 * `pdftotext` gives them (printed lines, no blank lines, a form feed and a page number at each
 * page break) and as `pdftotext -layout` gives them (the same, first lines indented).
 *
 * Lines are wrapped at a measure of Chinese characters the way print breaks them: a run of
 * digits or Latin letters is not split, a closing mark never starts a line. This is a model of
 * print, kept simple on purpose; the real thing (Chromium's print read back by pdftotext) is
 * the round-trip test's.
 */
import { CJK, isFullWidth } from '../../src/pipeline/text/chars.ts';

export type LayoutName =
  'paragraphs' | 'web-indented' | 'wrapped-blank-marked' | 'wrapped-blank' | 'pdftotext' | 'pdftotext-layout';

export const LAYOUTS: readonly LayoutName[] = [
  'paragraphs',
  'web-indented',
  'wrapped-blank-marked',
  'wrapped-blank',
  'pdftotext',
  'pdftotext-layout',
];

const CLOSING = /^[、。，；：！？）》」』”’…%]/u;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

/** Units of text: a Chinese character (with the closing marks that stick to it) or a run of digits/Latin. */
function units(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    let unit = ch;
    i++;
    if (/[A-Za-z0-9.]/.test(ch)) while (i < chars.length && /[A-Za-z0-9.%]/.test(chars[i]!)) unit += chars[i++];
    while (i < chars.length && CLOSING.test(chars[i]!)) unit += chars[i++];
    out.push(unit);
  }
  return out;
}

const width = (s: string) => [...s].reduce((w, ch) => w + (isFullWidth(ch) ? 2 : 1), 0);

/** Wraps one paragraph at `measure` characters; the first line `indent` characters narrower. */
export function wrap(text: string, measure: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = (measure - indent) * 2;
  for (const unit of units(text)) {
    if (line !== '' && width(line) + width(unit) > room) {
      lines.push(line);
      line = '';
      room = measure * 2;
    }
    line += unit;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A paragraph that print centres or sets flush (title, 主送, 署名, dates, short labels) gets no indent. */
function isBodyParagraph(p: string): boolean {
  return [...p].length > 24 && /[。；：，]/u.test(p);
}

/** The spaces one extractor inserts between Chinese and digits or Latin letters. */
function spaceDigits(text: string): string {
  return text
    .replace(new RegExp(`(${CJK_CHAR.source})(?=[0-9A-Za-z])`, 'gu'), '$1 ')
    .replace(new RegExp(`([0-9A-Za-z%])(?=${CJK_CHAR.source})`, 'gu'), '$1 ');
}

/** The published text (one paragraph a line, blank lines between allowed) in the given layout. */
export function layOut(published: string, layout: LayoutName, options = { measure: 28, linesPerPage: 22 }): string {
  const paragraphs = published
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (layout === 'paragraphs') return paragraphs.join('\n\n') + '\n';
  if (layout === 'web-indented') return paragraphs.map((p) => (isBodyParagraph(p) ? `　　${p}` : p)).join('\n') + '\n';
  const out: string[] = [];
  let printed = 0;
  let page = 1;
  const emit = (line: string) => {
    if (printed > 0 && printed % options.linesPerPage === 0) {
      if (layout === 'pdftotext' || layout === 'pdftotext-layout') {
        out.push(`—${page}—`, '', `\f${line}`);
      } else {
        out.push(`— ${page} —`, '', line);
      }
      page++;
    } else {
      out.push(line);
    }
    printed++;
  };
  for (const p of paragraphs) {
    const body = isBodyParagraph(p);
    const lines = wrap(p, options.measure, body ? 2 : 0);
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      switch (layout) {
        case 'wrapped-blank-marked':
          emit(spaceDigits(line) + (last ? ' ' : ''));
          out.push('');
          break;
        case 'wrapped-blank':
          emit(spaceDigits(line));
          out.push('');
          break;
        case 'pdftotext':
          emit(line);
          break;
        case 'pdftotext-layout':
          emit((i === 0 && body ? '   ' : i === 0 && !body && [...p].length < 20 ? '        ' : '') + line);
          break;
      }
    });
  }
  return out.join('\n') + '\n';
}
