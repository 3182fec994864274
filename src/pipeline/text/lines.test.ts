import { describe, expect, it } from 'vitest';
import { range } from './lines.ts';

describe('range', () => {
  it('should give the indices from the first up to the last before the end', () => {
    expect(range(3, 6)).toEqual([3, 4, 5]);
    expect(range(0, 1)).toEqual([0]);
  });

  it('should give none when the end is not past the start', () => {
    expect(range(4, 4)).toEqual([]);
    expect(range(5, 2)).toEqual([]);
  });
});
