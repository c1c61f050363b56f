import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/vocabulary';
import { importGtfs } from '../gtfs/import-gtfs';
import { isServiceActive } from '../../src/model/service-days';

const DEMO_FEED = fileURLToPath(new URL('.', import.meta.url));

describe('the demo GTFS feed', () => {
  it('imports with the invented-times label as every record source', async () => {
    const tables = await importGtfs(DEMO_FEED, {});
    const records = [...tables.agencies, ...tables.stops, ...tables.routes, ...tables.services, ...tables.trips];
    expect(new Set(records.map((record) => record.source))).toEqual(new Set(['Homeward demo feed — invented departure times']));
    expect(new Set(records.map((record) => record.verifiedAt))).toEqual(new Set(['2020-12-01']));
    expect(tables.agencies.every((agency) => agency.phone === undefined && agency.timezone === 'Asia/Yerevan')).toBe(true);
  });

  it('has the nine places of the route, every name in all four languages', async () => {
    const { stops, routes, agencies, trips } = await importGtfs(DEMO_FEED, {});
    expect(new Set(stops.map((stop) => stop.name.en)).size).toBeGreaterThanOrEqual(9);
    const texts = [
      ...stops.flatMap((stop) => [stop.name, ...(stop.description ? [stop.description] : [])]),
      ...routes.map((route) => route.longName),
      ...agencies.map((agency) => agency.name),
      ...trips.map((trip) => trip.headsign!),
    ];
    for (const text of texts) expect(Object.keys(text).sort(), JSON.stringify(text)).toEqual([...LANGUAGES].sort());
  });

  it('shows both names of Stepanakert (Khankendi) as the neutrality rules give them', async () => {
    const { stops } = await importGtfs(DEMO_FEED, {});
    expect(stops.find((stop) => stop.id === 'stepanakert-square')!.name).toEqual({
      en: 'Stepanakert (Khankendi)',
      az: 'Xankəndi (Stepanakert)',
      hy: 'Ստեփանակերտ (Խանքենդի)',
      ru: 'Степанакерт (Ханкенди)',
    });
  });

  it('has a trip that arrives after midnight, past 24:00:00', async () => {
    const { trips } = await importGtfs(DEMO_FEED, {});
    const lateArrivals = trips.filter((trip) => trip.stopTimes.at(-1)![1] > 24 * 3600);
    expect(lateArrivals.map((trip) => trip.id)).toEqual(['minibus-from-yerevan-1800']);
  });

  it('runs daily from 1 December 2020 except on its one removed date', async () => {
    const { services } = await importGtfs(DEMO_FEED, {});
    expect(services).toHaveLength(1);
    expect(isServiceActive(services[0]!, '20201201')).toBe(true);
    expect(isServiceActive(services[0]!, '20201130')).toBe(false);
    expect(isServiceActive(services[0]!, '20210101')).toBe(false);
    expect(isServiceActive(services[0]!, '20210102')).toBe(true);
  });
});
