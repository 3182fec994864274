/**
 * What the search page says: the status line (also announced by the polite live region) and the
 * document title. Pure, so that every sentence is unit-tested.
 */
import type { SearchResponse } from './engine.ts';
import type { State } from './url-state.ts';

export const SITE_NAME = '北京市西城区人民政府公报';

/** The status line after a search, `pageSize` being the results shown at first. */
export function statusText(response: Pick<SearchResponse, 'normalized' | 'hits'>, state: State, pageSize: number) {
  const total = response.hits.length;
  const filtered = Object.values(state.filters).some(Boolean);
  const scope = filtered ? '（已筛选）' : '';
  if (!response.normalized) {
    return filtered ? `按筛选条件共 ${total} 篇公文。` : '输入关键词搜索全部公文。';
  }
  const q = state.query.trim();
  if (total === 0) return `未找到含“${q}”的公文${scope}。`;
  const shownNote = total > pageSize ? `，先显示 ${pageSize} 篇` : '';
  return `找到 ${total} 篇含“${q}”的公文${scope}${shownNote}。`;
}

export function searchingText(query: string): string {
  return `正在搜索“${query.trim()}”……`;
}

export const LOAD_FAILED_TEXT = '搜索索引未能加载，请稍后再试，或从公文目录浏览。';

export function documentTitle(query: string): string {
  const q = query.trim();
  return q ? `“${q}”的搜索结果 - ${SITE_NAME}` : `搜索 - ${SITE_NAME}`;
}

/** The label of the "show more" button. */
export function moreText(shown: number, total: number, pageSize: number): string {
  return `再显示 ${Math.min(pageSize, total - shown)} 篇（共 ${total} 篇）`;
}

/** A date as the page prints it: `2017-03-05` → `2017年3月5日`. */
export function cnDate(iso: string | undefined): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : undefined;
}
