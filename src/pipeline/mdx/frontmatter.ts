import type { NoticeFrontmatter } from '../../schemas/notice.ts';
import type { Block, GazetteIssue, LegalStatus, Notice } from '../model.ts';
import { inlineText } from '../structure/inlines.ts';

function headings(blocks: readonly Block[]): NoticeFrontmatter['toc'] {
  return blocks.flatMap((b) =>
    b.type === 'heading' ? [{ id: b.id, text: inlineText(b.inlines), depth: b.depth }] : [],
  );
}

/** The table of contents: 正文 headings, each issued plan and its headings, each attachment. */
function tocOf(notice: Notice): NoticeFrontmatter['toc'] {
  const toc = headings(notice.body);
  for (const doc of notice.issued) {
    if (doc.title) toc.push({ id: `${doc.id}-title`, text: doc.title, depth: 2 });
    toc.push(...headings(doc.blocks));
  }
  for (const att of notice.attachments) {
    toc.push({ id: att.id, text: att.title ? `${att.label} ${att.title}` : att.label, depth: 2 });
  }
  return toc;
}

/**
 * Frontmatter of a notice page; undefined values are left out, not written as null. `legal` is
 * the notice's 有效性 from the status stage (none for the 大事记).
 */
export function frontmatterOf(
  notice: Notice,
  issue: GazetteIssue,
  refs: Pick<NoticeFrontmatter, 'cites' | 'citedBy'> = { cites: [], citedBy: [] },
  legal?: LegalStatus,
): NoticeFrontmatter {
  const m = notice.meta;
  const fm: NoticeFrontmatter = {
    slug: notice.slug,
    kind: notice.kind,
    title: m.title,
    issue: { id: issue.id, title: issue.title, file: issue.file },
    order: notice.order,
    attachments: notice.attachments.map((a) => ({ id: a.id, label: a.label, ...(a.title ? { title: a.title } : {}) })),
    toc: tocOf(notice),
    notes: notice.notes,
    cites: refs.cites.map(({ text, href, docNumber, title }) => ({
      text,
      ...(href ? { href } : {}),
      ...(docNumber ? { docNumber } : {}),
      ...(title ? { title } : {}),
    })),
    citedBy: refs.citedBy,
    source: {
      file: notice.source.file,
      line: notice.source.line,
      endLine: notice.source.endLine ?? notice.source.line,
    },
  };
  const optional = {
    docNumber: m.docNumber?.text,
    masthead: m.masthead,
    genre: m.genre,
    recipients: m.recipients,
    issuer: m.issuer,
    signedDate: m.signedDate,
    printer: m.printer,
    printedDate: m.printedDate,
    cc: m.cc,
    pages: m.pages,
    legal,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (fm as Record<string, unknown>)[k] = v;
  return fm;
}
