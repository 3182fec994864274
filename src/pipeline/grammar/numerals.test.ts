import { describe, expect, it } from 'vitest';
import { toNumber } from './numerals.ts';

describe('toNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['两', 2],
    ['〇', 0],
    ['7', 7],
    ['285', 285],
  ])('%s = %d', (s, n) => expect(toNumber(s)).toBe(n));
});
