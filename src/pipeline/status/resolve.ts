/**
 * 有效性 of every notice on one day: its own terms (terms.ts), what the other notices of the
 * gazette say of it (repeals, extensions), and the day. The day is a parameter, never the clock,
 * so a test can ask for any day and two builds for one day agree.
 */
import type { LegalStatus, LegalStatusLabel, LegalTerms, Notice, RelatedNotice } from '../model.ts';
import { lastDayOf } from './dates.ts';
import { mergeTerms, readTerms } from './terms.ts';

/** Every 有效性, in the order the build report counts them. */
export const LEGAL_STATUS_ORDER: readonly LegalStatusLabel[] = ['有效', '尚未施行', '已失效', '已废止', '未标注有效期'];

/** The day a notice is published: 印发日期, else 成文日期 (自发布之日起 and 自印发之日起 both mean it). */
export function publicationDay(notice: Notice): string | undefined {
  return notice.meta.printedDate ?? notice.meta.signedDate;
}

/** 施行日期: the stated day, or the publication day for 自发布之日起; undefined when the text is silent. */
export function effectiveDay(terms: LegalTerms, published: string | undefined): string | undefined {
  if (terms.effective?.on === 'date') return terms.effective.date;
  if (terms.effective?.on === 'publication') return published;
  return undefined;
}

/** The last day by its own 有效期: stated, or counted from the 施行日期 (none without one). */
export function ownLastDay(terms: LegalTerms, effective: string | undefined): string | undefined {
  const validity = terms.validity;
  if (!validity) return undefined;
  if (validity.until) return validity.until;
  return effective ? lastDayOf(effective, validity) : undefined;
}

export interface StatusFacts {
  published?: string;
  effective?: string;
  validUntil?: string;
  /** For each repeal by a notice of the gazette published by then: the day it takes effect, if known. */
  repealedOn: (string | undefined)[];
}

/**
 * 已废止 once a repeal has taken effect (a repeal of unknown day, from the day its notice is out);
 * 尚未施行 before it is published or takes effect; then by its last day 已失效 or 有效; a text that
 * states no last day is 未标注有效期 — in force once, perhaps, but nothing on the page says still.
 */
export function statusOn(day: string, facts: StatusFacts): LegalStatusLabel {
  if (facts.repealedOn.some((on) => on === undefined || on <= day)) return '已废止';
  if ((facts.published && day < facts.published) || (facts.effective && day < facts.effective)) return '尚未施行';
  if (facts.validUntil) return day > facts.validUntil ? '已失效' : '有效';
  return '未标注有效期';
}

/** schema.org's legislationLegalForce; nothing for 未标注有效期, which must not claim either. */
export function legalForce(status: LegalStatusLabel): LegalStatus['force'] {
  if (status === '有效') return 'InForce';
  if (status === '未标注有效期') return undefined;
  return 'NotInForce';
}

function related(notice: Notice): RelatedNotice {
  return {
    slug: notice.slug,
    title: notice.meta.title,
    ...(notice.meta.docNumber ? { docNumber: notice.meta.docNumber.text } : {}),
  };
}

interface Read {
  notice: Notice;
  terms: LegalTerms;
  published?: string;
  effective?: string;
}

/** The day a repeal takes effect: as its sentence dates it, else with the repealing text (同时废止). */
function repealDay(repeal: LegalTerms['repeals'][number], by: Read): string | undefined {
  if (repeal.on === 'date') return repeal.date;
  if (repeal.on === 'publication') return by.published;
  return by.effective;
}

/**
 * The status of every notice (not the 大事记, which is no rule) on `day`, by slug. A relation is
 * counted only from a notice published by `day`: on an earlier day the repeal was not yet written.
 */
export function legalStatuses(notices: readonly Notice[], day: string): Map<string, LegalStatus> {
  const reads: Read[] = notices
    .filter((n) => n.kind === 'notice')
    .map((notice) => {
      const terms = mergeTerms(readTerms(notice));
      const published = publicationDay(notice);
      return { notice, terms, published, effective: effectiveDay(terms, published) };
    });
  const out = (r: Read) => r.published === undefined || r.published <= day;

  const repealedBy = new Map<string, (RelatedNotice & { date?: string })[]>();
  const extendedBy = new Map<string, (RelatedNotice & { until: string })[]>();
  for (const r of reads) {
    if (!out(r)) continue;
    for (const repeal of r.terms.repeals) {
      const date = repealDay(repeal, r);
      for (const doc of repeal.documents) {
        if (!doc.slug || doc.slug === r.notice.slug) continue;
        const list = repealedBy.get(doc.slug) ?? [];
        if (!list.some((x) => x.slug === r.notice.slug)) list.push({ ...related(r.notice), ...(date ? { date } : {}) });
        repealedBy.set(doc.slug, list);
      }
    }
    for (const x of r.terms.extensions) {
      if (!x.document.slug) continue;
      const list = extendedBy.get(x.document.slug) ?? [];
      list.push({ ...related(r.notice), until: x.until });
      extendedBy.set(x.document.slug, list);
    }
  }

  const statuses = new Map<string, LegalStatus>();
  for (const r of reads) {
    const slug = r.notice.slug;
    const by = repealedBy.get(slug) ?? [];
    const extensions = extendedBy.get(slug) ?? [];
    const own = ownLastDay(r.terms, r.effective);
    // An extension moves the last day later; it never shortens a period.
    const validUntil = [own, ...extensions.map((x) => x.until)]
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    const status = statusOn(day, {
      published: r.published,
      effective: r.effective,
      validUntil,
      repealedOn: by.map((x) => x.date),
    });
    const force = legalForce(status);
    statuses.set(slug, {
      status,
      ...(force ? { force } : {}),
      asOf: day,
      ...(r.effective ? { effective: r.effective } : {}),
      ...(r.terms.effective ? { effectiveText: r.terms.effective.text } : {}),
      ...(r.terms.validity ? { validity: r.terms.validity.text } : {}),
      ...(validUntil ? { validUntil } : {}),
      trial: r.terms.trial,
      repeals: r.terms.repeals.flatMap((repeal) =>
        repeal.documents.map((doc) => {
          const date = repealDay(repeal, r);
          return { ...doc, verb: repeal.verb, ...(date ? { date } : {}) };
        }),
      ),
      repealedBy: by,
      extends: r.terms.extensions.map((x) => ({ ...x.document, until: x.until })),
      extendedBy: extensions.filter((x) => x.slug !== slug),
      ...(r.terms.prevails ? { prevails: r.terms.prevails } : {}),
      sentences: r.terms.sentences,
    });
  }
  return statuses;
}

/** The build report's line: `有效性 on 2026-05-01: 有效 0, 尚未施行 0, …` (every status, even at 0). */
export function statusCounts(statuses: ReadonlyMap<string, LegalStatus>, day: string): string {
  const counts = LEGAL_STATUS_ORDER.map((label) => {
    const n = [...statuses.values()].filter((s) => s.status === label).length;
    return `${label} ${n}`;
  });
  return `有效性 on ${day}: ${counts.join(', ')}`;
}
