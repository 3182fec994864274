import type { Notice } from '../model.ts';
import { normalizeTitle } from './find.ts';

/** Where a reference can point: a notice page, or a section of it. */
export interface Target {
  slug: string;
  /** Fragment id within the notice page, for an issued plan or an attachment. */
  fragment?: string;
  title: string;
  docNumber?: string;
}

export interface TargetIndex {
  byNumber: Map<string, Target>;
  byTitle: Map<string, Target>;
}

/**
 * Every document of the gazette by its number and by its exact titles: the notice's own
 * title, the title of the plan it issues (a 印发 notice answers to that title too) and the
 * titles of its attachments.
 */
export function buildTargets(notices: readonly Notice[]): TargetIndex {
  const byNumber = new Map<string, Target>();
  const byTitle = new Map<string, Target>();
  const add = (title: string | undefined, target: Target) => {
    if (!title) return;
    const key = normalizeTitle(title);
    // Two documents with one title: a reference cannot tell them apart, so it links neither.
    if (byTitle.has(key) && byTitle.get(key)!.slug !== target.slug) byTitle.set(key, { slug: '', title });
    else if (!byTitle.has(key)) byTitle.set(key, target);
  };
  for (const n of notices) {
    if (n.kind !== 'notice') continue;
    const base = {
      slug: n.slug,
      title: n.meta.title,
      ...(n.meta.docNumber ? { docNumber: n.meta.docNumber.text } : {}),
    };
    if (n.meta.docNumber) byNumber.set(n.meta.docNumber.text, base);
    add(n.meta.title, base);
    for (const d of n.issued) add(d.title, { ...base, fragment: d.id });
    for (const a of n.attachments) add(a.title, { ...base, fragment: a.id });
  }
  for (const [key, t] of byTitle) if (t.slug === '') byTitle.delete(key);
  return { byNumber, byTitle };
}
