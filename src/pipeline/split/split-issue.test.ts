import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { gapBefore } from '../text/lines.ts';
import { splitIssue } from './split-issue.ts';

const split = (lines: string[]) => splitIssue(normalizeLines(source(lines)).lines);

describe('splitIssue', () => {
  it('starts a notice at a 版头 followed by a 发文字号', () => {
    const { front, drafts } = split([
      '北京市西城区人民政府公报',
      '目 录',
      '北京市西城区人民政府关于某事的通知西政发〔2017〕22号\t1',
      '2017年区政府大事记\t76',
      '北京市西城区人民政府文件',
      '',
      '西政发〔2017〕22号',
      '北京市西城区人民政府关于某事的通知',
      '北京市西城区人民政府办公室文件',
      '西政办发〔2017〕21号',
      '正文。',
      '2017 年区政府大事记',
      '1月',
    ]);
    expect(front.map((l) => l.text)).toContain('目 录');
    expect(drafts.map((d) => [d.kind, d.lines[0]!.text])).toEqual([
      ['notice', '北京市西城区人民政府文件'],
      ['notice', '北京市西城区人民政府办公室文件'],
      ['chronicle', '2017年区政府大事记'],
    ]);
  });

  it('does not split at a 版头-like line without a number after it', () => {
    const { drafts } = split([
      '北京市西城区人民政府文件',
      '西政发〔2017〕2 号',
      '正文提到北京市西城区人民政府文件',
      '还是正文。',
    ]);
    expect(drafts).toHaveLength(1);
  });

  it('keeps text before the first 版头 as a notice without header when it is not a cover', () => {
    const body = '“十三五”时期是全区各级党政机关和广大干部群众坚决贯彻落实党的重要时期。'.repeat(5);
    const { front, drafts } = split([body, '北京市西城区人民政府文件', '西政发〔2017〕2 号']);
    expect(front).toEqual([]);
    expect(drafts.map((d) => d.hasHeader)).toEqual([false, true]);
  });
});

describe('gapBefore', () => {
  it('counts blank and whitespace-only lines between two text lines', () => {
    const { lines } = normalizeLines(source(['甲', '乙', '', ' ', '', '丙']));
    expect(gapBefore(lines, 1)).toBe(0);
    expect(gapBefore(lines, 3)).toBe(3);
  });
});

describe('a 版头 printed twice', () => {
  it('starts the notice at the second one', () => {
    const { drafts } = split([
      '北京市西城区人民政府文件',
      '北京市西城区人民政府文件',
      '西政发〔2017〕2 号',
      '标题的通知',
    ]);
    expect(drafts.map((d) => [d.hasHeader, d.lines[0]!.no])).toEqual([[true, 2]]);
  });
});
