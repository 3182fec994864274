/**
 * Days for the legal status: the last day of a period, and the one day the whole build computes
 * every status for.
 */
import { InputError } from '../errors.ts';

const MS_PER_DAY = 86_400_000;

/**
 * 公文 are dated in China Standard Time (UTC+8, no daylight saving) whoever issues them; the build
 * day is the day it is there, or a build at 07:00 UTC would judge a notice by yesterday.
 */
const CHINA_STANDARD_TIME_MS = 8 * 3_600_000;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The last day of a period that starts on `start`, the start counted in: 有效期5年 from 2017-06-06
 * runs to 2022-06-05, as 自2021年9月1日起施行，有效期至2026年8月31日 (sh-gaj-2021-7) writes out a five-year
 * period. Where the end month has no day of the start's number (a month from 31 January, a year
 * from 29 February) the period ends with that month.
 */
export function lastDayOf(start: string, period: { years?: number; months?: number }): string {
  const [y, m, d] = parts(start);
  const endMonth = m - 1 + (period.years ?? 0) * 12 + (period.months ?? 0);
  const daysInEnd = new Date(Date.UTC(y, endMonth + 1, 0)).getUTCDate();
  if (d > daysInEnd) return iso(Date.UTC(y, endMonth, daysInEnd));
  return iso(Date.UTC(y, endMonth, d) - MS_PER_DAY);
}

/**
 * The day every status is computed for: `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds setting) when set, else `now` — so two builds with one epoch are identical.
 * A set but malformed epoch stops the build rather than quietly using today.
 */
export function buildDay(sourceDateEpoch: string | undefined, now: number): string {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return iso(now + CHINA_STANDARD_TIME_MS);
  if (!/^\d+$/.test(sourceDateEpoch.trim())) {
    throw new InputError(
      'SOURCE_DATE_EPOCH',
      undefined,
      `must be whole seconds since 1970-01-01, not "${sourceDateEpoch}"`,
    );
  }
  return iso(Number(sourceDateEpoch.trim()) * 1000 + CHINA_STANDARD_TIME_MS);
}
