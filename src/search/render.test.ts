import { describe, expect, it } from 'vitest';
import { safeHref } from './render.ts';

describe('safeHref', () => {
  const origin = 'https://gazette.test';

  it('should keep a same-site path with its query and fragment', () => {
    expect(safeHref('/notices/a/#fj-1', origin)).toBe('/notices/a/#fj-1');
    expect(safeHref('https://gazette.test/notices/a/?x=1', origin)).toBe('/notices/a/?x=1');
  });

  it('should send anything else to the home page', () => {
    expect(safeHref('javascript:alert(1)', origin)).toBe('/');
    expect(safeHref('https://evil.test/notices/a/', origin)).toBe('/');
    expect(safeHref('//evil.test/x', origin)).toBe('/');
    expect(safeHref('http://[::1', origin)).toBe('/');
  });
});
