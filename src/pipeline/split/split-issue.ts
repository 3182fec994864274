import type { Line, NoticeDraft } from '../model.ts';

export type { NoticeDraft } from '../model.ts';
import { nextTextLine } from '../text/lines.ts';
import { CHRONICLE_TITLE, CONTENTS_TITLE, DOC_NUMBER_LINE, MASTHEAD_LINE } from '../grammar/patterns.ts';

export interface SplitIssue {
  /** Cover and 目录 lines of the issue (not part of any notice). */
  front: Line[];
  drafts: NoticeDraft[];
}

/**
 * A notice begins at its 版头 when a 发文字号 follows within a few lines. Anchoring on the
 * pair, not on either alone, keeps a 版头-like sentence or a cited number from splitting.
 */
function isNoticeStart(lines: readonly Line[], k: number): boolean {
  if (!MASTHEAD_LINE.test(lines[k]!.text)) return false;
  let seen = 0;
  for (let j = k + 1; j < lines.length && seen < 3; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    if (DOC_NUMBER_LINE.test(t)) return true;
    // A 版头 printed twice: the notice starts at the second one.
    if (MASTHEAD_LINE.test(t)) return false;
    seen++;
  }
  return false;
}

/** Lines of a printed 目录: an entry ends with its page number after a tab or spaces. */
function isContentsEntry(line: Line): boolean {
  return /[\t ]\d{1,4}$/.test(line.raw.trimEnd()) || /\t\d{1,4}$/.test(line.text);
}

/** Whether the text before the first notice is the issue's cover and 目录, not a notice. */
function isFrontMatter(front: readonly Line[]): boolean {
  if (front.some((l) => CONTENTS_TITLE.test(l.text))) return true;
  // A cover is names and titles; a notice's text has sentences.
  return !front.some((l) => /[。；，]/u.test(l.text));
}

/** Splits an issue's lines into its front matter and one draft per notice (plus the chronicle). */
export function splitIssue(lines: readonly Line[]): SplitIssue {
  const starts: { index: number; kind: 'notice' | 'chronicle' }[] = [];
  let inContents = false;
  lines.forEach((line, k) => {
    if (CONTENTS_TITLE.test(line.text)) inContents = true;
    if (isNoticeStart(lines, k)) {
      inContents = false;
      starts.push({ index: k, kind: 'notice' });
    } else if (CHRONICLE_TITLE.test(line.text) && !(inContents && isContentsEntry(line))) {
      starts.push({ index: k, kind: 'chronicle' });
    }
  });
  const firstStart = starts[0]?.index ?? lines.length;
  const before = lines.slice(0, firstStart);
  const drafts: NoticeDraft[] = [];
  let front: Line[] = [];
  if (before.some((l) => l.text !== '')) {
    if (isFrontMatter(before)) front = before;
    else drafts.push({ kind: 'notice', lines: before, hasHeader: false });
  }
  starts.forEach((s, i) => {
    const end = starts[i + 1]?.index ?? lines.length;
    drafts.push({ kind: s.kind, lines: lines.slice(s.index, end), hasHeader: s.kind === 'notice' });
  });
  return { front, drafts };
}
