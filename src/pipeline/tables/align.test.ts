import { describe, expect, it } from 'vitest';
import { alignRow, alignSubRows, splitGluedDates, subRowColumn } from './align.ts';
import { columnKind } from './kinds.ts';

/** Rows cut from the seeds (000, the 政务服务体系 task breakdown printed as rotated pages). */
const KINDS = ['主要任务', '牵头单位', '责任单位', '完成时限'].map(columnKind);

describe('laying a row over the columns by kind', () => {
  it('joins an agency list split by a stray separator and leaves the missing column empty', () => {
    const row = [
      '1.设立或明确区、街道办事处政务服务管理机构，作为负责本行政区域政务服务管理工作的行政机构。',
      '区编办、',
      '区行政服务中心',
      '',
      '2017年5月',
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([row[0], '区编办、区行政服务中心', '', '2017年5月']);
  });

  it('drops a stray empty cell after a page break and keeps each cell under its kind', () => {
    // First row of a printed page: an empty cell came out before the agencies.
    const row = [
      '8.按照统一管理、统一设施标准和服务标准原则，推进西城区公共资源交易平台进驻区行政服务中心，落实北京市固定资产投资项目信息管理平台的使用。',
      '',
      '区行政服务中心',
      '区机关事务服务中心、区发展改革委、区住房城市建设委、区科信委、区财政局、区社会办等相关单位',
      '2018年底前',
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([row[0], row[2], row[3], '2018年底前']);
  });

  it("should join a task's number cut off its title with the title, not the title with the measure after it", () => {
    const kinds = ['序号', '北京市重点任务', '西城区2017年重点任务', '完成时限', '牵头领导', '牵头部门'].map(
      columnKind,
    );
    const row = [
      '16',
      '31.',
      '全面清理无资质搅拌站点',
      '对非法新建搅拌站点发现1家关停1家。',
      '年底前',
      '姜立光',
      '区住房城市建设委',
    ];
    const a = alignRow(row, kinds)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([
      '16',
      '31.全面清理无资质搅拌站点',
      '对非法新建搅拌站点发现1家关停1家。',
      '年底前',
      '姜立光',
      '区住房城市建设委',
    ]);
  });

  it('should take the head of a name the next cell completes into a list of agencies', () => {
    const kinds = ['主要任务', '牵头单位', '参与单位', '完成时限'].map(columnKind);
    const row = ['甲。', '区国资委', '区审计局', '西城国土分', '局', '西城规划分', '局', '区财政局', '年底前'];
    const a = alignRow(row, kinds)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual(['甲。', '区国资委', '区审计局\n西城国土分局\n西城规划分局\n区财政局', '年底前']);
  });

  it('joins a row number cut from its text, and names stacked one per cell', () => {
    const row = [
      '19.',
      '参与政务服务国家标准制定，加强标准化知识的宣传和培训，培养标准化人才队伍。',
      '区行政服务中心、区质监局',
      '各专业大厅、',
      '各职能部门、',
      '各街道办事处',
      '持续推进',
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([
      '19.参与政务服务国家标准制定，加强标准化知识的宣传和培训，培养标准化人才队伍。',
      '区行政服务中心、区质监局',
      '各专业大厅、各职能部门、各街道办事处',
      '持续推进',
    ]);
  });

  it('does not call a row aligned when a sentence would land under an agency or date column', () => {
    const row = [
      '17.结合标准化工作，加强国家级区行政服务中心、区质监局、',
      '各专业大厅',
      '各专业大厅、',
      '各职能部门、',
      '各街道办事处',
      '持续推进',
      '化建设',
      '行政服务标准化示范精品展示基地建设，构建政务服务标准体系。',
    ];
    expect(alignRow(row, KINDS)?.clean ?? false).toBe(false);
  });
});

/** Columns of the 清洁空气 task breakdown (000), a row cut from it below. */
const TASKS = ['序号', '北京市重点任务', '西城区2017年重点任务', '完成时限', '牵头领导', '牵头部门', '责任单位'].map(
  columnKind,
);

describe('names cut by stray separators', () => {
  it('joins the tail of an agency name to its head, in the same column', () => {
    const row = ['在全区开展详查。', '西城国土分局', '区园林市政管理中', '心', '区科信委', '年底前'];
    const a = alignRow(row, ['主要任务', '牵头单位', '参与单位', '完成时限'].map(columnKind))!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual(['在全区开展详查。', '西城国土分局', '区园林市政管理中心\n区科信委', '年底前']);
  });

  it('joins a name printed spaced out, and stacks several leaders one per line', () => {
    const row = [
      '1',
      '1.全面落实整改意见',
      '认真履行职责。',
      '按时间节点完成',
      '孙',
      '',
      '硕',
      '姜立光',
      '区委办公室',
      '各街道办事处',
    ];
    const a = alignRow(row, TASKS)!;
    expect(a.clean).toBe(true);
    expect(a.cells.slice(3)).toEqual(['按时间节点完成', '孙硕\n姜立光', '区委办公室', '各街道办事处']);
  });

  it('joins a name wrapped after a head that is not a name by itself, and a date wrapped after its year', () => {
    const kinds = ['序号', '责任部门', '责任领导', '拟上会时间', '议题名称'].map(columnKind);
    expect(alignRow(['15', '和谐宜居示范区', '指挥部', '姜立光', '3月', '关于旧房改建的汇报'], kinds)).toMatchObject({
      clean: true,
      cells: ['15', '和谐宜居示范区指挥部', '姜立光', '3月', '关于旧房改建的汇报'],
    });
    expect(alignRow(['128', '区安全监管局', '朱国栋', '2018年', '1月', '关于安全生产的汇报'], kinds)).toMatchObject({
      clean: true,
      cells: ['128', '区安全监管局', '朱国栋', '2018年1月', '关于安全生产的汇报'],
    });
  });

  it('does not take a date for the head of a name, even when the cell after it would end one', () => {
    const row = ['加强监管。', '区住房城市建', '长期实施', '设委'];
    // The only laying would glue the date to the name's tail: not a clean row (kept as printed).
    expect(alignRow(row, ['主要任务', '牵头单位', '完成时限'].map(columnKind))?.clean).toBe(false);
  });

  it('splits a date glued to the sentence before it, and nothing else', () => {
    expect(splitGluedDates(['建设单位承担连带责任。10月底前', '区环保局', '按要求完成。区环保局牵头'])).toEqual([
      '建设单位承担连带责任。',
      '10月底前',
      '区环保局',
      '按要求完成。区环保局牵头',
    ]);
  });
});

describe('sub-rows: one task, several measures', () => {
  it("finds the column where a task's measures begin", () => {
    expect(subRowColumn(TASKS)).toBe(2);
    // No text column before the facts: no sub-rows.
    expect(subRowColumn(['牵头单位', '主要任务', '完成时限'].map(columnKind))).toBe(-1);
  });

  it('lays a second measure with its own deadline and agencies as a sub-row', () => {
    const row = [
      '4',
      '4.巩固无煤化建设成果',
      '综合采取棚户区改造、拆除违章建设等综合措施，进一步巩固无煤化建设成果。',
      '年底前',
      '姜立光',
      '区重大办',
      '各街道办事处',
      '做好电采暖老旧设备更新淘汰、低谷电补贴等民生保障工作。',
      '6月底前',
      '徐',
      '',
      '利',
      '区环保局',
    ];
    const laid = alignSubRows(row, TASKS)!;
    expect(laid.from).toBe(2);
    expect(laid.first.cells).toEqual([
      '4',
      '4.巩固无煤化建设成果',
      row[2],
      '年底前',
      '姜立光',
      '区重大办',
      '各街道办事处',
    ]);
    expect(laid.rest.map((r) => r.cells)).toEqual([
      ['做好电采暖老旧设备更新淘汰、低谷电补贴等民生保障工作。', '6月底前', '徐利', '区环保局', ''],
    ]);
  });

  it("keeps a measure whose facts are merged with the next one's as a sub-row of its own", () => {
    const row = [
      '7',
      '7.严控污染',
      '制定监测方案。',
      '长期实施',
      '区环保局',
      '加强拆除活动监管。',
      '替代有害原料。',
      '年底前',
      '区科信委',
    ];
    const laid = alignSubRows(row, ['序号', '北京市措施', '我区任务', '完成时限', '牵头单位'].map(columnKind))!;
    expect(laid.rest.map((r) => r.cells)).toEqual([
      ['加强拆除活动监管。', '', ''],
      ['替代有害原料。', '年底前', '区科信委'],
    ]);
  });

  it('never splits a row that lays out as one', () => {
    const row = ['9', '9.开展技改', '再启动1项环保技改项目。', '年底前', '姜立光', '区环保局', '区科信委'];
    const laid = alignSubRows(row, TASKS)!;
    expect(laid.rest).toEqual([]);
    expect(laid.first.cells).toEqual(row);
  });

  it('gives up (undefined) when no laying keeps every cell in a fitting column', () => {
    expect(
      alignSubRows(['1', '区环保局', '2017年底前', '区财政局'], ['序号', '完成时限'].map(columnKind)),
    ).toBeUndefined();
  });
});
