/**
 * The sentences a 公文 uses to say when it applies, for how long, and what it replaces. Each is
 * matched on a sentence with its whitespace taken out (extraction puts spaces around digits:
 * `有效期 5 年`), so no pattern allows for spaces.
 */
import { DATE, TITLE_ENDS } from '../grammar/patterns.ts';

const DAY = DATE.source;

/**
 * The text speaking of itself: 本 + a word a title ends with (本办法, 本意见, 本通知, 本清单). Only
 * such a sentence is about this text; 本市, 本区 or 本批名单 name something else.
 */
const SELF_WORDS = [...TITLE_ENDS].sort((a, b) => b.length - a.length).join('|');
export const SELF = new RegExp(`本(?:${SELF_WORDS})`, 'u');

/** Verbs of taking effect; 试行 also says the text is on trial. */
const TAKES_EFFECT = '(?<verb>施行|实施|试行|执行|生效)';

/** 自2017年5月1日起施行, 自2017年5月10日开始试行, 于2020年6月1日起实施: a stated first day. */
export const EFFECTIVE_ON_DAY = new RegExp(`[自从于]?${DAY}(?:起|开始)(?:正式)?${TAKES_EFFECT}`, 'u');

/**
 * 自发布之日起施行, 自印发之日起实施, 本办法自公布之日起施行: the day it is published, which the
 * gazette records as the 印发日期 (else the 成文日期).
 */
export const EFFECTIVE_ON_PUBLICATION = new RegExp(
  `自?(?:${SELF.source})?(?:发布|印发|公布|颁布|下发|签发)之日起(?:正式)?${TAKES_EFFECT}`,
  'u',
);

/** Chinese numerals a period is counted in (有效期二年, 两年); 十 and 十二 as well. */
const COUNT = '\\d{1,3}|[一二两三四五六七八九十]{1,3}';

/** 有效期5年, 有效期为2年, 有效期二年, 有效期三个月: a period from the 施行日期. */
export const VALIDITY_PERIOD = new RegExp(`有效期(?:为|是)?(?<count>${COUNT})(?<unit>年|个月)`, 'u');

/** 有效期至2026年8月31日, 有效期截至…止: the last day. */
export const VALIDITY_UNTIL = new RegExp(`有效期(?:至|到|截至|截止(?:到|至)?)${DAY}止?`, 'u');

/** 有效期为2021年9月1日至2026年8月31日: a first and a last day. */
export const VALIDITY_RANGE = new RegExp(`有效期(?:为|自)?${DAY}起?(?:至|到)${DAY}止?`, 'u');

/**
 * 有效期延长至2026年11月1日: the period of another document (named before it in the sentence),
 * not of this text, is extended.
 */
export const VALIDITY_EXTENDED = new RegExp(`有效期(?:延长|延续|顺延)(?:至|到)${DAY}`, 'u');

/**
 * The verb of a repeal, after what it repeals: 《…》（…号）同时废止, …予以废止, …不再执行. 宣布失效
 * declares a text spent; for a reader it ends it all the same.
 */
export const REPEAL_VERB =
  /(?:同时|一并|即行|相应)?(?:予以)?(?:废止|作废)|(?:同时)?(?:停止执行|不再执行|停止施行|不再施行)|宣布失效/gu;

/** A clause that is the verb alone (`，同时废止。`): the documents are in the clauses before it. */
export const BARE_REPEAL = new RegExp(`^(?:${REPEAL_VERB.source})$`, 'u');

/** What stands before a verb that comes first, 决定废止《…》, 现废止《…》: the documents follow it. */
export const REPEAL_FIRST = /(?:决定|现|特此)$/u;

/** 根据《…》, 依据《…》: a document the clause relies on, not one it repeals or extends. */
export const BASIS = /(?:根据|依据|按照|依照|参照|遵照|对照|按)$/u;

/** The day a repeal takes effect, when its sentence says: 自本通知发布之日起, 本通知印发之日起. */
export const REPEAL_ON_PUBLICATION = new RegExp(
  `(?:自|从)?(?:${SELF.source})?(?:发布|印发|公布|颁布|下发|签发)之日起`,
  'u',
);
/** … or 自2018年1月1日起. */
export const REPEAL_ON_DAY = new RegExp(`(?:自|从)${DAY}起`, 'u');

/**
 * 此前相关规定与本办法不一致的，以本办法为准: earlier rules give way where they differ. It names no
 * document, so it is shown as printed and changes no other notice's status.
 */
export const PREVAILS = new RegExp(
  `(?:不一致|相抵触|有抵触|不符)的?[^。；]*?(?:以|按)(?:照)?${SELF.source}(?:的)?(?:规定)?(?:为准|执行)`,
  'u',
);

/**
 * （试行）, (试行) or 暂行 in a text's own title. 《》 in a title name another document (关于延长
 * 《…暂行规定》有效期的通知) unless the notice issues it (关于印发《…（试行）》的通知).
 */
export const TRIAL_TITLE = /[（(]试行[)）]|暂行/u;
export const ISSUES_NAMED = /(?:印发|转发|颁布|发布)$/u;

/** A heading number printed in front of a sentence (第十九条, （二）), not part of what it says. */
export const ARTICLE_MARK =
  /^(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/u;
