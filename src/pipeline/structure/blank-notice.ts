import type { GazetteIssueRef, Notice, NoticeMeta, SourceSpan } from '../model.ts';

/** A notice with every part empty; builders and tests fill in what they know. */
export function blankNotice(
  kind: Notice['kind'],
  source: SourceSpan,
  issue: GazetteIssueRef,
  order: number,
  meta: NoticeMeta,
): Notice {
  return {
    kind,
    slug: '',
    source,
    issue,
    order,
    meta,
    body: [],
    attachmentNote: [],
    attachmentNoteLines: [],
    head: [],
    signature: [],
    partLines: {},
    issued: [],
    attachments: [],
    colophon: [],
    notes: [],
    warnings: [],
  };
}
