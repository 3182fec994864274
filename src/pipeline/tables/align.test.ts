import { describe, expect, it } from "vitest";
import { alignRow, cellKind, columnKind, mergeSplitLabels } from "./align.ts";

/** Rows cut from the seeds (000, the 政务服务体系 task breakdown printed as rotated pages). */
const KINDS = ["主要任务", "牵头单位", "责任单位", "完成时限"].map(columnKind);

describe("column and cell kinds", () => {
  it("reads a column kind from its label", () => {
    expect(
      [
        "序号",
        "牵头领导",
        "完成时限",
        "拟上会时间",
        "责任单位",
        "配合部门（单位）",
        "主要任务",
      ].map(columnKind),
    ).toEqual(["number", "person", "date", "date", "agency", "agency", "text"]);
  });

  it("reads a cell kind from its text", () => {
    expect(cellKind("区编办、")).toBe("agency");
    expect(
      cellKind("区各职能部门、各街道办事处、提供政务服务的企事业单位"),
    ).toBe("agency");
    expect(cellKind("区科信委、区社会办、区国税局等相关单位")).toBe("agency");
    expect(cellKind("2017年底前")).toBe("date");
    expect(cellKind("持续推进")).toBe("date");
    expect(cellKind("12")).toBe("number");
    expect(cellKind("1.设立或明确区、街道办事处政务服务管理机构。")).toBe(
      "text",
    );
  });
});

describe("header labels cut in two", () => {
  it("joins a short part with the label ending that follows, and a bracketed qualifier", () => {
    expect(
      mergeSplitLabels([
        "序",
        "号",
        "北京市",
        "重点任务",
        "完成",
        "时限",
        "牵头",
        "领导",
        "牵头部门",
        "配合部门",
        "（单位）",
      ]).texts,
    ).toEqual([
      "序号",
      "北京市重点任务",
      "完成时限",
      "牵头领导",
      "牵头部门",
      "配合部门（单位）",
    ]);
    // Whole labels stay as they are.
    expect(
      mergeSplitLabels([
        "重点工作",
        "主要任务",
        "牵头单位",
        "责任单位",
        "完成时限",
      ]).texts,
    ).toHaveLength(5);
  });
});

describe("laying a row over the columns by kind", () => {
  it("joins an agency list split by a stray separator and leaves the missing column empty", () => {
    const row = [
      "1.设立或明确区、街道办事处政务服务管理机构，作为负责本行政区域政务服务管理工作的行政机构。",
      "区编办、",
      "区行政服务中心",
      "",
      "2017年5月",
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([
      row[0],
      "区编办、区行政服务中心",
      "",
      "2017年5月",
    ]);
  });

  it("drops a stray empty cell after a page break and keeps each cell under its kind", () => {
    // First row of a printed page: an empty cell came out before the agencies.
    const row = [
      "8.按照统一管理、统一设施标准和服务标准原则，推进西城区公共资源交易平台进驻区行政服务中心，落实北京市固定资产投资项目信息管理平台的使用。",
      "",
      "区行政服务中心",
      "区机关事务服务中心、区发展改革委、区住房城市建设委、区科信委、区财政局、区社会办等相关单位",
      "2018年底前",
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([row[0], row[2], row[3], "2018年底前"]);
  });

  it("joins a row number cut from its text, and names stacked one per cell", () => {
    const row = [
      "19.",
      "参与政务服务国家标准制定，加强标准化知识的宣传和培训，培养标准化人才队伍。",
      "区行政服务中心、区质监局",
      "各专业大厅、",
      "各职能部门、",
      "各街道办事处",
      "持续推进",
    ];
    const a = alignRow(row, KINDS)!;
    expect(a.clean).toBe(true);
    expect(a.cells).toEqual([
      "19.参与政务服务国家标准制定，加强标准化知识的宣传和培训，培养标准化人才队伍。",
      "区行政服务中心、区质监局",
      "各专业大厅、各职能部门、各街道办事处",
      "持续推进",
    ]);
  });

  it("does not call a row aligned when a sentence would land under an agency or date column", () => {
    const row = [
      "17.结合标准化工作，加强国家级区行政服务中心、区质监局、",
      "各专业大厅",
      "各专业大厅、",
      "各职能部门、",
      "各街道办事处",
      "持续推进",
      "化建设",
      "行政服务标准化示范精品展示基地建设，构建政务服务标准体系。",
    ];
    expect(alignRow(row, KINDS)?.clean ?? false).toBe(false);
  });
});
