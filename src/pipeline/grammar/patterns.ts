/**
 * The textual shapes of a 公文's parts (GB/T 9704-2012), as regular expressions over
 * normalized line text (extraction spaces already removed). Shared by split and structure.
 */

/**
 * Year brackets as extractions and typists give them: 〔〕 (the standard's), ［］ [] （） () ﹝﹞ 【】
 * 〖〗. Character-class bodies, for building patterns (the search folds widths first and uses them too).
 */
export const YEAR_OPEN = '〔［\\[（(﹝【〖';
export const YEAR_CLOSE = '〕］\\])）﹞】〗';

/**
 * 发文字号: 代字〔年〕序号号 — 西政办发〔2017〕14号, 国办发明电〔2018〕15号, 沪建综规〔2025〕449号.
 * Groups: 机关代字 (the match may take words before it; grammar/doc-number.ts trims them), year, serial.
 */
export const DOC_NUMBER = new RegExp(
  `([\\p{Script=Han}]{1,10}?)[${YEAR_OPEN}](\\d{4})[${YEAR_CLOSE}]第?(\\d{1,4})号`,
  'u',
);
/** A 发文字号 on a line of its own: bare, in parentheses (as gazettes reprint it), or with the 签发人. */
export const DOC_NUMBER_LINE = new RegExp(
  `^[（(]?${DOC_NUMBER.source}[)）]?(?:\\s*签发人[：:]\\s*([\\p{Script=Han}\\s、，,]{2,40}))?$`,
  'u',
);

/** 命令格式: the order's 发文机关标志 (北京市人民政府令) and its number line (第285号). */
export const ORDER_MASTHEAD_LINE = /^[\p{Script=Han}]{2,30}令$/u;
export const ORDER_NUMBER_LINE = /^第\s*([\d一二三四五六七八九十百零〇]{1,6})\s*号$/u;

/** 纪要格式: …纪要 and its number line (第12期, 〔2018〕12号). */
export const MINUTES_MASTHEAD_LINE = /^[\p{Script=Han}]{2,30}纪要$/u;
export const MINUTES_NUMBER_LINE =
  /^(?:第\s*\d{1,4}\s*期|[〔［\[（(﹝]?\d{4}[〕］\])）﹞]?\s*第?\s*\d{1,4}\s*[期号])$/u;

/** 发文机关标志 of the 文件格式: an agency name (or several, joint) followed by 文件, on a line of its own. */
export const MASTHEAD_LINE = /^[\p{Script=Han}（）()\s]{2,60}文件$/u;

/**
 * Ends of agency names (发文机关, 署名, 印发机关): 国务院, …人民政府, …办公厅, …委员会, …局 ….
 * A line that is such a name and nothing else names an agency.
 */
export const AGENCY_END =
  '(?:人民政府|政府|办公厅|办公室|委员会|委|部|厅|局|署|院|会|行|办|处|所|中心|指挥部|组|总队|支队|公司|集团)';
export const AGENCY_LINE = new RegExp(`^(?:国务院|(?:中共)?[\\p{Script=Han}（）()]{1,40}${AGENCY_END})$`, 'u');

/** Digits of dates as printed: Arabic, or Chinese numerals (二〇一八年二月十一日). */
const CN_NUMERAL = '〇零一二三四五六七八九十';
/** A Chinese date as printed, e.g. 2017年2月15日 or 二〇〇四年九月二十三日. */
export const DATE = new RegExp(
  `(\\d{4}|[${CN_NUMERAL}○]{4})\\s*年\\s*(\\d{1,2}|[${CN_NUMERAL}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN_NUMERAL}]{1,3})\\s*日`,
  'u',
);
export const DATE_LINE = new RegExp(`^${DATE.source}$`, 'u');

/** 发文机关署名: an agency name on its own line (followed by the 成文日期). */
export const SIGNATURE_LINE = AGENCY_LINE;

/**
 * 附注 (GB/T 9704 7.3.7): a note in parentheses on the line under the 成文日期, e.g.
 * `（此件公开发布）`, `（联系人：张三；电话：12345678）`.
 */
export const REMARK_LINE = /^[（(][^（）()]{2,80}[)）]$/u;

/** 版记: 抄送 line, and the 印发 line (机关 and 日期, possibly on two lines). */
export const CC_LINE = /^抄\s*送\s*[：:]/;
export const PRINTED_LINE = /^(.*?)\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*印\s*发$/u;

/** A 附件 label on a line of its own: 附件, 附件1, 附件 2, 西政办发〔2017〕13号附件1. */
export const ATTACHMENT_LABEL =
  /^(?:[\p{Script=Han}]{1,10}[〔［\[（(]\d{4}[〕］\])）]\d{1,4}号)?附\s*件\s*([0-9一二三四五六七八九十]{0,3})$/u;

/** 附件说明: `附件：1. …`. */
export const ATTACHMENT_NOTE = /^附\s*件\s*[：:]\s*(.*)$/u;

/** The 大事记 (chronicle) of an issue: a short line ending with 大事记. */
export const CHRONICLE_TITLE = /^[\p{Script=Han}\d]{0,16}大事记$/u;

/** 目录 heading of an issue's front matter. */
export const CONTENTS_TITLE = /^目\s*录$/u;

/** 文种 words a title ends with, longest first. */
export const GENRES = [
  '实施意见',
  '指导意见',
  '实施细则',
  '实施方案',
  '实施办法',
  '工作方案',
  '通知',
  '通报',
  '意见',
  '办法',
  '决定',
  '规定',
  '批复',
  '报告',
  '公告',
  '通告',
  '命令',
  '议案',
  '纪要',
  '方案',
  '规划',
  '计划',
  '细则',
  '规则',
  '制度',
  '条例',
  '请示',
  '答复',
  '决议',
  '函',
] as const;

/**
 * Words a title of an attachment or an issued document may end with besides a 文种 (名单,
 * 清单, 一览表 …): where a title printed over lines is complete.
 */
export const TITLE_ENDS = [
  ...GENRES,
  '名单',
  '清单',
  '目录',
  '一览表',
  '表',
  '标准',
  '指引',
  '指南',
  '要点',
  '规程',
  '章程',
  '守则',
  '分工',
  '安排',
] as const;

/**
 * An article's number and its caption in brackets, alone on the line (`第十八条（用地预审与
 * 选址意见书、用地规划许可证）`): local regulations caption every article so, and the article's
 * text starts on the next line.
 */
export const ARTICLE_CAPTION_LINE = /^第[一二三四五六七八九十百零〇\d]+条\s*[（(][^（）()。；]{1,40}[)）]$/u;

/**
 * Openings that start a new block whatever came before: a heading number (第一章, 一、, （一）, 1.,
 * （1）) or a 附件 line. `1.5` and `1、2` inside a sentence are no heading (the `(?!\d)`).
 */
export const BLOCK_START =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|附\s*件)/u;

/** A bracketed note closing a text, opened in it: `（5件）`, `（试行）`, `（2016-2022年）`. */
export const BRACKETED_TAIL = /[（(][^（）()]*[)）]$/u;
