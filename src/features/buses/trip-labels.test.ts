import { describe, expect, it } from 'vitest';
import type { Stop, Trip } from '../../model/datasets';
import { daysLater, tripHeadsign } from './trip-labels';

const provenance = { source: 'Test', verifiedAt: '2020-12-01' };
const stop = (id: string, en: string): Stop => ({ id, name: { en }, lat: 40, lon: 45, ...provenance }) as Stop;
const stops = new Map([stop('yerevan', 'Yerevan'), stop('stepanakert', 'Stepanakert (Khankendi)')].map((item) => [item.id, item]));
const trip = (headsign?: Trip['headsign']): Trip =>
  ({ id: 't', routeId: 'minibus', serviceId: 'daily', stopTimes: [['yerevan', 64800, 64800], ['stepanakert', 87900, 87900]], ...(headsign ? { headsign } : {}), ...provenance }) as Trip;

describe('tripHeadsign', () => {
  it('is the trip’s own headsign, in every language it has', () => {
    expect(tripHeadsign(trip({ en: 'Stepanakert (Khankendi)', ru: 'Степанакерт (Ханкенди)' }), stops)).toEqual({ en: 'Stepanakert (Khankendi)', ru: 'Степанакерт (Ханкенди)' });
  });

  it('is the last stop’s name when the trip has no headsign', () => {
    expect(tripHeadsign(trip(), stops)).toEqual({ en: 'Stepanakert (Khankendi)' });
  });
});

describe('daysLater', () => {
  // Asia/Yerevan is UTC+4 all year.
  it('is 1 for the 18:00 from Yerevan that arrives at 00:25', () => {
    expect(daysLater(new Date('2026-12-02T18:00:00+04:00'), new Date('2026-12-03T00:25:00+04:00'), 'Asia/Yerevan')).toBe(1);
  });

  it('is 0 for a bus that arrives the same day, counted in the agency’s zone, not in UTC', () => {
    expect(daysLater(new Date('2026-12-02T14:00:00+04:00'), new Date('2026-12-02T23:30:00+04:00'), 'Asia/Yerevan')).toBe(0);
    // 02:00 → 08:00 in Yerevan is 22:00 → 04:00 in UTC, across UTC's midnight.
    expect(daysLater(new Date('2026-12-03T02:00:00+04:00'), new Date('2026-12-03T08:00:00+04:00'), 'Asia/Yerevan')).toBe(0);
    expect(daysLater(new Date('2026-12-03T02:00:00+04:00'), new Date('2026-12-03T08:00:00+04:00'), 'UTC')).toBe(1);
  });

  it('counts across a month’s end', () => {
    expect(daysLater(new Date('2026-12-31T22:00:00+04:00'), new Date('2027-01-01T01:00:00+04:00'), 'Asia/Yerevan')).toBe(1);
  });
});
