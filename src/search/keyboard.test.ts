import { describe, expect, it } from 'vitest';
import { keyTarget } from './keyboard.ts';

const onLink = (index: number) => ({ index, onLink: true });
const inside = (index: number) => ({ index, onLink: false });

describe('keyTarget', () => {
  it('should move down to the next result and stop at the last', () => {
    expect(keyTarget('ArrowDown', onLink(0), 3)).toBe(1);
    expect(keyTarget('ArrowDown', inside(0), 3)).toBe(1);
    expect(keyTarget('ArrowDown', onLink(2), 3)).toBeUndefined();
    expect(keyTarget('ArrowDown', inside(-1), 3)).toBe(0);
  });

  it('should move up to the previous result, from the first to the box, from a sub-result to its own result', () => {
    expect(keyTarget('ArrowUp', onLink(2), 3)).toBe(1);
    expect(keyTarget('ArrowUp', onLink(0), 3)).toBe('box');
    expect(keyTarget('ArrowUp', inside(2), 3)).toBe(2);
    expect(keyTarget('ArrowUp', inside(-1), 3)).toBe('box');
  });

  it('should jump to the first and last result, and ignore other keys', () => {
    expect(keyTarget('Home', onLink(2), 3)).toBe(0);
    expect(keyTarget('End', onLink(0), 3)).toBe(2);
    expect(keyTarget('End', onLink(0), 0)).toBeUndefined();
    expect(keyTarget('Enter', onLink(0), 3)).toBeUndefined();
    expect(keyTarget('PageDown', onLink(0), 3)).toBeUndefined();
  });
});
