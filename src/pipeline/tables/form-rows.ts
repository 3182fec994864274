import type { Line } from '../model.ts';
import { SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { makeTable, textSlots } from './grid.ts';
import { cleanCell } from './text.ts';
import { isNumber } from './tokens.ts';
import type { Found, Reader, Slot } from './types.ts';
import { LABEL_END } from './vocabulary.ts';

/**
 * A form of two columns, labels and values, that the extraction gives row by row, a cell a
 * line (pdftotext's default mode where each row's two cells share a baseline):
 *
 *   街道（乡镇）名称 / 新街口街道办事处 / 覆盖面积（平方公里） / 3.7 / 人口总数（万人） / 10.2182 / …
 *   分类工作负责人（姓名、职务、联系方式） 朱骅 城市管理科科长 13701308541   ← label and value on one line
 *   其他                                                            ← a last label, its value empty
 *
 * Found as: at least six pairs of lines in a row, each a field's label (it ends in a label
 * word or a unit in brackets, and has no figures) then its value (no label, no sentence), two
 * values or more being figures. After the pairs, a line opening with a label holds its value
 * too, and a last short line of its own before a blank line is a label with an empty value.
 */
export const readFormRows: Reader = (lines, file, free) => {
  const found: Found[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!free[k] || !isFieldLabel(lines[k]!.text)) continue;
    const form = formFrom(lines, free, k);
    if (!form) continue;
    const body: Slot[][] = form.rows.map((r) => textSlots(r));
    const table = makeTable({ shape: 'columns', head: [], body }, lines, k, form.end, file);
    found.push({ start: k, end: form.end, table, warnings: [], dropped: [] });
    k = form.end - 1;
  }
  return found;
};

/** Fewest label and value pairs. */
const MIN_PAIRS = 6;
/** Fewest values that are figures: a form of counts, not two lists of words in turn. */
const MIN_FIGURES = 2;
/** Longest label or value line. */
const MAX_CELL = 30;
/** Longest last label standing alone (`其他`). */
const MAX_LONE_LABEL = 6;

/** A unit in brackets closing a label: `（平方公里）`, `（吨∕日）`, `（姓名、职务、联系方式）`. */
const UNIT = /[（(][^（）()\d]{1,12}[)）]$/u;
/** Words a field label ends with beyond a column's: `去向`, `数量`, `面积`, `总数`. */
const FIELD_END = /(?:去向|数量|面积|总数|人数)$/u;

/** A field's label: no figures, no sentence, ending in a label word or a unit in brackets. */
function isFieldLabel(text: string): boolean {
  const t = text.trim();
  if (t === '' || /\d|\s/.test(t) || SENTENCE_PUNCT.test(t) || /[，,]/.test(t.replace(UNIT, ''))) return false;
  if (visibleLength(t) > MAX_CELL || !/^\p{Script=Han}/u.test(t)) return false;
  const word = t.replace(UNIT, '');
  return UNIT.test(t) || LABEL_END.test(word) || FIELD_END.test(word);
}

function isValue(line: Line): boolean {
  const t = line.text.trim();
  return t !== '' && !SENTENCE_PUNCT.test(t) && visibleLength(t) <= MAX_CELL && !isFieldLabel(t);
}

/** The form from line `start`: its rows and the line after it. */
function formFrom(
  lines: readonly Line[],
  free: readonly boolean[],
  start: number,
): { rows: string[][]; end: number } | undefined {
  const within = (k: number) => k < lines.length && free[k] && (k === start || lines[k]!.blanksBefore === 0);
  const rows: string[][] = [];
  let k = start;
  while (within(k) && within(k + 1) && isFieldLabel(lines[k]!.text) && isValue(lines[k + 1]!)) {
    rows.push([cleanCell(lines[k]!.raw), cleanCell(lines[k + 1]!.raw)]);
    k += 2;
  }
  const figures = rows.filter((r) => isNumber(r[1]!)).length;
  if (rows.length < MIN_PAIRS || figures < MIN_FIGURES) return undefined;
  // A label and its value on one line.
  while (within(k)) {
    const [label, ...value] = lines[k]!.raw.trim().split(/\s+/);
    if (value.length === 0 || !isFieldLabel(label!)) break;
    rows.push([cleanCell(label!), value.map(cleanCell).join(' ')]);
    k++;
  }
  // A last label whose value is empty: short, alone before a blank line or the end.
  const last = lines[k];
  const alone = last && within(k) && (k + 1 >= lines.length || lines[k + 1]!.blanksBefore > 0);
  if (alone && /^\p{Script=Han}+$/u.test(last.text.trim()) && visibleLength(last.text) <= MAX_LONE_LABEL) {
    rows.push([cleanCell(last.raw), '']);
    k++;
  }
  return { rows, end: k };
}
