import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGtfs } from './import-gtfs';
import { isServiceActive } from '../../src/model/service-days';

// The example feed of the GTFS reference ("Demo Transit Authority"), file for file, with its quirks:
// short rows in stop_times.txt, a misspelt column, fare files the importer does not read.
const SAMPLE_FEED = fileURLToPath(new URL('./fixtures/sample-feed', import.meta.url));

describe('the GTFS reference sample feed', () => {
  it('imports its agency, stops and routes', async () => {
    const tables = await importGtfs(SAMPLE_FEED, {});
    // Its agency_url is http, which the app does not link to.
    expect(tables.agencies).toEqual([expect.objectContaining({ id: 'dta', name: { en: 'Demo Transit Authority' }, timezone: 'America/Los_Angeles' })]);
    expect(tables.agencies[0]).not.toHaveProperty('url');
    expect(tables.stops.map((stop) => stop.id)).toEqual([
      'fur-creek-res',
      'beatty-airport',
      'bullfrog',
      'stagecoach',
      'nadav',
      'nanaa',
      'dadan',
      'emsi',
      'amv',
    ]);
    expect(tables.stops[3]).toEqual(expect.objectContaining({ name: { en: 'Stagecoach Hotel & Casino (Demo)' }, lat: 36.915682, lon: -116.751677 }));
    expect(tables.routes.map((route) => [route.id, route.shortName, route.longName.en])).toEqual([
      ['ab', '10', 'Airport - Bullfrog'],
      ['bfc', '20', 'Bullfrog - Furnace Creek Resort'],
      ['stba', '30', 'Stagecoach - Airport Shuttle'],
      ['city', '40', 'City'],
      ['aamv', '50', 'Airport - Amargosa Valley'],
    ]);
    expect(tables.stops.every((stop) => stop.source === 'Demo Transit Authority')).toBe(true);
  });

  it('keeps timetabled trips and expands the frequency-based ones', async () => {
    const { trips } = await importGtfs(SAMPLE_FEED, {});
    const byId = new Map(trips.map((trip) => [trip.id, trip]));
    expect(byId.get('ab1')).toEqual(
      expect.objectContaining({
        routeId: 'ab',
        serviceId: 'fullw',
        headsign: { en: 'to Bullfrog' },
        stopTimes: [
          ['beatty-airport', 28800, 28800],
          ['bullfrog', 29400, 29700],
        ],
      }),
    );
    // The short rows of AB2 and later still import.
    expect(byId.get('aamv4')!.stopTimes).toEqual([
      ['amv', 54000, 54000],
      ['beatty-airport', 57600, 57600],
    ]);
    // STBA runs every 30 min from 06:00 while before 22:00: 32 trips; the template trip itself is gone.
    const shuttles = trips.filter((trip) => trip.routeId === 'stba');
    expect(shuttles).toHaveLength(32);
    expect(byId.has('stba')).toBe(false);
    expect([shuttles[0]!.id, shuttles.at(-1)!.id]).toEqual(['stba-0600', 'stba-2130']);
    expect(byId.get('stba-2130')!.stopTimes).toEqual([
      ['stagecoach', 77400, 77400],
      ['beatty-airport', 78600, 78600],
    ]);
    // CITY1: 4 + 12 + 12 + 18 + 6 departures over its five periods.
    expect(trips.filter((trip) => trip.id.startsWith('city1-'))).toHaveLength(52);
    // CITY2's template starts at 06:30 (departure from EMSI); a copy leaving at 08:10 arrives there at 08:08.
    expect(byId.get('city2-0810')!.stopTimes[0]).toEqual(['emsi', 29280, 29400]);
    expect(trips).toHaveLength(4 + 4 + 32 + 52 + 52);
  });

  it('does not run FULLW on 4 June 2007, a removed date', async () => {
    const { services } = await importGtfs(SAMPLE_FEED, {});
    const fullw = services.find((service) => service.id === 'fullw')!;
    const weekends = services.find((service) => service.id === 'we')!;
    expect(fullw.removedDates).toEqual(['20070604']);
    expect(isServiceActive(fullw, '20070604')).toBe(false);
    expect(isServiceActive(fullw, '20070605')).toBe(true);
    expect(isServiceActive(weekends, '20070602')).toBe(true); // Saturday
    expect(isServiceActive(weekends, '20070604')).toBe(false); // Monday
  });
});
