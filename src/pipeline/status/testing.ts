/**
 * Notices for the status tests: a number, a title, dates and paragraphs of plain text (issued
 * documents too), with references resolved across them as the build does before this stage.
 */
import type { Block, Notice } from '../model.ts';
import { resolveReferences } from '../references/index.ts';
import { blankNotice } from '../structure/blank-notice.ts';

const span = { file: 't.txt', line: 1 };

const paragraphs = (texts: readonly string[]): Block[] =>
  texts.map((value) => ({ type: 'paragraph', inlines: [{ type: 'text', value }], span }));

export interface Made {
  slug: string;
  number?: string;
  title: string;
  signed?: string;
  printed?: string;
  body?: string[];
  issued?: { title: string; body: string[] }[];
  kind?: Notice['kind'];
}

export function makeNotice(m: Made): Notice {
  const [, agency, year, serial] = m.number ? /^(.+)〔(\d+)〕(\d+)号$/u.exec(m.number)! : [];
  return {
    ...blankNotice(m.kind ?? 'notice', span, { id: 'i', file: 't.txt' }, 0, {
      title: m.title,
      ...(m.number
        ? { docNumber: { agency: agency!, year: Number(year), serial: Number(serial), text: m.number } }
        : {}),
      ...(m.signed ? { signedDate: m.signed } : {}),
      ...(m.printed ? { printedDate: m.printed } : {}),
    }),
    slug: m.slug,
    body: paragraphs(m.body ?? []),
    issued: (m.issued ?? []).map((d, i) => ({
      id: i === 0 ? 'wb' : `wb-${i + 1}`,
      title: d.title,
      blocks: paragraphs(d.body),
      span,
    })),
  };
}

/** The notices, their references linked to each other as the references stage leaves them. */
export function gazetteOf(made: readonly Made[]): Notice[] {
  const notices = made.map(makeNotice);
  resolveReferences(notices);
  return notices;
}
