import type { Block, GazetteIssueRef, Line, Notice, NoticeDraft } from '../model.ts';
import { blankNotice } from './blank-notice.ts';
import { joinCjk } from '../text/spacing.ts';
import type { ParseContext } from './context.ts';
import { parseInlines } from './inlines.ts';
import { rebuildParagraphs } from '../layout/paragraphs.ts';
import { spanOf } from '../text/lines.ts';

const MONTH = /^(\d{1,2})月$/;

/** A dated entry starts with its day (`3日，`, `5日—8日，`); a month heading stands alone. */
const ENTRY_START = /^(?:\d{1,2}日|\d{1,2}月$)/u;

/**
 * The lines cut where a new entry or month starts, so that an entry printed without its closing
 * mark is never joined to the next (paragraph rebuilding would take it for a page-cut paragraph).
 */
function runsAtEntries(lines: readonly Line[]): Line[][] {
  const runs: Line[][] = [];
  for (const line of lines) {
    if (runs.length === 0 || ENTRY_START.test(line.text)) runs.push([]);
    runs[runs.length - 1]!.push(line);
  }
  return runs;
}

/** The 大事记: a title, month headings, and one paragraph per dated entry. */
export function buildChronicle(draft: NoticeDraft, ctx: ParseContext, issue: GazetteIssueRef, order: number): Notice {
  const [titleLine, ...rest] = draft.lines.filter((l) => l.text !== '');
  const title = joinCjk(titleLine?.text ?? '大事记');
  const body: Block[] = [];
  const year = /(\d{4})/.exec(title)?.[1];
  for (const p of runsAtEntries(rest).flatMap((run) => rebuildParagraphs(run, ctx.geometry))) {
    const month = MONTH.exec(p.text);
    const span = spanOf(ctx.file, p.lines);
    if (month) {
      body.push({ type: 'heading', depth: 2, id: `m${month[1]}`, inlines: [{ type: 'text', value: p.text }], span });
    } else {
      body.push({ type: 'paragraph', inlines: parseInlines(p.text), span });
    }
  }
  const source = spanOf(
    ctx.file,
    draft.lines.filter((l) => l.text !== ''),
  );
  const notice = blankNotice('chronicle', source, issue, order, { title, ...(year ? { genre: '大事记' } : {}) });
  notice.body = body;
  return notice;
}
