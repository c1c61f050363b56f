import { describe, expect, it } from 'vitest';
import type { Transit } from '../../data/tables';
import { departuresOn, nextDepartures, tripLegs } from './next-departures';

const provenance = { source: 'Test', verifiedAt: '2020-12-01' };
const hms = (h: number, m = 0) => h * 3600 + m * 60;

/** Yerevan → Goris daily at 08:00 and 22:30 (arriving 00:45, past midnight), none on 2020-12-25. */
const transit: Transit = {
  agencies: [{ id: 'a', name: { en: 'A' }, timezone: 'Asia/Yerevan', ...provenance }],
  stops: [],
  routes: [{ id: 'r', agencyId: 'a', shortName: '', longName: { en: 'R' }, notes: [], ...provenance }],
  services: [
    { id: 'daily', weekdays: [true, true, true, true, true, true, true], startDate: '20201201', endDate: '20201231', addedDates: [], removedDates: ['20201225'], ...provenance },
  ],
  trips: [
    { id: 'morning', routeId: 'r', serviceId: 'daily', stopTimes: [['yerevan', hms(8), hms(8)], ['goris', hms(12), hms(12)]], ...provenance },
    { id: 'night', routeId: 'r', serviceId: 'daily', stopTimes: [['yerevan', hms(22, 30), hms(22, 30)], ['sisian', hms(23), hms(23)], ['goris', hms(24, 45), hms(24, 45)]], ...provenance },
  ],
  alerts: [],
};
const legs = tripLegs(transit, new Set(['yerevan']), new Set(['goris']));
// Asia/Yerevan is UTC+4 all year.
const yerevanTime = (date: string, h: number, m = 0) => new Date(`${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+04:00`);

describe('nextDepartures', () => {
  it('lists today’s remaining buses and tomorrow’s, soonest first', () => {
    const found = nextDepartures(legs, yerevanTime('2020-12-10', 9));
    expect(found.map((d) => `${d.leg.trip.id}@${d.serviceDate}`)).toEqual(['night@20201210', 'morning@20201211', 'night@20201211']);
  });

  it('times a trip past midnight on the next calendar day', () => {
    const [night] = nextDepartures(legs, yerevanTime('2020-12-10', 22));
    expect(night!.arrival.toISOString()).toBe(yerevanTime('2020-12-11', 0, 45).toISOString());
  });

  it('after the last bus of the day shows tomorrow’s first', () => {
    expect(nextDepartures(legs, yerevanTime('2020-12-10', 23))[0]!.departure.toISOString()).toBe(yerevanTime('2020-12-11', 8).toISOString());
  });

  it('skips a date removed in calendar_dates', () => {
    const found = nextDepartures(legs, yerevanTime('2020-12-24', 23));
    expect(found.map((d) => d.serviceDate)).not.toContain('20201225');
  });

  it('finds nothing after the service period has ended', () => {
    expect(nextDepartures(legs, yerevanTime('2021-01-05', 9))).toEqual([]);
  });

  it('ignores trips that pass the stops in the other order', () => {
    expect(tripLegs(transit, new Set(['goris']), new Set(['yerevan']))).toEqual([]);
  });
});

describe('departuresOn', () => {
  it('is the timetable of one date', () => {
    expect(departuresOn(legs, '20201210').map((d) => d.leg.trip.id)).toEqual(['morning', 'night']);
    expect(departuresOn(legs, '20201225')).toEqual([]);
  });
});
