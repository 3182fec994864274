import type { Block, Notice, Warning } from '../model.ts';
import { inlineText } from '../structure/inlines.ts';
import { noticeBlocks } from '../structure/notice-blocks.ts';

export interface NoticeStats {
  slug: string;
  title: string;
  chars: number;
  paragraphs: number;
  headings: number;
  attachments: number;
  tables: number;
  warnings: number;
}

/** Characters, not UTF-16 units: a rare Han character outside the BMP (𠮷) is one. */
const charCount = (s: string) => [...s].length;

function blockChars(b: Block): number {
  if (b.type === 'table')
    return charCount([b.caption ?? '', ...[...b.head, ...b.body].flat().map((c) => c.text)].join(''));
  return charCount(inlineText(b.inlines));
}

export function statsOf(n: Notice): NoticeStats {
  const blocks = noticeBlocks(n);
  return {
    slug: n.slug,
    title: n.meta.title,
    chars: blocks.reduce((s, b) => s + blockChars(b), 0),
    paragraphs: blocks.filter((b) => b.type === 'paragraph').length,
    headings: blocks.filter((b) => b.type === 'heading').length,
    attachments: n.attachments.length,
    tables: blocks.filter((b) => b.type === 'table').length,
    warnings: n.warnings.length,
  };
}

export function countLinks(notices: readonly Notice[]): number {
  let links = 0;
  for (const b of notices.flatMap(noticeBlocks)) {
    if (b.type !== 'table') links += b.inlines.filter((i) => i.type === 'ref' && i.href).length;
  }
  return links;
}

/** Tables by shape, and how many had to be degraded: `spaces 3, rotated 4 (degraded 4)`. */
export function tableShapes(notices: readonly Notice[]): string {
  const tables = notices.flatMap(noticeBlocks).filter((b) => b.type === 'table');
  const byShape = new Map<string, { n: number; degraded: number }>();
  for (const t of tables) {
    const s = byShape.get(t.shape) ?? { n: 0, degraded: 0 };
    s.n++;
    if (t.degraded) s.degraded++;
    byShape.set(t.shape, s);
  }
  return [...byShape].map(([shape, s]) => `${shape} ${s.n}${s.degraded ? ` (degraded ${s.degraded})` : ''}`).join(', ');
}

/** The short report the build prints: totals, one line per notice, then each warning. */
export function formatReport(files: number, notices: readonly Notice[], warnings: readonly Warning[]): string {
  const stats = notices.map(statsOf);
  const tables = stats.reduce((s, x) => s + x.tables, 0);
  const lines = [
    `gazette build: ${files} files, ${notices.length} notices, ${tables} tables, ${countLinks(notices)} links, ${warnings.length} warnings`,
    ...(tables > 0 ? [`  tables by shape: ${tableShapes(notices)}`] : []),
    '  chars  paras  heads  atts  tables  warns  notice',
    ...stats.map(
      (s) =>
        `  ${String(s.chars).padStart(5)}  ${String(s.paragraphs).padStart(5)}  ${String(s.headings).padStart(5)}  ${String(s.attachments).padStart(4)}  ${String(s.tables).padStart(6)}  ${String(s.warnings).padStart(5)}  ${s.slug}`,
    ),
    ...warnings.map((w) => `  warning: ${w.file}:${w.line}: ${w.message}${w.notice ? ` (${w.notice})` : ''}`),
  ];
  return lines.join('\n');
}
