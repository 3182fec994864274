import { describe, expect, it } from 'vitest';
import { linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { findStackedRegions } from './stacked.ts';
import { coversOnce, show, tables } from './testing.ts';

/** A name list as pdftotext gives it: one cell a line, no line end marked, no blank line. */
const NAMES = [
  '王挥',
  '王艳明',
  '卢永成',
  '卢永金',
  '包联进',
  '任力之',
  '刘恩芳',
  '汤朔宁',
  '许锐',
  '杨石飞',
  '张尚武',
  '张欣',
];
const UNITS = ['上海市地下空间设计研究总院有限公司', '中国电力工程顾问集团华东电力设计院有限公司', '同济大学'];
const list = (marked: boolean) =>
  [
    '（按姓氏笔画排列）',
    '序号',
    '姓名',
    '工作单位',
    ...NAMES.flatMap((name, r) => [String(r + 1), name, UNITS[r % UNITS.length]!]),
  ].map((l) => (marked ? `${l} ` : l));

describe('tables printed cell by cell', () => {
  it('should read a name list of one-line cells under a header printed once (no line end marked)', () => {
    const lines = linesFromText(['首届上海市工程勘察设计大师名单', ...list(false)].join('\n'));
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号', '姓名', '工作单位']]);
    expect(t!.body).toHaveLength(NAMES.length);
    // A 21-character agency is a cell of the list, not prose.
    expect(show(t!.body[1])).toEqual(['2', '王艳明', '中国电力工程顾问集团华东电力设计院有限公司']);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should read the same list where every line end is marked with a space', () => {
    const lines = linesFromText(list(true).join('\n'));
    const [t] = tables(scanTables(lines, 'f.txt').segments);
    expect(t!.head.map(show)).toEqual([['序号', '姓名', '工作单位']]);
    expect(show(t!.body[11])).toEqual(['12', '张欣', '同济大学']);
    expect(t!.degraded).toBeUndefined();
  });

  it('should not start a table with the last line of the paragraph before it', () => {
    const lines = linesFromText(['现将名单公布如下，请各单位做好相关工作。', ...list(false)].join('\n'));
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments[0]!.kind).toBe('text');
    expect(segments[0]!.lines.map((l) => l.text)).toEqual([
      '现将名单公布如下，请各单位做好相关工作。',
      '（按姓氏笔画排列）',
    ]);
  });
});

describe('where a run of narrow lines ends', () => {
  // 12 rows of a number and two narrow cells, then a heading and prose set on a narrow page.
  const rows = Array.from({ length: 12 }, (_, r) => [`${r + 1}`, `区第${r + 1}街道`, `${2011 + r}年`]).flat();
  const prose = [
    '二、“十三五”消防事业发展建设机遇与挑战',
    '新的历史任务带来前所未有的新机遇。“十三五”',
    '时期首都发展将进入新的阶段，纵深推进科学发展任务',
    '艰巨繁重，机遇挑战共存，动力压力同在，破解长期积',
  ];
  const lines = linesFromText([...rows, ...prose].join('\n'));

  it('should end before prose as wide as the page measure, however short the measure', () => {
    expect(
      findStackedRegions(
        lines,
        lines.map(() => true),
        48,
      ),
    ).toEqual([[0, rows.length]]);
  });

  it('should take such lines for cells where the measure is wider than they are', () => {
    const [[start, end]] = findStackedRegions(
      lines,
      lines.map(() => true),
      60,
    ) as [[number, number]];
    expect([start, end]).toEqual([0, lines.length]);
  });
});
