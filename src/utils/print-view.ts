/**
 * Helpers for printing a notice the way a 公文 is printed (GB/T 9704-2012); see docs/print.md.
 * Pure functions of rendered HTML strings and the frontmatter; no Astro imports.
 *
 * - `colophonLines` / `printColophon`: the 版记 as printed has 抄送 above a thin rule and
 *   印发机关 (left) with 印发日期 (right) below it. The pipeline gives the 版记 as the source's
 *   lines; when those lines say exactly what the frontmatter says, the page prints a
 *   structured 版记 instead of the lines.
 */
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import { cnDate } from './notice-view.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, character references decoded. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : ref;
    }
    return ENTITIES[name.toLowerCase()] ?? ref;
  });
}

/** The lines of the pipeline's 版记 (`div.gw-colophon > p`) in rendered HTML; [] when there is none. */
export function colophonLines(html: string): string[] {
  const block = /<div class="gw-colophon"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!block) return [];
  return Array.from(block[1]!.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g), (m) => htmlText(m[1]!).trim());
}

export interface PrintColophon {
  /** 抄送 items, one printed line each (the source breaks after each `。`), without the label. */
  cc: string[];
  printer?: string;
  /** `2017年2月20日印发`. */
  printed?: string;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '').replace(/[:：]/g, '：');

/**
 * The structured 版记 for print, when the pipeline's lines hold exactly 抄送 + 印发机关 +
 * 印发日期 of the frontmatter (nothing more, nothing less); otherwise undefined and the
 * lines print as they are.
 */
export function printColophon(
  lines: readonly string[],
  data: Pick<NoticeFrontmatter, 'cc' | 'printer' | 'printedDate'>,
): PrintColophon | undefined {
  if (lines.length === 0 || (!data.printer && !data.printedDate)) return undefined;
  const printed = data.printedDate ? `${cnDate(data.printedDate)}印发` : undefined;
  const expected = `${data.cc ? `抄送：${data.cc}` : ''}${data.printer ?? ''}${printed ?? ''}`;
  if (squash(lines.join('')) !== squash(expected)) return undefined;
  const cc = data.cc ? (data.cc.match(/[^。]+(?:。|$)/g) ?? [data.cc]).map((s) => s.trim()).filter(Boolean) : [];
  return { cc, printer: data.printer, printed };
}
