/**
 * What a column holds, read from its label, and what a cell is, read from its text: number,
 * agency, person, date or text. `align.ts` lays the cells of a row over the columns by these
 * kinds. The words come from vocabulary.ts; the place names an issuer's agencies start with
 * come from the table itself (`learnPlaces`).
 */
import { HAN } from '../text/chars.ts';
import { markOf } from './outline.ts';
import { ADMIN_PREFIX, AGENCY_END, COLUMN_LABEL, DEADLINE, DEADLINE_START, PLACE_AT_START } from './vocabulary.ts';

export type ColumnKind = 'number' | 'agency' | 'person' | 'date' | 'text';
export type CellKind = ColumnKind | 'empty';

/** The kind of content a column holds, from its label. */
export function columnKind(label: string): ColumnKind {
  if (COLUMN_LABEL.number.test(label)) return 'number';
  if (COLUMN_LABEL.person.test(label)) return 'person';
  if (COLUMN_LABEL.date.test(label)) return 'date';
  if (COLUMN_LABEL.agency.test(label)) return 'agency';
  return 'text';
}

/** What one table tells about its issuer: the place names its agencies' names start with. */
export interface Vocabulary {
  places: ReadonlySet<string>;
}

/** No table read yet: only the general words of vocabulary.ts. */
export const GENERAL: Vocabulary = { places: new Set() };

/** Names in a cell: an agency list is split at its separators. */
function namesIn(text: string): string[] {
  return text
    .split(/[、，,\n\s]+|(?<=等)(?=[区各])/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The place names the table's agencies start with: in a full name such as `北京市西城区环保局`,
 * each name before a unit word (北京, 西城). Shorter names of the same agencies elsewhere in
 * the table (`西城交通支队`, or a piece cut from one, `西城规`) are then known to start a name.
 */
export function learnPlaces(texts: Iterable<string>): Vocabulary {
  const places = new Set<string>();
  for (const text of texts) {
    for (const name of namesIn(text)) {
      if (!AGENCY_END.test(name)) continue;
      let rest = name;
      for (let m = PLACE_AT_START.exec(rest); m && !ADMIN_PREFIX.test(m[1]!); m = PLACE_AT_START.exec(rest)) {
        places.add(m[1]!);
        rest = rest.slice(m[0].length);
      }
    }
  }
  return { places };
}

/** Text that begins an agency's name: an administrative prefix, or a place name (`北京市…`, a learned `西城…`). */
export function startsAgency(text: string, vocab: Vocabulary): boolean {
  if (ADMIN_PREFIX.test(text) || PLACE_AT_START.test(text)) return true;
  for (const place of vocab.places) if (text.startsWith(place)) return true;
  return false;
}

/** Longest agency name without a unit word at its end (a list's cut head, `区发展改革`). */
const MAX_BARE_NAME = 16;
/** Longest agency name a cell may hold. */
const MAX_NAME = 40;

/** One agency name, or a list of them (`区环保局、区财政局`, several names stacked). */
export function isAgencyList(text: string, vocab: Vocabulary = GENERAL): boolean {
  if (text === '' || /[。；;！？：:]/.test(text)) return false;
  const parts = namesIn(text);
  if (parts.length === 0) return false;
  return parts.every((p) => {
    const bare = p.replace(/等(?:相关|有关)?(?:单位|部门)?$/, '');
    const length = [...p].length;
    return (
      length <= MAX_NAME &&
      (AGENCY_END.test(p) || AGENCY_END.test(bare) || (startsAgency(p, vocab) && length <= MAX_BARE_NAME))
    );
  });
}

/** A cell that is a deadline and nothing else (`2017年底前`, `长期实施`). */
export function isDeadline(text: string): boolean {
  if (text === '' || [...text].length > 24 || /[。；]/.test(text)) return false;
  return DEADLINE.test(text);
}

/** A deadline, possibly followed by what is done by then (`2017年5月区大厅实现`), and not an agency. */
export function isDeadlineLike(text: string, vocab: Vocabulary = GENERAL): boolean {
  if (isDeadline(text)) return true;
  return [...text].length <= 30 && !/。/.test(text) && DEADLINE_START.test(text) && !isAgencyList(text, vocab);
}

const NAME = new RegExp(`^${HAN}{2,4}$`, 'u');
const ONE_HAN = new RegExp(`^${HAN}$`, 'u');

/** A person's name: two to four Han characters that are not an agency. */
export function isName(text: string): boolean {
  return NAME.test(text) && !AGENCY_END.test(text);
}

/** A two-character name is printed with a gap to line up with three-character ones (`孙  硕`). */
export function isSpacedNamePart(text: string): boolean {
  return ONE_HAN.test(text);
}

/** The kind of a cell's text. */
export function cellKind(text: string, vocab: Vocabulary = GENERAL): CellKind {
  if (text === '') return 'empty';
  if (markOf(text)?.family === 'serial') return 'number';
  if (isDeadlineLike(text, vocab)) return 'date';
  if (isAgencyList(text, vocab)) return 'agency';
  if (isName(text)) return 'person';
  return 'text';
}

/** Longest tail of a name that a stray separator can cut off (`心`, `察局`, `设委`). */
const MAX_NAME_TAIL = 3;

/**
 * An agency name wrapped inside its cell, the separator falling within it (`区园林市政管理中` /
 * `心`, `区城管执法监` / `察局`): the short tail makes a name of what was not one.
 */
export function completesName(prev: string, next: string, vocab: Vocabulary): boolean {
  if ([...next].length > MAX_NAME_TAIL || startsAgency(next, vocab)) return false;
  const line = prev.slice(prev.lastIndexOf('\n') + 1);
  if (isDeadlineLike(line, vocab) || /[。；;，,]$/.test(line)) return false;
  return !AGENCY_END.test(line) && AGENCY_END.test(line + next);
}
