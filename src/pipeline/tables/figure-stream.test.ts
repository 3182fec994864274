import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

describe('tables of figures given cell by cell', () => {
  it('should rebuild the fee table the default mode reads a block at a time: header as printed, a row per label, degraded', () => {
    const lines = fixture('printed-default-fees.txt');
    // The file's sentences print figures close to Chinese (`共有364家机构`): a space there parts cells.
    const { segments, warnings } = scanTables(lines, 'f.txt', { figuresSpaced: false });
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([
      ['二级医院', '', '', '', '', '', '', '', '', ''],
      ['一级医院及基层医疗机构', '', '', '', '', '', '', '', '', ''],
      ['项目名称', '医事服务费', '三级医院', '', '', '', '', '', '', ''],
      ['报销金额', '自付金额', '医事服务费', '报销金额', '自付金额', '医事服务费', '报销金额', '自付金额', '', ''],
    ]);
    expect(t!.body.map(show)).toEqual([
      ['普通门诊', '50', '40', '10', '30', '28', '2', '20', '19', '1'],
      ['副主任医师', '60', '20', '50', '30', '20', '40', '20', '20', ''],
      ['主任医师', '80', '40', '70', '40', '60', '40', '', '', ''],
      ['知名专家', '100', '60', '90', '60', '80', '60', '', '', ''],
      ['急诊', '70', '60', '10', '50', '48', '2', '40', '39', '1'],
      ['住院', '100', '按比例报销', '60', '按比例报销', '50', '按比例报销', '', '', ''],
    ]);
    expect(t!.degraded).toMatch(/^table given cell by cell/);
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should not take figures without a header of labels, or a header with few figures after it, for a table', () => {
    const noHeader = linesFromText(['普通门诊 50', '40', '10', '30', '28', '2', '20', '19', '1'].join('\n'));
    expect(tables(scanTables(noHeader, 'f.txt').segments)).toEqual([]);
    const few = linesFromText(
      ['项目名称 医事服务费 三级医院 二级医院', '普通门诊 50', '40', '住院 100', '按比例报销'].join('\n'),
    );
    expect(tables(scanTables(few, 'f.txt').segments)).toEqual([]);
  });
});
