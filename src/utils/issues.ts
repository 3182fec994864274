/**
 * Gazette issues for the pages: the period an issue covers, and its printed 目录.
 *
 * The notices' frontmatter names their issue (`issue.id`, `issue.title`) but not the issue's
 * printed 目录 (table of contents with page numbers). The pipeline writes that to
 * `content/report.json` (`issues[].contents`); `readIssueContents()` reads it at build time with
 * node:fs, from the same `content/` folder the collection in src/content.config.ts loads.
 * When the pipeline puts the 目录 page into the frontmatter, this file is the one place to change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import { oneLine } from './notice-view.ts';

export interface ContentsEntry {
  title: string;
  number?: string;
  page?: number;
}

export interface IssueInfo {
  id: string;
  title: string;
  file: string;
  /** The printed 目录, in printed order; empty when the issue has none in the source. */
  contents: ContentsEntry[];
}

export const REPORT_PATH = 'content/report.json';

function isContentsEntry(value: unknown): value is ContentsEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.title === 'string' &&
    (entry.number === undefined || typeof entry.number === 'string') &&
    (entry.page === undefined || (typeof entry.page === 'number' && Number.isInteger(entry.page)))
  );
}

/** The issues of content/report.json by id. Throws when the file is missing or not in the expected shape. */
export function readIssues(path = resolve(process.cwd(), REPORT_PATH)): Map<string, IssueInfo> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run content\` (part of \`npm run build\`).`);
  const report = JSON.parse(readFileSync(path, 'utf8')) as { issues?: unknown };
  if (!Array.isArray(report.issues)) throw new Error(`${path}: no "issues" array`);
  const issues = new Map<string, IssueInfo>();
  for (const raw of report.issues as Record<string, unknown>[]) {
    const { id, title, file, contents } = raw;
    if (typeof id !== 'string' || typeof title !== 'string' || typeof file !== 'string') {
      throw new Error(`${path}: an issue without id, title or file`);
    }
    if (!Array.isArray(contents) || !contents.every(isContentsEntry)) {
      throw new Error(`${path}: issue ${id} has no valid "contents" list`);
    }
    issues.set(id, { id, title, file, contents });
  }
  return issues;
}

const squash = (text: string) => oneLine(text).replace(/\s+/g, '');

/**
 * The printed 目录 entry of a notice: the one with its 发文字号, else (no number, e.g. the 大事记)
 * the one whose title is the notice's title.
 */
export function contentsEntryOf(
  contents: readonly ContentsEntry[],
  data: NoticeFrontmatter,
): ContentsEntry | undefined {
  if (data.docNumber) {
    const byNumber = contents.find((entry) => entry.number && squash(entry.number) === squash(data.docNumber!));
    if (byNumber) return byNumber;
  }
  const title = squash(data.title);
  return contents.find((entry) => squash(entry.title) === title);
}

/** 目录 entries that name no notice of the issue (none, when the parser found every one). */
export function unmatchedContents(
  contents: readonly ContentsEntry[],
  notices: readonly NoticeFrontmatter[],
): ContentsEntry[] {
  const matched = new Set(notices.map((data) => contentsEntryOf(contents, data)).filter(Boolean));
  return contents.filter((entry) => !matched.has(entry));
}

export interface PrintedPages {
  first: number;
  /** Known from the page numbers printed in the notice; absent when only the 目录 gives its first page. */
  last?: number;
  source: 'pages' | 'contents';
}

/** The printed pages of a notice: the frontmatter `pages`, else its first page from the issue's 目录. */
export function printedPages(data: NoticeFrontmatter, contents: readonly ContentsEntry[]): PrintedPages | undefined {
  if (data.pages) return { first: data.pages.first, last: data.pages.last, source: 'pages' };
  const page = contentsEntryOf(contents, data)?.page;
  return page === undefined ? undefined : { first: page, source: 'contents' };
}

/** `第 4—20 页`, `第 21 页`, or `第 19 页起` when only the first page is known. */
export function printedPagesLabel(pages: PrintedPages): string {
  if (pages.last === undefined) return `第 ${pages.first} 页起`;
  return pages.first === pages.last ? `第 ${pages.first} 页` : `第 ${pages.first}—${pages.last} 页`;
}

export interface IssuePeriod {
  /** `2017-01` */
  from: string;
  /** `2017-06` */
  to: string;
  /** `2017年1月` */
  fromLabel: string;
  /** `6月` (same year as `from`), `2018年1月`; equal to fromLabel for a one-month issue. */
  toLabel: string;
  /** `2017年1月—6月`, `2017年9月—2018年1月`, `2017年5月` */
  label: string;
}

/** The period an issue covers, from its id (`2017-01--2017-06`); undefined for an id of another shape. */
export function issuePeriod(id: string): IssuePeriod | undefined {
  const match = /^(\d{4})-(\d{2})--(\d{4})-(\d{2})$/.exec(id);
  if (!match) return undefined;
  const [, y1, m1, y2, m2] = match as unknown as [string, string, string, string, string];
  const from = `${y1}-${m1}`;
  const to = `${y2}-${m2}`;
  const fromLabel = `${y1}年${Number(m1)}月`;
  if (from === to) return { from, to, fromLabel, toLabel: fromLabel, label: fromLabel };
  const toLabel = y1 === y2 ? `${Number(m2)}月` : `${y2}年${Number(m2)}月`;
  return { from, to, fromLabel, toLabel, label: `${fromLabel}—${toLabel}` };
}
