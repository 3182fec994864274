/**
 * Which pages can hold a normalized query, and how to get them from Pagefind: the first half of
 * a search (the engine then reads each candidate and keeps those that contain the query).
 *
 * A query that starts with a letter or digit, or holds a 发文字号, takes the pages that have
 * them from the runs file (runs.ts: Pagefind only knows word starts, and a 发文字号's pieces are
 * on every notice), narrowed by Pagefind for the rest of the query when there are many. Other
 * queries are sent to Pagefind as chosen by query.ts; a query with nothing to send (a single
 * character) reads every page.
 */
import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { pagefindQuery, type Segmenter } from './query.ts';
import { leadingRun, lookupTokens, pagesWithRun, type RunsFile } from './runs.ts';

/**
 * Up to this many pages from the runs file are read without asking Pagefind to narrow them:
 * narrowing first downloads up to MAX_TERMS index chunks of about 35 kB (query.ts), which is what
 * reading about six fragments of about 12 kB costs, so below eight it does not pay.
 */
export const DIRECT_MAX = 8;

export interface Plan {
  route: 'index' | 'runs' | 'scan';
  /** What to send to pagefind.search(); null lists every page (without reading any). */
  sent: string | null;
  /** Only these pages (hashes) can hold the query. */
  only?: Set<string>;
}

export interface PlanOptions {
  /** The runs file, loaded on first use. */
  runs: () => Promise<RunsFile>;
  segmenter: Segmenter;
  directMax?: number;
}

export async function planQuery(normalized: string, options: PlanOptions): Promise<Plan> {
  const tokens = lookupTokens(normalized);
  if (tokens.length > 0) {
    const file = await options.runs();
    let only = pagesWithRun(file, tokens[0]!);
    for (const token of tokens.slice(1)) {
      const more = pagesWithRun(file, token);
      only = new Set([...only].filter((hash) => more.has(hash)));
    }
    // What Pagefind can check is what follows a leading run (a 发文字号 is indexed as words).
    const lead = leadingRun(normalized);
    const rest = lead ? normalized.slice(lead.length) : normalized;
    const direct = only.size <= (options.directMax ?? DIRECT_MAX) || !rest;
    return { route: 'runs', sent: direct ? null : pagefindQuery(rest, options.segmenter), only };
  }
  const sent = pagefindQuery(normalized, options.segmenter);
  return sent === null ? { route: 'scan', sent: null } : { route: 'index', sent };
}

/** The candidates of a plan, in Pagefind's order (not read yet). */
export async function candidatesOf(
  pagefind: PagefindApi,
  plan: Plan,
  searchOptions: PagefindSearchOptions,
): Promise<PagefindResult[]> {
  const only = plan.only;
  if (only && only.size === 0) return [];
  const response = await pagefind.search(plan.sent, searchOptions);
  const results = response?.results ?? [];
  return only ? results.filter((r) => only.has(r.id)) : results;
}
