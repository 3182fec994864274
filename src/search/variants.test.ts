import { describe, expect, it } from 'vitest';
import { toSimplified } from './variants.ts';

describe('toSimplified', () => {
  it('should write traditional characters and phrases, Taiwan and Hong Kong forms, as the gazette does', () => {
    expect(toSimplified('垃圾分類')).toBe('垃圾分类');
    expect(toSimplified('國務院辦公廳')).toBe('国务院办公厅');
    expect(toSimplified('乾淨 頭髮')).toBe('干净 头发');
    expect(toSimplified('臺灣 裡面 綫路')).toBe('台湾 里面 线路');
  });

  it('should leave simplified text alone', () => {
    expect(toSimplified('北京市西城区冰雪运动发展规划')).toBe('北京市西城区冰雪运动发展规划');
  });
});
