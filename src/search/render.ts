/**
 * A search hit as a list item of the results (DOM). Excerpts are data (excerpt.ts) turned into
 * text nodes and <mark> elements: nothing from the index is ever parsed as HTML.
 */
import type { ExcerptPart, Hit, HitDetail } from './engine.ts';
import { cnDate } from './messages.ts';
import { sitePath } from '../utils/url.ts';

function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** A same-site path from a Pagefind URL: never another origin or scheme (`javascript:`). */
export function safeHref(url: string, origin: string): string {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? parsed.pathname + parsed.search + parsed.hash : '/';
  } catch {
    return '/';
  }
}

/** A result's link: the index names pages by route (`/notices/x/#id`); the base path goes in front. */
function resultHref(url: string): string {
  return sitePath(safeHref(url, location.origin));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

/** `index` numbers the result links for the keyboard (page.ts) and "show more" focus. */
export function renderHit(hit: Hit, detail: HitDetail, index: number): HTMLLIElement {
  const item = element('li', 'search-hit');
  item.dataset.slug = hit.slug;
  const heading = element('h2');
  const link = element('a');
  link.href = resultHref(hit.url);
  link.textContent = hit.title;
  link.dataset.resultLink = String(index);
  heading.append(link);
  item.append(heading);

  const details = [hit.docNumber, cnDate(hit.date)].filter((x): x is string => Boolean(x));
  if (details.length > 0) {
    const meta = element('p', 'search-hit-meta');
    details.forEach((text, i) => {
      const span = element('span', i === 0 && hit.docNumber ? 'search-hit-docnumber' : undefined);
      span.textContent = text;
      meta.append(span);
    });
    item.append(meta);
  }
  // The notice's 有效性 (src/pipeline/status), as the lists show it.
  const status = hit.filters['有效性']?.[0];
  if (status) {
    const badge = element('span', 'legal-badge');
    badge.dataset.status = status;
    badge.textContent = status;
    heading.append(' ', badge);
  }

  if (detail.excerpt.length > 0) {
    const excerpt = element('p', 'search-hit-excerpt');
    excerpt.append(...excerptNodes(detail.excerpt));
    item.append(excerpt);
  }

  if (detail.subResults.length > 0) {
    const list = element('ul', 'search-hit-subs');
    list.setAttribute('aria-label', `“${hit.title}”中的出处`);
    for (const sub of detail.subResults) {
      const li = element('li');
      const a = element('a');
      a.href = resultHref(sub.url);
      a.textContent = sub.title;
      li.append(a);
      if (sub.excerpt.length > 0) {
        const text = element('span', 'search-hit-sub-excerpt');
        text.append(...excerptNodes(sub.excerpt));
        li.append(text);
      }
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
