import { strToU8, zipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { GtfsError, importGtfs } from './import-gtfs';
import { isServiceActive } from '../../src/model/service-days';
import { feedFiles, writeFeed } from './test-feed';

const CALENDAR_HEADER = 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date';
const STOP_TIMES_HEADER = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence';

async function importChanged(changes: Record<string, string | undefined>, options = {}) {
  return importGtfs(await writeFeed(changes), options);
}

async function importError(changes: Record<string, string | undefined>): Promise<GtfsError> {
  const error = await importChanged(changes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(GtfsError);
  return error as GtfsError;
}

describe('importGtfs', () => {
  it('imports a small feed into the app tables', async () => {
    const tables = await importChanged({}, { source: 'Test source', verifiedAt: '2024-05-01' });
    expect(tables.agencies).toEqual([
      {
        id: 'a1',
        source: 'Test source',
        verifiedAt: '2024-05-01',
        name: { en: 'Test Agency' },
        timezone: 'Asia/Yerevan',
        url: 'https://example.org/',
      },
    ]);
    expect(tables.stops.map((stop) => [stop.id, stop.name.en, stop.lat, stop.lon])).toEqual([
      ['s1', 'First', 40, 44],
      ['s2', 'Second', 40, 44.5],
      ['s3', 'Third', 40, 45],
    ]);
    expect(tables.routes).toEqual([
      expect.objectContaining({ id: 'r1', agencyId: 'a1', shortName: '1', longName: { en: 'First – Third' }, notes: [] }),
    ]);
    expect(tables.services).toEqual([
      expect.objectContaining({ id: 'wk', weekdays: [true, true, true, true, true, false, false], startDate: '20240101', endDate: '20241231' }),
    ]);
    expect(tables.trips).toEqual([
      expect.objectContaining({
        id: 't1',
        routeId: 'r1',
        serviceId: 'wk',
        headsign: { en: 'Third' },
        stopTimes: [
          ['s1', 28800, 28800],
          ['s2', 30600, 30900],
          ['s3', 32400, 32400],
        ],
      }),
    ]);
  });

  it('sorts stop times by stop_sequence and keeps times past 24:00:00', async () => {
    const tables = await importChanged({
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,25:10:00,25:10:00,S3,30\nT1,23:50:00,23:50:00,S1,10\nT1,24:30:00,24:31:00,S2,20\n`,
    });
    expect(tables.trips[0]!.stopTimes).toEqual([
      ['s1', 85800, 85800],
      ['s2', 88200, 88260],
      ['s3', 90600, 90600],
    ]);
  });

  it('interpolates untimed stops by distance between the timed stops around them', async () => {
    const tables = await importChanged({
      'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,First,40.0,44.0\nS2,Second,40.0,44.75\nS3,Third,40.0,45.0\n',
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,,,S2,2\nT1,09:00:00,09:00:00,S3,3\n`,
    });
    // S2 lies three quarters of the way from S1 to S3.
    expect(tables.trips[0]!.stopTimes[1]).toEqual(['s2', 31500, 31500]);
  });

  it('refuses a trip whose first or last stop has no time', async () => {
    const error = await importError({ 'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,,,S3,2\n` });
    expect(error.message).toBe('stop_times.txt line 3, column arrival_time: is empty, but the first and last stop of a trip need times');
  });

  it('refuses stop times that go back in time', async () => {
    const error = await importError({ 'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,07:59:00,08:10:00,S3,2\n` });
    expect(error.message).toBe('stop_times.txt line 3, column arrival_time: 07:59:00 is before the departure from the stop before (08:00:00)');
  });

  it('expands frequency-based trips into concrete trips', async () => {
    const tables = await importChanged({
      'trips.txt': 'route_id,service_id,trip_id\nR1,WK,T1\nR1,WK,LOOP\n',
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,09:00:00,09:00:00,S3,2\nLOOP,00:00:00,00:00:00,S1,1\nLOOP,00:10:00,00:11:00,S2,2\nLOOP,00:20:00,00:20:00,S3,3\n`,
      'frequencies.txt':
        'trip_id,start_time,end_time,headway_secs,exact_times\nLOOP,06:00:00,07:00:00,1200,1\nLOOP,23:45:00,24:15:00,900,0\n',
    });
    expect(tables.trips.map((trip) => trip.id)).toEqual(['t1', 'loop-0600', 'loop-0620', 'loop-0640', 'loop-2345', 'loop-2400']);
    expect(tables.trips[2]!.stopTimes).toEqual([
      ['s1', 22800, 22800],
      ['s2', 23400, 23460],
      ['s3', 24000, 24000],
    ]);
    expect(tables.trips.at(-1)!.stopTimes.at(-1)).toEqual(['s3', 87600, 87600]);
  });

  it('refuses a frequency period that ends before it starts', async () => {
    const error = await importError({
      'frequencies.txt': 'trip_id,start_time,end_time,headway_secs\nT1,10:00:00,09:00:00,600\n',
    });
    expect(error.message).toBe('frequencies.txt line 2, column end_time: 09:00:00 is not after start_time 10:00:00');
  });

  it('builds services from calendar_dates.txt alone', async () => {
    const tables = await importChanged({
      'calendar.txt': undefined,
      'calendar_dates.txt': 'service_id,date,exception_type\nWK,20240315,1\nWK,20240301,1\nWK,20240320,1\n',
    });
    const [service] = tables.services;
    expect(service).toEqual(
      expect.objectContaining({
        id: 'wk',
        weekdays: [false, false, false, false, false, false, false],
        startDate: '20240301',
        endDate: '20240320',
        addedDates: ['20240301', '20240315', '20240320'],
        removedDates: [],
      }),
    );
    expect(isServiceActive(service!, '20240315')).toBe(true);
    expect(isServiceActive(service!, '20240316')).toBe(false);
  });

  it('applies added and removed dates of calendar_dates.txt to calendar services', async () => {
    const tables = await importChanged({
      'calendar_dates.txt': 'service_id,date,exception_type\nWK,20240106,1\nWK,20240102,2\n',
    });
    const [service] = tables.services;
    expect(service!.addedDates).toEqual(['20240106']);
    expect(service!.removedDates).toEqual(['20240102']);
    expect(isServiceActive(service!, '20240106')).toBe(true); // a Saturday, added
    expect(isServiceActive(service!, '20240102')).toBe(false); // a Tuesday, removed
    expect(isServiceActive(service!, '20240103')).toBe(true);
  });

  it('refuses two exceptions for one service and date', async () => {
    const error = await importError({ 'calendar_dates.txt': 'service_id,date,exception_type\nWK,20240106,1\nWK,20240106,2\n' });
    expect(error.message).toBe('calendar_dates.txt line 3, column date: service "WK" already has an exception on 20240106 (line 2)');
  });

  it.each(['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'])('names a missing required file: %s', async (file) => {
    const error = await importError({ [file]: undefined });
    expect(error.message).toBe(`${file}: required file is missing from the feed`);
    expect(error.file).toBe(file);
  });

  it('requires calendar.txt or calendar_dates.txt', async () => {
    const error = await importError({ 'calendar.txt': undefined });
    expect(error.message).toMatch(/^calendar\.txt: required file is missing from the feed, and so is calendar_dates\.txt/);
  });

  it.each([
    ['stops.txt', 'stop_lat', 'stop_id,stop_name,stop_lon\nS1,First,44.0\n'],
    ['trips.txt', 'service_id', 'route_id,trip_id\nR1,T1\n'],
    ['routes.txt', 'route_short_name or route_long_name', 'route_id,agency_id,route_type\nR1,A1,3\n'],
    ['calendar.txt', 'saturday', `${CALENDAR_HEADER.replace(',saturday', '')}\nWK,1,1,1,1,1,0,20240101,20241231\n`],
    ['stop_times.txt', 'arrival_time or departure_time', 'trip_id,stop_id,stop_sequence\nT1,S1,1\nT1,S3,2\n'],
  ])('names the file and a missing required column: %s %s', async (file, column, content) => {
    const error = await importError({ [file]: content });
    expect(error.message).toBe(`${file} line 1: missing required column ${column}`);
  });

  it('names file, line and column of a malformed time', async () => {
    const error = await importError({
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,25:7:00,25:07:00,S2,2\nT1,26:00:00,26:00:00,S3,3\n`,
    });
    expect(error.message).toBe('stop_times.txt line 3, column arrival_time: "25:7:00" is not a time (H:MM:SS)');
    expect([error.file, error.line, error.column]).toEqual(['stop_times.txt', 3, 'arrival_time']);
  });

  it('names file and line of malformed CSV', async () => {
    const error = await importError({ 'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,"First,40.0,44.0\n' });
    expect(error.message).toBe('stops.txt line 2: a quoted field is never closed');
  });

  it('names references to records that do not exist', async () => {
    expect((await importError({ 'trips.txt': 'route_id,service_id,trip_id\nR9,WK,T1\n' })).message).toBe(
      'trips.txt line 2, column route_id: "R9" is not in routes.txt',
    );
    expect((await importError({ 'trips.txt': 'route_id,service_id,trip_id\nR1,SAT,T1\n' })).message).toBe(
      'trips.txt line 2, column service_id: "SAT" is in neither calendar.txt nor calendar_dates.txt',
    );
    expect((await importError({ 'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,09:00:00,09:00:00,S9,2\n` })).message).toBe(
      'stop_times.txt line 3, column stop_id: "S9" is not a stop or station in stops.txt',
    );
  });

  it('refuses GTFS ids that would become the same record id', async () => {
    const error = await importError({ 'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,First,40,44\nS_2,Second,40,44.5\nS-2,Also second,40,44.5\n' });
    expect(error.message).toBe('stops.txt line 4, column stop_id: "S-2" and "S_2" (stops.txt line 3) both become record id "s-2"');
  });

  it('imports without the optional files, stamping the first agency and today', async () => {
    const tables = await importChanged({});
    const today = new Date().toISOString().slice(0, 10);
    expect(tables.stops.every((stop) => stop.source === 'Test Agency' && stop.verifiedAt === today)).toBe(true);
  });

  it('takes source and verifiedAt from feed_info.txt unless the options say otherwise', async () => {
    const feedInfo = 'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date\nTest Publisher,https://example.org/,en,20240115\n';
    const fromFeed = await importChanged({ 'feed_info.txt': feedInfo });
    expect([fromFeed.trips[0]!.source, fromFeed.trips[0]!.verifiedAt]).toEqual(['Test Publisher', '2024-01-15']);
    const fromOptions = await importChanged({ 'feed_info.txt': feedInfo }, { source: 'Reviewer', verifiedAt: '2024-02-02' });
    expect([fromOptions.trips[0]!.source, fromOptions.trips[0]!.verifiedAt]).toEqual(['Reviewer', '2024-02-02']);
  });

  it('keeps an agency phone only in the form the app accepts, and a link only over https', async () => {
    const tables = await importChanged({
      'agency.txt':
        'agency_id,agency_name,agency_url,agency_timezone,agency_phone\nA1,Good,https://example.org/,Asia/Yerevan,+374 00 000000\nA2,Bad,http://example.org/,Asia/Yerevan,(010) 00-00\n',
    });
    expect(tables.agencies[0]).toEqual(expect.objectContaining({ url: 'https://example.org/', phone: '+374 00 000000' }));
    expect(tables.agencies[1]).not.toHaveProperty('url');
    expect(tables.agencies[1]).not.toHaveProperty('phone');
  });

  it('applies translations.txt to stop, route, trip and agency texts', async () => {
    const tables = await importChanged({
      'translations.txt': [
        'table_name,field_name,language,translation,record_id,record_sub_id,field_value',
        'stops,stop_name,hy-AM,Առաջին,S1,,',
        'stops,stop_name,ru,Первая,S1,,',
        'stops,stop_name,fr,Premier,S1,,',
        'routes,route_long_name,az,Birinci – Üçüncü,R1,,',
        'routes,route_long_name,ru,Первая – Третья,,,First – Third',
        'trips,trip_headsign,ru,Третья,,,Third',
        'trips,trip_headsign,ru,Третья остановка,T1,,',
        'agency,agency_name,hy,Փորձնական գործակալություն,A1,,',
        'feed_info,feed_publisher_name,ru,Издатель,,,',
      ].join('\n'),
    });
    expect(tables.stops[0]!.name).toEqual({ en: 'First', hy: 'Առաջին', ru: 'Первая' });
    expect(tables.stops[1]!.name).toEqual({ en: 'Second' });
    expect(tables.routes[0]!.longName).toEqual({ en: 'First – Third', az: 'Birinci – Üçüncü', ru: 'Первая – Третья' });
    // A translation by record_id wins over one by field_value, as the GTFS reference says.
    expect(tables.trips[0]!.headsign).toEqual({ en: 'Third', ru: 'Третья остановка' });
    expect(tables.agencies[0]!.name).toEqual({ en: 'Test Agency', hy: 'Փորձնական գործակալություն' });
  });

  it('puts untranslated texts in the feed language, with English falling back to them', async () => {
    const translations = 'table_name,field_name,language,translation,record_id\nstops,stop_name,en,Goris,S1\n';
    const stopsHy = 'stop_id,stop_name,stop_lat,stop_lon\nS1,Գորիս,39.5,46.3\nS2,Սիսիան,39.5,46.0\nS3,Վայք,39.7,45.5\n';
    const tables = await importChanged({
      'stops.txt': stopsHy,
      'translations.txt': translations,
      'feed_info.txt': 'feed_publisher_name,feed_lang\nTest,hy\n',
    });
    expect(tables.stops[0]!.name).toEqual({ hy: 'Գորիս', en: 'Goris' });
    expect(tables.stops[1]!.name).toEqual({ hy: 'Սիսիան', en: 'Սիսիան' });
    const overridden = await importChanged({ 'stops.txt': stopsHy, 'feed_info.txt': 'feed_publisher_name,feed_lang\nTest,en\n' }, { defaultLanguage: 'hy-AM' });
    expect(overridden.stops[2]!.name).toEqual({ hy: 'Վայք', en: 'Վայք' });
  });

  it('reads a feed from a .zip file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeward-gtfs-zip-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const entries = Object.fromEntries(Object.entries(feedFiles({ 'shapes.txt': 'not,read\n' })).map(([name, text]) => [name, strToU8(text)]));
    const path = join(dir, 'feed.zip');
    await writeFile(path, zipSync(entries));
    const fromZip = await importGtfs(path, { verifiedAt: '2024-01-01' });
    const fromDirectory = await importGtfs(await writeFeed(), { verifiedAt: '2024-01-01' });
    expect(fromZip).toEqual(fromDirectory);
    expect(fromZip.trips).toHaveLength(1);
  });

  it('names a path that is neither a directory nor a .zip file', async () => {
    const dir = await writeFeed();
    await expect(importGtfs(join(dir, 'agency.txt'), {})).rejects.toThrow(/agency\.txt: is not a directory or a readable \.zip file/);
    await expect(importGtfs(join(dir, 'nothing-here'), {})).rejects.toThrow(/nothing-here: no such directory or \.zip file/);
  });
});
