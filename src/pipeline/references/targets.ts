import type { Notice } from '../model.ts';
import { normalizeTitle } from './find.ts';

/** Where a reference can point: a notice page, or a section of it. */
export interface Target {
  slug: string;
  /** Fragment id within the notice page, for an issued plan or an attachment. */
  fragment?: string;
  title: string;
  docNumber?: string;
  /** For a shortened title: the place names its full title opens with (北京市西城区). */
  places?: string;
}

export interface TargetIndex {
  byNumber: Map<string, Target>;
  byTitle: Map<string, Target>;
  /**
   * The same titles without the place names they open with (北京市, 北京市西城区): 公文 cite a
   * document of their own region by its title so shortened (`《西城区土壤污染防治工作方案》` for
   * 北京市西城区土壤污染防治工作方案). A title that still opens with a place name is another
   * government's (`《北京市2013-2017年清洁空气行动计划》` is the city's, not 北京市西城区's).
   */
  byShortTitle: Map<string, Target>;
}

/** A place name a title opens with: a province, city, district or county (one or two levels). */
const PLACE = /^\p{Script=Han}{1,8}?(?:省|自治区|市|自治州|州|盟|区|县|旗)/u;

/** The titles a title is also cited by, without its leading place names level by level, with the names left out. */
export function shortTitles(title: string): { short: string; places: string }[] {
  const out: { short: string; places: string }[] = [];
  let rest = title;
  for (let level = 0; level < 2; level++) {
    const place = PLACE.exec(rest)?.[0];
    if (!place || place.length >= rest.length - 2) break;
    rest = rest.slice(place.length);
    out.push({ short: rest, places: title.slice(0, title.length - rest.length) });
  }
  return out;
}

/**
 * The place name a text ends with, right before a 《title》: `依据北京市《…》` names the city's
 * document. A shortened title then resolves only if these are the very places left out.
 */
export function placeBefore(text: string): string | undefined {
  return /\p{Script=Han}{1,8}?(?:省|自治区|市|自治州|州|盟|区|县|旗)$/u.exec(text)?.[0];
}

/**
 * Every document of the gazette by its number and by its exact titles: the notice's own
 * title, the title of the plan it issues (a 印发 notice answers to that title too) and the
 * titles of its attachments.
 */
export function buildTargets(notices: readonly Notice[]): TargetIndex {
  const byNumber = new Map<string, Target>();
  const byTitle = new Map<string, Target>();
  const byShortTitle = new Map<string, Target>();
  // Two documents with one title: a reference cannot tell them apart, so it links neither.
  const put = (map: Map<string, Target>, key: string, target: Target) => {
    if (map.has(key) && map.get(key)!.slug !== target.slug) map.set(key, { slug: '', title: target.title });
    else if (!map.has(key)) map.set(key, target);
  };
  const add = (title: string | undefined, target: Target) => {
    if (!title) return;
    put(byTitle, normalizeTitle(title), target);
    for (const { short, places } of shortTitles(normalizeTitle(title))) put(byShortTitle, short, { ...target, places });
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
  for (const map of [byTitle, byShortTitle]) for (const [key, t] of map) if (t.slug === '') map.delete(key);
  return { byNumber, byTitle, byShortTitle };
}
