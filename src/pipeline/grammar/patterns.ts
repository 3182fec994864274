/**
 * The textual shapes of a 公文's parts (GB/T 9704-2012), as regular expressions over
 * normalized line text (extraction spaces already removed). Shared by split and structure.
 */

/** 发文字号: 代字〔年〕序号号, e.g. 西政办发〔2017〕14号. Brackets vary in extractions. */
export const DOC_NUMBER = /([\p{Script=Han}]{1,10}?)[〔［\[（(](\d{4})[〕］\])）](\d{1,4})号/u;
export const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER.source}$`, 'u');

/** 发文机关标志: an agency name followed by 文件, on a line of its own. */
export const MASTHEAD_LINE = /^[\p{Script=Han}（）()]{4,40}文件$/u;

/** A Chinese date as printed, e.g. 2017年2月15日. */
export const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
export const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** 发文机关署名: an agency name on its own line (followed by the 成文日期). */
export const SIGNATURE_LINE =
  /^[\p{Script=Han}（）()]{2,40}(人民政府|办公室|办公厅|委员会|局|办|部|处|中心|指挥部|小组)$/u;

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
  '函',
] as const;

/**
 * Openings that start a new block whatever came before: a heading number (第一章, 一、, （一）, 1.,
 * （1）) or a 附件 line. `1.5` and `1、2` inside a sentence are no heading (the `(?!\d)`).
 */
export const BLOCK_START =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|附\s*件)/u;
