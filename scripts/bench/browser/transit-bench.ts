// Next departures over a synthetic 1,000-trip feed, timed in the browser with the app's code.
import type { Transit } from '../../../src/data/tables';
import { nextDepartures, tripLegs } from '../../../src/features/buses/next-departures';
import { seededRandom } from '../../../src/testing/seeded-random';

const provenance = { source: 'Bench', verifiedAt: '2020-12-01' };

/** 20 routes over 40 stops, 50 trips each (1,000 trips of 12 stops), every day for ten years. */
function syntheticTransit(random: () => number): Transit {
  const stops = Array.from({ length: 40 }, (_, index) => ({ id: `s${index}`, name: { en: `Stop ${index}` }, lat: 39 + random(), lon: 45 + random(), ...provenance }));
  const routes = Array.from({ length: 20 }, (_, index) => ({ id: `r${index}`, agencyId: 'a', shortName: String(index), longName: { en: `Route ${index}` }, notes: [], ...provenance }));
  const trips = Array.from({ length: 1000 }, (_, index) => {
    const first = Math.floor(random() * 28);
    const start = Math.floor(random() * 20 * 3600);
    return {
      id: `t${index}`,
      routeId: `r${index % 20}`,
      serviceId: index % 2 ? 'weekdays' : 'daily',
      stopTimes: Array.from({ length: 12 }, (_, stop): [string, number, number] => [`s${first + stop}`, start + stop * 1200, start + stop * 1200 + 60]),
      ...provenance,
    };
  });
  const service = (id: string, weekdays: boolean[]) => ({ id, weekdays: weekdays as [boolean, boolean, boolean, boolean, boolean, boolean, boolean], startDate: '20200101', endDate: '20301231', addedDates: ['20201226'], removedDates: ['20201225'], ...provenance });
  return {
    agencies: [{ id: 'a', name: { en: 'Bench' }, timezone: 'Asia/Yerevan', ...provenance }],
    stops,
    routes,
    services: [service('daily', [true, true, true, true, true, true, true]), service('weekdays', [true, true, true, true, true, false, false])],
    trips,
    alerts: [],
  };
}

/** Median and 95th percentile of a whole next-departures query (legs for a stop pair, then times). */
export function runTransitBench(): { next_departures_ms: number; next_departures_p95_ms: number } {
  const random = seededRandom(2020_12_01);
  const transit = syntheticTransit(random);
  const times: number[] = [];
  for (let run = 0; run < 200; run++) {
    const from = Math.floor(random() * 20);
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000));
    const start = performance.now();
    nextDepartures(tripLegs(transit, new Set([`s${from}`]), new Set([`s${from + 5}`, `s${from + 8}`])), at);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { next_departures_ms: Math.round(times[100]! * 1000) / 1000, next_departures_p95_ms: Math.round(times[189]! * 1000) / 1000 };
}
