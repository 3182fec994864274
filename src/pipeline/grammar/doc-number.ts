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
 * Words that stand before a number in running text (按照西政办发〔2017〕7号, 和国发…) and
 * that no 机关代字 starts with; the regular expression cannot tell where the code begins.
 */
const LEAD_WORDS = [
  '按照',
  '根据',
  '依据',
  '参照',
  '执行',
  '落实',
  '贯彻',
  '关于',
  '印发',
  '转发',
  '及其',
  '以及',
  '文件',
  '精神',
  '和',
  '及',
  '与',
  '或',
  '的',
  '按',
  '据',
  '见',
  '即',
  '为',
  '是',
  '以',
  '将',
  '经',
  '由',
  '在',
  '对',
  '同',
  '等',
  '号',
  '之',
];

/**
 * Trims what the match took from before the 机关代字: a title's end (`…的实施意见西政发〔2017〕22号`
 * in a 目录) or a word of the sentence. The code starts after the last such word.
 */
function trimTitleTail(agency: string): string {
  for (let j = agency.length - 1; j > 0; j--) {
    if (GENRES.some((g) => agency.slice(0, j).endsWith(g))) return agency.slice(j);
  }
  let code = agency;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of LEAD_WORDS) {
      if (code.startsWith(w) && code.length - w.length >= 2) {
        code = code.slice(w.length);
        changed = true;
      }
    }
  }
  return code;
}

/**
 * 发文机关 from a 版头: 北京市西城区人民政府办公室文件 → 北京市西城区人民政府办公室, 北京市人民政府令 →
 * 北京市人民政府; agencies of a joint 版头 joined with 、. A 纪要's 版头 names the meeting, not an
 * agency: none.
 */
export function issuerFromMasthead(masthead: string): string | undefined {
  if (/纪要$/.test(masthead)) return undefined;
  return masthead
    .replace(/(?:文件|令)$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .join('、');
}
