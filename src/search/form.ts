/**
 * The search form of the search page (src/pages/search.astro): the box, one select per filter
 * key and the sort, read into a State and set from one.
 */
import type { FilterCounts } from './engine.ts';
import { sortOrder, type State } from './url-state.ts';

export interface SearchForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** Filter key → its select. */
  filters: Map<string, HTMLSelectElement>;
}

export function findSearchForm(root: ParentNode): SearchForm {
  return {
    form: root.querySelector<HTMLFormElement>('[data-search-form]')!,
    input: root.querySelector<HTMLInputElement>('[data-search-input]')!,
    sort: root.querySelector<HTMLSelectElement>('[data-sort]')!,
    filters: new Map(
      [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((s) => [s.dataset.filter!, s]),
    ),
  };
}

export function formState(f: SearchForm): State {
  const filters: Partial<Record<string, string>> = {};
  for (const [key, select] of f.filters) if (select.value) filters[key] = select.value;
  return { query: f.input.value, filters, sort: sortOrder(f.sort.value) };
}

/** A filter value the select does not offer yet (from a link) is added, so that it shows. */
export function setFormState(f: SearchForm, state: State): void {
  f.input.value = state.query;
  f.sort.value = state.sort;
  for (const [key, select] of f.filters) {
    const want = state.filters[key] ?? '';
    if (want && ![...select.options].some((o) => o.value === want)) select.append(new Option(want, want));
    select.value = want;
  }
}

/**
 * Fills each filter's options: every value of the index (`totals`), in Chinese collation order,
 * with the number of the query's hits beside it (`counts`); the selected value stays selected.
 */
export function fillFilters(f: SearchForm, counts: FilterCounts, totals: FilterCounts, selected: State['filters']) {
  for (const [key, select] of f.filters) {
    const values = Object.keys(totals[key] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const want = selected[key] ?? '';
    if (want && !values.includes(want)) values.push(want);
    select.replaceChildren(new Option('全部', ''));
    for (const value of values) {
      const n = counts[key]?.[value] ?? 0;
      const option = new Option(`${value}（${n}）`, value);
      option.dataset.count = String(n);
      select.append(option);
    }
    select.value = want;
  }
}
