/**
 * The search page's keyboard path: ↓ from the box to the first result, ↑ ↓ between results (from
 * a sub-result link to the next or previous result), Home/End, Esc from a result back to the box,
 * Esc in the box clears it, `/` focuses the box from anywhere but a form field. Enter opens a
 * result because results are real links.
 */

/** Where focus is among the results: result `index` (-1: none), on its own link or inside it. */
export interface ResultPosition {
  index: number;
  onLink: boolean;
}

function positionOf(links: readonly HTMLAnchorElement[], focused: Element | null): ResultPosition {
  const at = links.indexOf(focused as HTMLAnchorElement);
  if (at >= 0 || !focused) return { index: at, onLink: at >= 0 };
  return { index: links.findIndex((l) => l.closest('li.search-hit')?.contains(focused)), onLink: false };
}

/**
 * Where ↓ ↑ Home End move focus among `count` results: a result's index, `box` (the search box)
 * or nowhere. ↑ from inside a result (a sub-result link) goes to that result's own link first.
 */
export function keyTarget(key: string, at: ResultPosition, count: number): number | 'box' | undefined {
  const within = (i: number) => (i >= 0 && i < count ? i : undefined);
  if (key === 'ArrowDown') return within(at.index + 1);
  if (key === 'ArrowUp') {
    const from = at.onLink ? at.index : at.index + 1;
    return from <= 0 ? 'box' : within(from - 1);
  }
  if (key === 'Home') return within(0);
  if (key === 'End') return within(count - 1);
  return undefined;
}

/** `escapeInBox` runs on Esc in the box, after the browser's own clearing is prevented. */
export function bindSearchKeys(input: HTMLInputElement, list: HTMLElement, escapeInBox: () => void): void {
  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  const focusBox = () => {
    input.focus();
    input.select();
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      // The browser clears a type=search box on Esc too; the page does it, for all browsers, with the URL.
      event.preventDefault();
      escapeInBox();
    }
  });

  list.addEventListener('keydown', (event) => {
    if (!list.contains(document.activeElement)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      focusBox();
      return;
    }
    const links = resultLinks();
    const target = keyTarget(event.key, positionOf(links, document.activeElement), links.length);
    if (target === undefined) return;
    event.preventDefault();
    if (target === 'box') focusBox();
    else links[target]!.focus();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && /^(input|select|textarea)$/i.test(target.tagName)) return;
    event.preventDefault();
    focusBox();
  });
}
