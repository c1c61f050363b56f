import { describe, expect, it } from 'vitest';
import type { Contact } from '../../model/datasets';
import { isOpenAt, nextChange } from './opening-hours';

type Hours = NonNullable<Contact['hours']>;

const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

/** An instant written in UTC, so the test never depends on the machine's own zone. */
const utc = (isoMinutes: string) => new Date(`${isoMinutes}:00Z`);

const officeHours = (timezone: string): Hours => ({ timezone, periods: [{ days: WEEKDAYS, opens: '09:00', closes: '18:00' }] });

// Dates used: 2024-01-15 and 2024-07-15 are Mondays; 2024-01-18 Thursday, -19 Friday, -20 Saturday.
describe('isOpenAt', () => {
  it('reads office hours on the Yerevan wall clock (UTC+4, no DST)', () => {
    const hours = officeHours('Asia/Yerevan');
    expect(isOpenAt(hours, utc('2024-01-15T04:59'))).toBe(false); // 08:59
    expect(isOpenAt(hours, utc('2024-01-15T05:00'))).toBe(true); // 09:00 opens
    expect(isOpenAt(hours, utc('2024-01-15T13:59'))).toBe(true); // 17:59
    expect(isOpenAt(hours, utc('2024-01-15T14:00'))).toBe(false); // 18:00 closes
    expect(isOpenAt(hours, utc('2024-01-20T08:00'))).toBe(false); // Saturday noon
  });

  it('takes the weekday from the Baku wall clock, not from UTC', () => {
    const mondayNight: Hours = { timezone: 'Asia/Baku', periods: [{ days: [1], opens: '00:00', closes: '02:00' }] };
    // Sunday 21:00 UTC is Monday 01:00 in Baku, and Monday 21:00 UTC is Tuesday 01:00.
    expect(isOpenAt(mondayNight, utc('2024-01-14T21:00'))).toBe(true);
    expect(isOpenAt(mondayNight, utc('2024-01-15T21:00'))).toBe(false);
    expect(isOpenAt(mondayNight, utc('2024-01-14T19:59'))).toBe(false); // Sunday 23:59
  });

  it('counts a period across midnight from the listed day: Friday 22:00 to Saturday 06:00', () => {
    const nights: Hours = { timezone: 'Asia/Yerevan', periods: [{ days: [5], opens: '22:00', closes: '06:00' }] };
    expect(isOpenAt(nights, utc('2024-01-19T17:59'))).toBe(false); // Friday 21:59
    expect(isOpenAt(nights, utc('2024-01-19T18:00'))).toBe(true); // Friday 22:00
    expect(isOpenAt(nights, utc('2024-01-19T23:00'))).toBe(true); // Saturday 03:00
    expect(isOpenAt(nights, utc('2024-01-20T01:59'))).toBe(true); // Saturday 05:59
    expect(isOpenAt(nights, utc('2024-01-20T02:00'))).toBe(false); // Saturday 06:00
    expect(isOpenAt(nights, utc('2024-01-20T03:00'))).toBe(false); // Saturday 07:00
    expect(isOpenAt(nights, utc('2024-01-18T19:00'))).toBe(false); // Thursday 23:00
    expect(isOpenAt(nights, utc('2024-01-19T01:00'))).toBe(false); // Friday 05:00: Thursday had no night
  });

  it('treats a 24:00 closing as the end of that day', () => {
    const evenings: Hours = { timezone: 'Asia/Yerevan', periods: [{ days: [6], opens: '18:00', closes: '24:00' }] };
    expect(isOpenAt(evenings, utc('2024-01-20T19:59'))).toBe(true); // Saturday 23:59
    expect(isOpenAt(evenings, utc('2024-01-20T20:00'))).toBe(false); // Sunday 00:00
  });

  it('honours each zone: Moscow (UTC+3) against New York in summer (UTC−4) and winter (UTC−5)', () => {
    const moscow = officeHours('Europe/Moscow');
    const newYork = officeHours('America/New_York');
    // 13:30 UTC on a Monday: 16:30 in Moscow; 09:30 EDT in July, 08:30 EST in January.
    expect(isOpenAt(moscow, utc('2024-07-15T13:30'))).toBe(true);
    expect(isOpenAt(moscow, utc('2024-01-15T13:30'))).toBe(true);
    expect(isOpenAt(newYork, utc('2024-07-15T13:30'))).toBe(true);
    expect(isOpenAt(newYork, utc('2024-01-15T13:30'))).toBe(false);
    // 06:30 UTC: 09:30 in Moscow, 02:30 in New York.
    expect(isOpenAt(moscow, utc('2024-07-15T06:30'))).toBe(true);
    expect(isOpenAt(newYork, utc('2024-07-15T06:30'))).toBe(false);
    // 15:00 UTC: 18:00 in Moscow (closed), 11:00 in New York.
    expect(isOpenAt(moscow, utc('2024-01-15T15:00'))).toBe(false);
    expect(isOpenAt(newYork, utc('2024-01-15T15:00'))).toBe(true);
  });

  it('is always open for 00:00–24:00 every day, local midnights included', () => {
    const always: Hours = { timezone: 'Asia/Baku', periods: [{ days: ALL_WEEK, opens: '00:00', closes: '24:00' }] };
    const start = utc('2024-01-14T20:00').getTime(); // Monday 00:00 in Baku
    for (let minutes = 0; minutes <= 8 * 24 * 60; minutes += 37) {
      expect(isOpenAt(always, new Date(start + minutes * 60_000)), `minute ${minutes}`).toBe(true);
    }
  });

  it('is undefined when the hours are unknown', () => {
    expect(isOpenAt(undefined, utc('2024-01-15T10:00'))).toBeUndefined();
    expect(isOpenAt({ timezone: 'Asia/Yerevan', periods: [] }, utc('2024-01-15T10:00'))).toBeUndefined();
    expect(isOpenAt(officeHours('Mars/Olympus_Mons'), utc('2024-01-15T10:00'))).toBeUndefined();
    expect(isOpenAt(officeHours('Asia/Yerevan'), new Date(Number.NaN))).toBeUndefined();
  });
});

describe('nextChange', () => {
  it('gives the closing time while open and the next opening while closed', () => {
    const hours = officeHours('Asia/Yerevan');
    expect(nextChange(hours, utc('2024-01-15T06:00'))).toEqual(utc('2024-01-15T14:00')); // Mon 10:00 → 18:00
    expect(nextChange(hours, utc('2024-01-15T14:00'))).toEqual(utc('2024-01-16T05:00')); // Mon 18:00 → Tue 09:00
    expect(nextChange(hours, utc('2024-01-19T15:00'))).toEqual(utc('2024-01-22T05:00')); // Fri 19:00 → Mon 09:00
  });

  it('follows a period across midnight', () => {
    const nights: Hours = { timezone: 'Asia/Yerevan', periods: [{ days: [5], opens: '22:00', closes: '06:00' }] };
    expect(nextChange(nights, utc('2024-01-19T23:00'))).toEqual(utc('2024-01-20T02:00')); // Sat 03:00 → 06:00
    expect(nextChange(nights, utc('2024-01-18T19:00'))).toEqual(utc('2024-01-19T18:00')); // Thu 23:00 → Fri 22:00
  });

  it('does not report a change where a 24:00 closing meets a 00:00 opening', () => {
    const weekend: Hours = { timezone: 'Asia/Baku', periods: [{ days: [6, 7], opens: '00:00', closes: '24:00' }] };
    // Saturday 12:00 in Baku: open through Sunday, closed from Monday 00:00.
    expect(nextChange(weekend, utc('2024-01-20T08:00'))).toEqual(utc('2024-01-21T20:00'));
  });

  it('uses the offset in force on the day of the change (New York, after the spring DST jump)', () => {
    // Closed Sunday 2024-03-10 at 10:00 EDT; opens Monday 09:00 EDT = 13:00 UTC, not 14:00 as in winter.
    expect(nextChange(officeHours('America/New_York'), utc('2024-03-10T14:00'))).toEqual(utc('2024-03-11T13:00'));
    // Friday 2024-03-08 19:00 EST: the next opening is Monday, already on daylight time.
    expect(nextChange(officeHours('America/New_York'), utc('2024-03-09T00:00'))).toEqual(utc('2024-03-11T13:00'));
  });

  it('finds an opening that falls in a skipped DST hour at the jump itself', () => {
    // New York skips 02:00–03:00 on 2025-03-09; a 02:30 opening happens at 03:00 EDT = 07:00 UTC.
    const night: Hours = { timezone: 'America/New_York', periods: [{ days: [7], opens: '02:30', closes: '03:15' }] };
    expect(nextChange(night, utc('2025-03-09T06:00'))).toEqual(utc('2025-03-09T07:00'));
    expect(isOpenAt(night, utc('2025-03-09T07:05'))).toBe(true);
    expect(nextChange(night, utc('2025-03-09T07:05'))).toEqual(utc('2025-03-09T07:15'));
  });

  it('is undefined when nothing ever changes or the hours are unknown', () => {
    const always: Hours = { timezone: 'Asia/Yerevan', periods: [{ days: ALL_WEEK, opens: '00:00', closes: '24:00' }] };
    expect(nextChange(always, utc('2024-01-15T10:00'))).toBeUndefined();
    expect(nextChange(undefined, utc('2024-01-15T10:00'))).toBeUndefined();
  });
});
