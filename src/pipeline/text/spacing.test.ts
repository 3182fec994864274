import { describe, expect, it } from 'vitest';
import { displayWidth } from './chars.ts';
import { fixSpacing, joinCjk, spacesFigures } from './spacing.ts';

describe('fixSpacing (text cut from the seeds)', () => {
  it.each([
    ['2017 年 1 月 11 日', '2017年1月11日'],
    ['西政发〔2017〕2 号 ', '西政发〔2017〕2号'],
    ['圆满完成党的十八大、APEC 会议、', '圆满完成党的十八大、APEC会议、'],
    ['全区市政消火栓达到 1789 座，', '全区市政消火栓达到1789座，'],
    ['我区 PM_{2.5} 平均浓度同', '我区PM_{2.5}平均浓度同'],
    ['传教育率不低于 90%，公民', '传教育率不低于90%，公民'],
    ['全民健身实施计划(2016-2020 年)的通知 ', '全民健身实施计划(2016-2020年)的通知'],
  ])('%s → %s', (input, output) => {
    expect(fixSpacing(input)).toBe(output);
  });

  it('folds runs of no-break spaces into one space', () => {
    expect(fixSpacing('北京市西城区人民政府办公室\u00a0 \u00a0 \u00a0 2017 年 3 月 16 日印发 ')).toBe(
      '北京市西城区人民政府办公室2017年3月16日印发',
    );
  });

  it('keeps spaces between numbers and between Latin words', () => {
    expect(fixSpacing('2011 年 133 124 310 567')).toBe('2011年133 124 310 567');
    expect(fixSpacing('Beijing Xicheng')).toBe('Beijing Xicheng');
  });

  it('keeps the space between two Chinese words (names are letter-spaced in print)', () => {
    expect(fixSpacing('孙 硕同志')).toBe('孙 硕同志');
  });

  it('keeps tabs as cell separators', () => {
    expect(fixSpacing('类别\t重点工作')).toBe('类别\t重点工作');
  });
});

describe('joinCjk', () => {
  it('joins a title wrapped over lines', () => {
    expect(joinCjk('北京市西城区人民政府办公室关于 印发北京市西城区人民政府区长副区长 工作分工的通知')).toBe(
      '北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知',
    );
  });
});

describe('displayWidth', () => {
  it('counts Chinese as two and ASCII as one', () => {
    expect(displayWidth('西城2017')).toBe(8);
  });
});

describe('spacesFigures', () => {
  it('should say the extraction spaces figures when most sentences do', () => {
    expect(spacesFigures(['全区市政消火栓达到 1789 座，', '截止 2015 年 12 月，共受理 5104 件。'])).toBe(true);
    expect(spacesFigures(['全区市政消火栓达到1789座，', '截止 2015 年底，共受理5104件。'])).toBe(false);
  });

  it('should learn from sentences only, and know nothing without them', () => {
    // Table rows: their cells are apart by the spaces in question.
    expect(spacesFigures(['3 BXCⅡ-8 九嶷派古琴艺术', '项目已达162项。'])).toBe(false);
    expect(spacesFigures(['3 BXCⅡ-8 九嶷派古琴艺术', '4 BXCⅡ-9 汉乐筝曲'])).toBeUndefined();
    expect(spacesFigures(['区委各部门，区武装部。'])).toBeUndefined();
  });

  it('should count half-width punctuation as sentences (some sources type it)', () => {
    expect(spacesFigures(['考核成绩在 90 分以上为优秀;', '考核成绩在 70 分以下为不合格.'])).toBe(true);
  });
});
