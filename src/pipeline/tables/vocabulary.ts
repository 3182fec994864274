/**
 * The words the table readers know, in one place: how a column label names what its column
 * holds, how an agency name ends and begins, how a deadline is phrased, how a header label
 * ends. They are the words of Chinese official tables in general (公文 task breakdowns,
 * meeting plans, member lists, statistics), not of one issuer: no place, agency or notice of
 * a particular gazette is named here. Place names an issuer's agencies start with are learned
 * from each table's own cells (`learnPlaces` in kinds.ts).
 */
import { HAN } from '../text/chars.ts';

/** Column labels by the kind of content under them (matched at the label's end, but `number`). */
export const COLUMN_LABEL = {
  number: /^(?:序号|编号|序)$/,
  person: /(?:领导|负责人|联系人|召集人)$/,
  date: /(?:时限|时间|日期|时序|完成期限)$/,
  agency: /(?:单位|部门|牵头|主责|配合|参与|协办|责任方)(?:（单位）|\(单位\))?$/,
};

/** How the name of an agency, office or organisation ends: its unit word. */
export const AGENCY_END =
  /(?:委|局|办|室|中心|分局|支队|大队|部|处|院|会|所|站|队|街道|办事处|单位|部门|大厅|公司|集团|政府|法院|检察院|团委|妇联|工会|科协|残联|侨联|银行|医院)$/;

/**
 * How an agency name or a list of agencies begins without a place name: a level of
 * administration (区 / 市 / 县 / 省 …, the issuer's own level) or a collective (各 / 有关 / 相关).
 */
export const ADMIN_PREFIX = /^(?:区|市|县|省|州|旗|盟|镇|乡|各|有关|相关)/;

/** The unit words that follow a place name at the start of an agency's full name (北京市, 西城区). */
export const PLACE_UNIT = '(?:省|市|区|县|州|旗|盟)';

/** A place name at the start of a name: two or three Han characters before a unit word. */
export const PLACE_AT_START = new RegExp(`^(${HAN}{2,3}?)${PLACE_UNIT}`, 'u');

/*
 * Deadlines as 完成时限 columns phrase them, built from parts: a point in time (2017年12月底前,
 * 10月15日起), a period or recurrence (年底前, 长期, 持续, 每季度, 上半年), or a schedule
 * (按计划, 按时间节点), each optionally followed by what is done by then (完成, 实施, 推进 …).
 */
const POINT = '(?=\\d)(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?';
const PART_OF_PERIOD = '(?:上旬|中旬|下旬|年底|年内|年中|年初|底|末|初|中|内)';
const PERIOD = '(?:全年|年内|年底|年初|年中|上半年|下半年|长期|持续|常态化|每年|每半年|每季度|每月|每周)';
const SCHEDULE = '按(?:时间节点|计划|进度)';
const RELATION = '(?:以前|之前|前|起|以后)';
const ACTION = '(?:完成|开始|启动|实施|推进|坚持)';

/** A whole cell that is a deadline. */
export const DEADLINE = new RegExp(
  `^(?:${POINT}${PART_OF_PERIOD}?${RELATION}?${ACTION}?|${PERIOD}${RELATION}?${ACTION}?|${SCHEDULE}${ACTION}?)$`,
  'u',
);

/** A cell that starts with a deadline (what is done by then may follow). */
export const DEADLINE_START = new RegExp(`^(?:\\d{4}年|\\d{1,2}月|${PERIOD}|${SCHEDULE})`, 'u');

/** How a header label ends: a short cut piece ending so is the second half of a label. */
export const LABEL_END =
  /(?:号|时限|时间|领导|任务|事项|指标|内容|名称|措施|单位|部门|备注|要求|分解|目标|进度|情况|依据)$/;

/** A column's name standing alone on its line: `序号`, `姓名`, `工作单位`, `项目申报单位` … */
export function isColumnLabel(text: string): boolean {
  return (
    /^\p{Script=Han}{2,6}$/u.test(text) &&
    (COLUMN_LABEL.number.test(text) || LABEL_END.test(text) || /(?:姓名|职务|性别|备注)$/u.test(text))
  );
}
