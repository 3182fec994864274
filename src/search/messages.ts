/**
 * What the search page says: the status line (also announced by the polite live region), the
 * notice above the results when the search was read as words or can be widened, and the
 * document title. Pure, so that every sentence is unit-tested.
 */
import type { SearchResponse } from './engine.ts';
import type { State } from './url-state.ts';

export const SITE_NAME = '北京市西城区人民政府公报';

type Answer = Pick<SearchResponse, 'normalized' | 'hits' | 'mode' | 'terms' | 'split' | 'wider'>;

const quoted = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join('');

/** What was looked for, as the status line names it: each term as typed (a phrase without its quotes). */
function lookedFor(response: Answer): string {
  const terms = response.terms;
  const shown = quoted(terms.map((t) => t.shown));
  const converted = terms.filter((t) => t.convertedFrom).map((t) => t.convertedFrom!);
  const note = converted.length > 0 ? `（${quoted(converted)}按简体字查找）` : '';
  return `${terms.length > 1 ? '同时含' : '含'}${shown}${note}`;
}

/** The status line after a search, `pageSize` being the results shown at first. */
export function statusText(response: Answer, state: State, pageSize: number): string {
  const total = response.hits.length;
  const filtered = Object.values(state.filters).some(Boolean);
  const scope = filtered ? '（已筛选）' : '';
  if (!response.normalized) {
    return filtered ? `按筛选条件共 ${total} 篇公文。` : '输入关键词搜索全部公文。';
  }
  const prefix = response.mode === 'words' ? `没有完全匹配${quoted(response.split!.map((s) => s.typed))}的公文；` : '';
  if (total === 0) return `${prefix}未找到${lookedFor(response)}的公文${scope}。`;
  const shownNote = total > pageSize ? `，先显示 ${pageSize} 篇` : '';
  return `${prefix}找到 ${total} 篇${lookedFor(response)}的公文${scope}${shownNote}。`;
}

/** A line above the results, with a link to another search. */
export interface Notice {
  text: string;
  link?: { text: string; query: string };
}

/**
 * Above the results: when the query was read as words, that it was, with a link back to the
 * phrase as typed (in quotes, so it is not read as words again); when an unspaced query matched
 * and its words occur together in more notices, a link to those.
 */
export function noticeOf(response: Answer): Notice | undefined {
  if (response.mode === 'words' && response.split) {
    const typed = response.split.map((s) => s.typed);
    const words = response.terms.map((t) => t.shown).join('、');
    return {
      text: `没有完全匹配${quoted(typed)}的公文；以下公文同时包含：${words}`,
      link: { text: `只查完全匹配${quoted(typed)}的公文`, query: typed.map((t) => `"${t}"`).join(' ') },
    };
  }
  if (response.wider) {
    const words = response.wider.words;
    return {
      text: '不要求连在一起时：',
      link: { text: `同时包含 ${words.join('、')} 的公文共 ${response.wider.count} 篇`, query: words.join(' ') },
    };
  }
  return undefined;
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
