import type { Notice } from '../model.ts';
import { linkNotice, type Citation } from './link.ts';
import { buildTargets } from './targets.ts';

export type { Citation };

export interface CitedBy {
  slug: string;
  title: string;
  docNumber?: string;
}

export interface References {
  cites: Map<string, Citation[]>;
  citedBy: Map<string, CitedBy[]>;
}

/**
 * Resolves the references of all notices against each other. Inline links and the
 * 本文引用 / 引用本文 panels come from this one pass, so they cannot disagree.
 */
export function resolveReferences(notices: readonly Notice[]): References {
  const index = buildTargets(notices);
  const cites = new Map<string, Citation[]>();
  const citedBy = new Map<string, CitedBy[]>();
  for (const n of notices) cites.set(n.slug, linkNotice(n, index));
  for (const n of notices) {
    for (const c of cites.get(n.slug) ?? []) {
      if (!c.slug) continue;
      const list = citedBy.get(c.slug) ?? [];
      if (!list.some((x) => x.slug === n.slug)) {
        list.push({
          slug: n.slug,
          title: n.meta.title,
          ...(n.meta.docNumber ? { docNumber: n.meta.docNumber.text } : {}),
        });
      }
      citedBy.set(c.slug, list);
    }
  }
  return { cites, citedBy };
}
