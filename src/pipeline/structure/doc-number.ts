import type { DocNumber } from '../model.ts';
import { DOC_NUMBER, GENRES } from './patterns.ts';

/** Parses a 发文字号 anywhere in a text (spaces ignored) into its normalized form. */
export function parseDocNumber(text: string): DocNumber | undefined {
  const m = DOC_NUMBER.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const agency = trimTitleTail(m[1]!);
  const year = Number(m[2]);
  const serial = Number(m[3]);
  return { agency, year, serial, text: `${agency}〔${year}〕${serial}号` };
}

/**
 * A number printed right after a title (`…的实施意见西政发〔2017〕22号` in a 目录) matches
 * with the title's tail in front of the 机关代字; the code starts after the 文种 word.
 */
function trimTitleTail(agency: string): string {
  for (let j = agency.length - 1; j > 0; j--) {
    if (GENRES.some((g) => agency.slice(0, j).endsWith(g)) || /[的之]$/.test(agency.slice(0, j))) return agency.slice(j);
  }
  return agency;
}

/** 文种 of a title: the genre word it ends with (通知 for a 印发…的通知). */
export function genreOf(title: string): string | undefined {
  const t = title.replace(/[（(][^（()）]*[)）]$/u, '');
  return GENRES.find((g) => t.endsWith(g));
}

/** 发文机关 from a 版头 (北京市西城区人民政府办公室文件 → 北京市西城区人民政府办公室). */
export function issuerFromMasthead(masthead: string): string {
  return masthead.replace(/文件$/, '');
}
