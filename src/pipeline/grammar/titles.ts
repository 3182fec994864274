/**
 * What a 标题 looks like (GB/T 9704 7.3.2: 发文机关名称, 事由, 文种): a phrase with no sentence in
 * it, ending with its 文种 word, perhaps followed by a parenthesis (（试行）, （2016-2022年）).
 */
import { BRACKETED_TAIL, GENRES, TITLE_ENDS } from './patterns.ts';

/** Longest title line: a printed title line holds at most a line of the page (and web copies one title). */
export const MAX_TITLE_LINE = 40;
/** Longest title, all lines together (the longest in the seeds and the corpus are about 60). */
export const MAX_TITLE = 80;
/** How many lines a title may take: GB/T 9704 prints 标题 on one or more lines, in practice at most four. */
export const MAX_TITLE_LINES = 5;
/** A tail a title may end with after its 文种 word: （试行）, （2016-2022年）. */
export const PARENTHESIS_TAIL = /^[（(][^（）()]{1,20}[)）]$/u;

/**
 * Longest first paragraph that can be an attachment's or an issued plan's own title. Shorter than
 * MAX_TITLE because nothing vouches for it (no 版头 or number above it): the first paragraph of
 * an attachment is as often a line of text, and own titles in the seeds and the corpus stay
 * under 50 characters.
 */
export const MAX_OWN_TITLE = 60;

/** A short phrase with no sentence in it: what a title looks like (commas allowed: 关于…、…，…的意见). */
export function isTitlePhrase(text: string): boolean {
  return [...text].length <= MAX_TITLE && !/[。；：:;]/u.test(text);
}

/**
 * What the first paragraph of an attachment or an issued plan is when it is the document's own
 * title: a title phrase of at most MAX_OWN_TITLE characters that is not a heading (一、, （一）).
 */
export function isOwnTitlePhrase(text: string): boolean {
  return (
    [...text].length <= MAX_OWN_TITLE &&
    isTitlePhrase(text) &&
    !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十\d]{1,2}[)）]/u.test(text)
  );
}

/** Titles of notices that issue or pass on another document (印发, 转发 …): a text follows their signature. */
export const ISSUING = /印发|转发|发布|公布|颁布|批转/u;

/** 文种 of a title: the genre word it ends with (通知 for a 印发…的通知). */
export function genreOf(title: string): string | undefined {
  const t = title.replace(BRACKETED_TAIL, '');
  return GENRES.find((g) => t.endsWith(g));
}

/** Whether a title is complete: it ends with a 文种 or another title word, perhaps then a parenthesis. */
export function endsLikeTitle(text: string): boolean {
  const t = text.replace(BRACKETED_TAIL, '');
  return TITLE_ENDS.some((w) => t.endsWith(w));
}
