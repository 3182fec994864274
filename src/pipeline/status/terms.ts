/**
 * What a notice's texts say about their force: its 正文 and each document it issues, read
 * sentence by sentence from the paragraphs of the model (after references are resolved).
 * Attachments are not read: they are forms, lists and tables, not the text that takes effect.
 */
import type { Block, Inline, LegalTerms, NamedDocument, Notice } from '../model.ts';
import { findReferences } from '../references/find.ts';
import { inlineText } from '../structure/inlines.ts';
import {
  isTrialTitle,
  readEffective,
  readExtensions,
  readPrevails,
  readRepeals,
  readValidity,
  sentencesOf,
} from './read.ts';

/** The notice a link goes to: `/notices/<slug>/…`, or the notice itself for a link within the page (`#wb`). */
function slugOfHref(href: string, self: string): string | undefined {
  if (href.startsWith('#')) return self;
  return /^\/notices\/([^/#?]+)\//u.exec(href)?.[1];
}

/** The references of a paragraph that are links, by their normalized key (number or title). */
function linksOf(inlines: readonly Inline[], self: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const inline of inlines) {
    if (inline.type !== 'ref' || !inline.href) continue;
    const slug = slugOfHref(inline.href, self);
    const key = findReferences(inline.value)[0]?.key;
    if (slug && key) links.set(key, slug);
  }
  return links;
}

/**
 * The notice a named document is, as the references stage linked it: by its number first, as the
 * references stage does (a title followed by another number names another document).
 */
function located(doc: NamedDocument, links: Map<string, string>): NamedDocument {
  const slug = doc.docNumber ? links.get(doc.docNumber) : doc.title ? links.get(doc.title) : undefined;
  return slug ? { ...doc, slug } : doc;
}

function readScope(scope: string, part: string, title: string, blocks: readonly Block[], self: string): LegalTerms {
  const terms: LegalTerms = { scope, trial: false, repeals: [], extensions: [], sentences: [] };
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    const links = linksOf(block.inlines, self);
    for (const sentence of sentencesOf(inlineText(block.inlines))) {
      const effective = readEffective(sentence);
      const validity = readValidity(sentence);
      const repeals = readRepeals(sentence).map((r) => ({
        ...r,
        documents: r.documents.map((d) => located(d, links)),
      }));
      const prevails = readPrevails(sentence);
      const extensions = readExtensions(sentence).map((x) => ({ ...x, document: located(x.document, links) }));
      if (!effective && !validity && repeals.length === 0 && !prevails && extensions.length === 0) continue;
      // The first statement of each kind is the text's; a later one restates or qualifies it.
      terms.effective ??= effective;
      terms.validity ??= validity;
      terms.prevails ??= prevails;
      terms.repeals.push(...repeals);
      terms.extensions.push(...extensions);
      terms.sentences.push({ text: sentence, part });
    }
  }
  terms.trial = isTrialTitle(title) || terms.effective?.verb === '试行';
  return terms;
}

/** The terms of the 正文 (`zw`) and of each issued document (its id), in print order. */
export function readTerms(notice: Notice): LegalTerms[] {
  return [
    readScope('zw', '正文', notice.meta.title, notice.body, notice.slug),
    ...notice.issued.map((doc) => readScope(doc.id, doc.title, doc.title, doc.blocks, notice.slug)),
  ];
}

/**
 * A 印发 notice and the document it issues take effect as one text: what the 正文 says comes first,
 * what the issued document says fills in the rest (its 施行日期 and 有效期 are the notice's).
 */
export function mergeTerms(scopes: readonly LegalTerms[]): LegalTerms {
  const merged: LegalTerms = { scope: 'zw', trial: false, repeals: [], extensions: [], sentences: [] };
  for (const terms of scopes) {
    merged.effective ??= terms.effective;
    merged.validity ??= terms.validity;
    merged.prevails ??= terms.prevails;
    merged.trial ||= terms.trial;
    merged.repeals.push(...terms.repeals);
    merged.extensions.push(...terms.extensions);
    merged.sentences.push(...terms.sentences);
  }
  return merged;
}
