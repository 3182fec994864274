import { describe, expect, it } from 'vitest';
import { linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

// pdftotext of the site's print of 西政办发〔2017〕8号 at 115 %: the form's rows a cell a line.
const FORM = [
  '“垃圾分类示范街道”情况表',
  '',
  '街道（乡镇）名称',
  '新街口街道办事处',
  '覆盖面积（平方公里）',
  '3.7',
  '人口总数（万人）',
  '10.2182',
  '社区数量（个）',
  '21',
  '小区数量（个）',
  '99',
  '党政机关数量（个）',
  '23',
  '学校数量（个）',
  '20',
  '垃圾产生量（吨∕日）',
  '120',
  '厨余垃圾收运单位和去向',
  '西城环卫中心，南宫垃圾处理厂',
  '其他垃圾收运单位和去向',
  '西城环卫中心，大屯',
  '分类工作负责人（姓名、职务、联系方式） 朱骅 城市管理科科长 13701308541',
  '其他',
  '',
  '抄送：区委各部门，区武装部。',
];

describe('a form given row by row, a cell a line', () => {
  it('should pair each label with the value after it, then a row on one line, then a last empty value', () => {
    const lines = linesFromText(FORM.join('\n'));
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.head).toEqual([]);
    expect(t!.body.map(show)).toEqual([
      ['街道（乡镇）名称', '新街口街道办事处'],
      ['覆盖面积（平方公里）', '3.7'],
      ['人口总数（万人）', '10.2182'],
      ['社区数量（个）', '21'],
      ['小区数量（个）', '99'],
      ['党政机关数量（个）', '23'],
      ['学校数量（个）', '20'],
      ['垃圾产生量（吨∕日）', '120'],
      ['厨余垃圾收运单位和去向', '西城环卫中心，南宫垃圾处理厂'],
      ['其他垃圾收运单位和去向', '西城环卫中心，大屯'],
      ['分类工作负责人（姓名、职务、联系方式）', '朱骅 城市管理科科长 13701308541'],
      ['其他', ''],
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should not take fewer than six pairs, or pairs without figures, for a form', () => {
    const few = linesFromText(FORM.slice(2, 12).join('\n'));
    expect(tables(scanTables(few, 'f.txt').segments)).toEqual([]);
    const words = linesFromText(
      ['项目名称', '甲', '责任单位', '乙', '牵头部门', '丙', '完成时限', '年底', '工作内容', '丁', '备注', '无'].join(
        '\n',
      ),
    );
    expect(
      tables(scanTables(words, 'f.txt').segments).filter((t) => t.head.length === 0 && t.body.length === 6),
    ).toEqual([]);
  });
});
