import { describe, expect, it } from 'vitest';
import type { Service } from './datasets';
import { hasServiceEnded, isServiceActive, serviceDateRange } from './service-days';

function service(changes: Partial<Service>): Service {
  return {
    id: 's',
    source: 'test',
    verifiedAt: '2024-01-01',
    weekdays: [true, true, true, true, true, false, false],
    startDate: '20240101',
    endDate: '20240131',
    addedDates: [],
    removedDates: [],
    ...changes,
  };
}

describe('isServiceActive', () => {
  it('follows the weekdays inside the date range', () => {
    const weekdays = service({});
    expect(isServiceActive(weekdays, '20240105')).toBe(true); // Friday
    expect(isServiceActive(weekdays, '20240106')).toBe(false); // Saturday
    expect(isServiceActive(weekdays, '20240131')).toBe(true); // last day, Wednesday
    expect(isServiceActive(weekdays, '20240201')).toBe(false); // after the range
    expect(isServiceActive(weekdays, '20231229')).toBe(false); // before the range
  });

  it('lets calendar_dates exceptions override the weekdays', () => {
    const withExceptions = service({ addedDates: ['20240106', '20240301'], removedDates: ['20240102'] });
    expect(isServiceActive(withExceptions, '20240106')).toBe(true);
    expect(isServiceActive(withExceptions, '20240301')).toBe(true);
    expect(isServiceActive(withExceptions, '20240102')).toBe(false);
  });

  it('computes the weekday from the date alone, whatever the local time zone', () => {
    const sundays = service({ weekdays: [false, false, false, false, false, false, true], startDate: '20000101', endDate: '20991231' });
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Yerevan']) {
        process.env.TZ = tz;
        expect(isServiceActive(sundays, '20201227')).toBe(true);
        expect(isServiceActive(sundays, '20201228')).toBe(false);
        expect(isServiceActive(sundays, '20240225')).toBe(true);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('refuses a malformed date', () => {
    expect(() => isServiceActive(service({}), '2024-01-05')).toThrow(RangeError);
    expect(() => isServiceActive(service({}), '20240230')).toThrow(RangeError);
  });
});

describe('serviceDateRange', () => {
  it('gives the first and last day any service runs', () => {
    const saturdays = service({ weekdays: [false, false, false, false, false, true, false] });
    expect(serviceDateRange([saturdays])).toEqual({ first: '20240106', last: '20240127' });
    const moved = service({ removedDates: ['20240101'], addedDates: ['20240215'] });
    expect(serviceDateRange([saturdays, moved])).toEqual({ first: '20240102', last: '20240215' });
  });

  it('is undefined when no service ever runs', () => {
    expect(serviceDateRange([])).toBeUndefined();
    expect(serviceDateRange([service({ weekdays: [false, false, false, false, false, false, false] })])).toBeUndefined();
  });
});

describe('hasServiceEnded', () => {
  it('is true only after the last day any service runs', () => {
    const services = [service({})];
    expect(hasServiceEnded(services, '20240131')).toBe(false);
    expect(hasServiceEnded(services, '20240201')).toBe(true);
    expect(hasServiceEnded([], '20240101')).toBe(true);
  });
});
