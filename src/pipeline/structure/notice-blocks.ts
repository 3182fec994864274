import type { Block, Notice } from '../model.ts';

/** Every block of a notice's text parts in print order: 正文, issued plans, attachments. */
export function noticeBlocks(n: Pick<Notice, 'body' | 'issued' | 'attachments'>): Block[] {
  return [...n.body, ...n.issued.flatMap((d) => d.blocks), ...n.attachments.flatMap((a) => a.blocks)];
}
