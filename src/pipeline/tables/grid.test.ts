import { describe, expect, it } from 'vitest';
import { linesFromText } from './fixture-lines.ts';
import { accounting, makeTable, unrepeated } from './grid.ts';

describe('the books of a rebuilt table', () => {
  const lines = linesFromText(
    ['序号 编号 项目名称', '13 BXCⅥ-2 戳脚翻子拳', '序号 编号 项目名称', '14 BXCⅥ-2 大悲拳'].join('\n'),
  );
  const head = [[{ text: '序号' }, { text: '编号' }, { text: '项目名称' }]];
  const table = makeTable(
    { shape: 'printed', head, body: [[{ text: '13' }, { text: 'BXCⅥ-2' }, { text: '戳脚翻子拳' }]] },
    lines,
    0,
    lines.length,
    'f.txt',
  );

  it('should balance when the dropped lines and the table hold the source, whatever they are', () => {
    const found = { start: 0, end: lines.length, table, dropped: [lines[2]!.raw, lines[3]!.raw] };
    expect(accounting(found, lines)).toEqual({ missing: '', extra: '' });
  });

  it('should name what was dropped as a repetition but repeats nothing the table keeps', () => {
    expect(unrepeated({ table, dropped: [lines[2]!.raw] })).toEqual([]);
    expect(unrepeated({ table, dropped: [lines[2]!.raw, lines[3]!.raw] })).toEqual(['14', '大悲拳']);
  });
});
