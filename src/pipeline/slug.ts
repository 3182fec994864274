import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { Notice, Warning } from './model.ts';

/**
 * URL slugs. A notice's URL comes from its 发文字号, never from its position:
 * 西政办发〔2017〕14号 → xzbf-2017-14 (pinyin initials of the 机关代字, year, serial).
 * Without a number: wh-<印发日期>-<hash of the title> (wh = 无号); the chronicle: dsj-<year>.
 */
export function agencyCode(agency: string): string {
  const initials = pinyin(agency, { pattern: 'first', toneType: 'none', type: 'array' }) as string[];
  const code = initials
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return code || shortHash(agency);
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

export function slugForNotice(notice: Pick<Notice, 'kind' | 'meta'>): string {
  const { meta } = notice;
  if (notice.kind === 'chronicle') {
    const year = /(\d{4})/.exec(meta.title)?.[1];
    return year ? `dsj-${year}` : `dsj-${shortHash(meta.title)}`;
  }
  if (meta.docNumber) return `${agencyCode(meta.docNumber.agency)}-${meta.docNumber.year}-${meta.docNumber.serial}`;
  const date = meta.printedDate ?? meta.signedDate ?? 'undated';
  return `wh-${date}-${shortHash(meta.title)}`;
}

/**
 * The one place a notice gets its URL: after every file is parsed, so that two notices with one
 * number (a reprint, a typo) get distinct URLs (`-2`, `-3` in reading order), with a warning.
 */
export function assignSlugs(notices: readonly Notice[], warnings: Warning[]): void {
  const seen = new Map<string, number>();
  for (const n of notices) {
    const base = slugForNotice(n);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    n.slug = count === 1 ? base : `${base}-${count}`;
    if (count > 1) {
      warnings.push({
        file: n.source.file,
        line: n.source.line,
        notice: n.meta.title,
        message: `duplicate URL ${base}; published as ${n.slug}`,
      });
    }
  }
}
