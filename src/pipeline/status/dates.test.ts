import { describe, expect, it } from 'vitest';
import { buildDay, lastDayOf } from './dates.ts';

describe('lastDayOf', () => {
  it('should end a period the day before the same day of its last year or month', () => {
    expect(lastDayOf('2017-06-06', { years: 5 })).toBe('2022-06-05');
    expect(lastDayOf('2021-09-01', { years: 5 })).toBe('2026-08-31');
    expect(lastDayOf('2017-03-01', { months: 1 })).toBe('2017-03-31');
    expect(lastDayOf('2017-11-15', { months: 3 })).toBe('2018-02-14');
  });

  it('should end with the month where it has no day of the start’s number', () => {
    expect(lastDayOf('2017-01-31', { months: 1 })).toBe('2017-02-28');
    expect(lastDayOf('2016-02-29', { years: 1 })).toBe('2017-02-28');
    expect(lastDayOf('2019-03-31', { months: 11 })).toBe('2020-02-29');
  });
});

describe('buildDay', () => {
  const noon = Date.UTC(2026, 4, 1, 4, 0, 0);

  it('should take the day of SOURCE_DATE_EPOCH in China Standard Time when it is set', () => {
    // 2018-03-01T00:00:00Z is 08:00 in Beijing; 2018-02-28T20:00:00Z is already 1 March there.
    expect(buildDay('1519862400', noon)).toBe('2018-03-01');
    expect(buildDay('1519848000', noon)).toBe('2018-03-01');
    expect(buildDay('1519833599', noon)).toBe('2018-02-28');
  });

  it('should take the day of `now` in China Standard Time when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(buildDay(undefined, noon)).toBe('2026-05-01');
    expect(buildDay('', Date.UTC(2026, 3, 30, 16, 0, 0))).toBe('2026-05-01');
    expect(buildDay(undefined, Date.UTC(2026, 3, 30, 15, 59, 59))).toBe('2026-04-30');
  });

  it('should refuse a malformed SOURCE_DATE_EPOCH instead of using today', () => {
    expect(() => buildDay('2026-05-01', noon)).toThrow(
      'SOURCE_DATE_EPOCH: must be whole seconds since 1970-01-01, not "2026-05-01"',
    );
    expect(() => buildDay('-5', noon)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
