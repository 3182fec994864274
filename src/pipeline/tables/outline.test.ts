import { describe, expect, it } from 'vitest';
import { isBareMark, markOf } from './outline.ts';

describe('outline marks', () => {
  it('reads the numbering of each level', () => {
    expect(markOf('三、落实粮食流通管理责任')).toEqual({ family: 'l1', n: 3 });
    expect(markOf('（十二）市场秩序')).toEqual({ family: 'l2', n: 12 });
    expect(markOf('4.健全粮食供应网络')).toEqual({ family: 'l3', n: 4 });
    expect(markOf('2.453万辆')).toBeUndefined();
    expect(markOf('（6）合理规划')).toEqual({ family: 'l4', n: 6 });
    expect(markOf('<10>粮油供应')).toEqual({ family: 'l5', n: 10 });
    expect(markOf('131')).toEqual({ family: 'serial', n: 131 });
    expect(markOf('2017')).toBeUndefined();
    expect(markOf('2018年第一季度上会议题')).toEqual({
      family: 'section',
      n: 1,
    });
  });

  it('should tell a mark cut off the text it numbers from a serial or a numbered text', () => {
    expect(['31.', '（3）', '<4>', '三、'].map(isBareMark)).toEqual([true, true, true, true]);
    expect(['31', '31.全面清理', '（3）编制', '2017年'].map(isBareMark)).toEqual([false, false, false, false]);
  });
});
