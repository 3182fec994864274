import type { Block, GazetteIssueRef, Notice, NoticeDraft } from '../model.ts';
import { blankNotice } from './blank-notice.ts';
import { joinCjk } from '../text/spacing.ts';
import type { ParseContext } from './context.ts';
import { parseInlines } from './inlines.ts';
import { rebuildParagraphs } from '../layout/paragraphs.ts';
import { spanOf } from '../text/lines.ts';

const MONTH = /^(\d{1,2})月$/;

/** The 大事记: a title, month headings, and one paragraph per dated entry. */
export function buildChronicle(draft: NoticeDraft, ctx: ParseContext, issue: GazetteIssueRef, order: number): Notice {
  const [titleLine, ...rest] = draft.lines.filter((l) => l.text !== '');
  const title = joinCjk(titleLine?.text ?? '大事记');
  const body: Block[] = [];
  const year = /(\d{4})/.exec(title)?.[1];
  for (const p of rebuildParagraphs(rest, ctx.geometry)) {
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
