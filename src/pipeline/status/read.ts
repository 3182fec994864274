/**
 * What one sentence says about force: 施行日期, 有效期, what it repeals or extends, whether it puts
 * itself above earlier rules. Pure functions of the sentence's text; a sentence that says none of
 * it gives nothing, so nothing is read into a text that is silent.
 */
import { isoDate } from '../grammar/dates.ts';
import { DATE } from '../grammar/patterns.ts';
import type {
  EffectiveStatement,
  ExtensionStatement,
  NamedDocument,
  RepealStatement,
  ValidityStatement,
} from '../model.ts';
import { findReferences } from '../references/find.ts';
import {
  ARTICLE_MARK,
  BARE_REPEAL,
  BASIS,
  EFFECTIVE_ON_DAY,
  EFFECTIVE_ON_PUBLICATION,
  ISSUES_NAMED,
  PREVAILS,
  REPEAL_FIRST,
  REPEAL_ON_DAY,
  REPEAL_ON_PUBLICATION,
  REPEAL_VERB,
  SELF,
  TRIAL_TITLE,
  VALIDITY_EXTENDED,
  VALIDITY_PERIOD,
  VALIDITY_RANGE,
  VALIDITY_UNTIL,
} from './patterns.ts';

/** The sentence as the patterns see it: extraction's spaces (`有效期 5 年`, `9 号`) out. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The sentences of a paragraph, each with its end mark; a semicolon does not end one (its subject runs on). */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？]+(?:[。！？]+|$)/gu) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** Whether the text speaks of itself before `end` (本办法…), so that what follows is about it. */
function aboutItself(s: string, end: number): boolean {
  return SELF.test(s.slice(0, end));
}

/** 施行日期: 自2017年5月1日起施行, or 自发布之日起施行 — only where the text speaks of itself (本办法…). */
export function readEffective(sentence: string): EffectiveStatement | undefined {
  const s = compact(sentence);
  const published = EFFECTIVE_ON_PUBLICATION.exec(s);
  if (published && aboutItself(s, published.index + published[0].length)) {
    return { on: 'publication', text: published[0].replace(SELF, ''), verb: published.groups!.verb! };
  }
  const day = EFFECTIVE_ON_DAY.exec(s);
  const date = day && isoDate(day[0]);
  if (day && date && aboutItself(s, day.index + day[0].length)) {
    return { on: 'date', date, text: day[0], verb: day.groups!.verb! };
  }
  return undefined;
}

const DIGITS = '〇一二三四五六七八九';

/** 5, 二, 两, 十, 十二 → the number. */
export function countValue(count: string): number {
  if (/^\d+$/.test(count)) return Number(count);
  const digit = (ch: string | undefined) => (ch === '两' ? 2 : ch === undefined ? 0 : DIGITS.indexOf(ch));
  const ten = count.indexOf('十');
  if (ten < 0) return digit(count);
  return (ten === 0 ? 1 : digit(count[ten - 1])) * 10 + digit(count[ten + 1]);
}

/**
 * 有效期: a period (有效期5年) or a last day (有效期至2026年8月31日), where the text speaks of itself
 * or the sentence starts with it (本办法自…起施行。有效期3年。). 本批名单有效期为2年 is a list's.
 */
export function readValidity(sentence: string): ValidityStatement | undefined {
  const s = compact(sentence).replace(ARTICLE_MARK, '');
  const own = (m: RegExpExecArray) => m.index === 0 || aboutItself(s, m.index);
  const range = VALIDITY_RANGE.exec(s);
  if (range && own(range)) {
    const days = [...range[0].matchAll(new RegExp(DATE.source, 'gu'))].map((m) => isoDate(m[0]));
    const until = days[1];
    if (until) return { until, text: range[0] };
  }
  const until = VALIDITY_UNTIL.exec(s);
  const untilDay = until && isoDate(until[0]);
  if (until && untilDay && own(until)) return { until: untilDay, text: until[0] };
  const period = VALIDITY_PERIOD.exec(s);
  if (period && own(period)) {
    const n = countValue(period.groups!.count!);
    if (n <= 0) return undefined;
    return period.groups!.unit === '年' ? { years: n, text: period[0] } : { months: n, text: period[0] };
  }
  return undefined;
}

/** Clauses of a compact sentence: split at ，；：, but not inside 《》 (a title may hold a comma). */
function clausesOf(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:。！？]/u.test(ch)) {
      if (i > start) out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/**
 * The documents a stretch of text names, in order: a 《title》 directly followed by its number in
 * brackets is one document; a reference right after 根据/依据/按照 is what the clause relies on, not
 * what it acts on.
 */
export function documentsIn(text: string): NamedDocument[] {
  const refs = findReferences(text);
  const docs: NamedDocument[] = [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    if (BASIS.test(text.slice(0, ref.start))) continue;
    const next = refs[i + 1];
    const gap = next ? text.slice(ref.end, next.start) : '';
    if (ref.kind === 'title' && next?.kind === 'number' && /^[（(]?$/u.test(gap)) {
      const close = /^[)）]/u.test(text.slice(next.end)) && gap !== '' ? 1 : 0;
      docs.push({ text: text.slice(ref.start, next.end + close), title: ref.key, docNumber: next.key });
      i++;
    } else if (ref.kind === 'title') {
      docs.push({ text: text.slice(ref.start, ref.end), title: ref.key });
    } else {
      docs.push({ text: text.slice(ref.start, ref.end), docNumber: ref.key });
    }
  }
  return docs;
}

/** When the sentence dates its repeal: 本通知发布之日起 (publication) or 自2018年1月1日起. */
function repealDay(s: string): Pick<RepealStatement, 'on' | 'date'> {
  if (REPEAL_ON_PUBLICATION.test(s)) return { on: 'publication' };
  const day = REPEAL_ON_DAY.exec(s);
  const date = day ? isoDate(day[0]) : undefined;
  return date ? { on: 'date', date } : {};
}

/**
 * Repeals: 《…》（西科文〔2012〕9号）同时废止, 原《…》不再执行, 现决定对《…》予以废止, and a list of
 * documents over several clauses closed by `，同时废止`. A verb with no document named (应当尽快废止)
 * is no repeal.
 */
export function readRepeals(sentence: string): RepealStatement[] {
  const s = compact(sentence);
  const clauses = clausesOf(s);
  const out: RepealStatement[] = [];
  clauses.forEach((clause, at) => {
    for (const verb of clause.matchAll(REPEAL_VERB)) {
      const before = clause.slice(0, verb.index);
      let documents = documentsIn(before);
      if (documents.length === 0 && REPEAL_FIRST.test(before)) documents = documentsIn(clause.slice(verb.index));
      if (documents.length === 0 && BARE_REPEAL.test(clause)) {
        for (let i = at - 1; i >= 0; i--) {
          const named = documentsIn(clauses[i]!);
          if (named.length === 0) break;
          documents = [...named, ...documents];
        }
      }
      if (documents.length > 0) out.push({ documents, verb: verb[0], ...repealDay(s) });
    }
  });
  return out;
}

/** 以本办法为准 after a clause on differing rules: the sentence as printed, else undefined. */
export function readPrevails(sentence: string): string | undefined {
  return PREVAILS.test(compact(sentence)) ? sentence.trim() : undefined;
}

/** 《…》…有效期延长至2026年11月1日: the documents named before it, each extended to that day. */
export function readExtensions(sentence: string): ExtensionStatement[] {
  const s = compact(sentence);
  const m = VALIDITY_EXTENDED.exec(s);
  const until = m ? isoDate(m[0]) : undefined;
  if (!m || !until) return [];
  return documentsIn(s.slice(0, m.index)).map((document) => ({ document, until }));
}

/**
 * On trial by its own title: （试行）, (试行) or 暂行 outside 《》, or inside the 《》 of what a 印发
 * notice issues (关于印发《…（试行）》的通知) — another document's title (关于延长《…暂行规定》有效期的
 * 通知) says nothing of this one.
 */
export function isTrialTitle(title: string): boolean {
  const own = title.replace(/《[^《》]*》/gu, (named, at: number) =>
    ISSUES_NAMED.test(title.slice(0, at)) ? named : '',
  );
  return TRIAL_TITLE.test(compact(own));
}
