// GTFS as operators publish it: the deviations real feeds carry are repaired and reported; what
// would mislead a rider is refused, naming file, line and field.
import { strToU8, zipSync } from 'fflate';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readAllTables } from '../read-all-tables';
import { Notices } from '../validation-report';
import { GtfsError, importGtfs } from './import-gtfs';
import { feedFiles, writeFeed } from './test-feed';

const STOP_TIMES_HEADER = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence';
const CALENDAR_HEADER = 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date';

async function importWithNotices(changes: Record<string, string | undefined>) {
  const notices = new Notices();
  const tables = await importGtfs(await writeFeed(changes), { notices });
  return { tables, notices: notices.list };
}

async function importError(changes: Record<string, string | undefined>): Promise<GtfsError> {
  const error = await importGtfs(await writeFeed(changes)).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(GtfsError);
  return error as GtfsError;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-operator-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('a station named in stop_times.txt', () => {
  it('becomes the station itself when it has several platforms, so the rider sees the station', async () => {
    const { tables, notices } = await importWithNotices({
      'stops.txt':
        'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\nS1,First,40.0,44.0,,\nST,Central station,40.0,44.5,1,\nP1,Platform 1,40.0,44.501,0,ST\nP2,Platform 2,40.0,44.502,0,ST\nS3,Third,40.0,45.0,0,\n',
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,08:30:00,08:35:00,ST,2\nT1,09:00:00,09:00:00,S3,3\n`,
    });
    expect(tables.trips[0]!.stopTimes.map(([stop]) => stop)).toEqual(['s1', 'st', 's3']);
    expect(tables.stops.map((stop) => [stop.id, stop.name.en])).toEqual([
      ['s1', 'First'],
      ['p1', 'Platform 1'],
      ['p2', 'Platform 2'],
      ['s3', 'Third'],
      ['st', 'Central station'],
    ]);
    expect(notices).toContainEqual({
      code: 'location_with_unexpected_stop_time',
      severity: 'WARNING',
      file: 'stop_times.txt',
      line: 3,
      field: 'stop_id',
      message: '"ST" is a station (location_type 1) with 2 platforms; the station itself is used as the stop',
    });
  });

  it('still refuses a stop_id that is in stops.txt as an entrance, not a stop or a station', async () => {
    const error = await importError({
      'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon,location_type\nS1,First,40.0,44.0,0\nE1,Entrance,40.0,44.5,2\nS3,Third,40.0,45.0,0\n',
      'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,08:00:00,08:00:00,S1,1\nT1,08:30:00,08:35:00,E1,2\nT1,09:00:00,09:00:00,S3,3\n`,
    });
    expect([error.message, error.code]).toEqual(['stop_times.txt line 3, column stop_id: "E1" is not a stop or station in stops.txt', 'foreign_key_violation']);
  });
});

describe('repairs reported in the validation report', () => {
  it('drops values beyond the header and names the columns the reference does not have', async () => {
    const { tables, notices } = await importWithNotices({ 'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type,depot\nR1,A1,1,First – Third,3,North,extra\n' });
    expect(tables.routes[0]!.longName).toEqual({ en: 'First – Third' });
    expect(notices.filter((notice) => notice.file === 'routes.txt')).toEqual([
      { code: 'wrong_number_of_fields', severity: 'WARNING', file: 'routes.txt', line: 2, message: 'more values than the header has columns; the extra values were dropped' },
      { code: 'unknown_column', severity: 'INFO', file: 'routes.txt', line: 1, field: 'depot', message: 'column "depot" is not in the GTFS reference; ignored' },
    ]);
  });

  it('reads a .zip whose files sit in one folder, as some tools zip a feed', async () => {
    const dir = await tempDir();
    const zip = join(dir, 'operator-feed.zip');
    await writeFile(zip, zipSync(Object.fromEntries(Object.entries(feedFiles()).map(([name, text]) => [`export-2020-12/${name}`, strToU8(text)]))));
    const notices = new Notices();
    const tables = await importGtfs(zip, { notices });
    expect(tables.trips.map((trip) => trip.id)).toEqual(['t1']);
    expect(notices.list).toContainEqual({
      code: 'input_files_in_subfolder',
      severity: 'WARNING',
      file: zip,
      message: 'the feed files are in the folder "export-2020-12/" of the .zip, not at its top; read from there',
    });
  });

  it('refuses a .zip holding two feeds in two folders', async () => {
    const dir = await tempDir();
    const zip = join(dir, 'two-feeds.zip');
    const files = Object.entries(feedFiles()).flatMap(([name, text]) => [[`north/${name}`, strToU8(text)] as const, [`south/${name}`, strToU8(text)] as const]);
    await writeFile(zip, zipSync(Object.fromEntries(files)));
    const error = await importGtfs(zip).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(`${zip}: holds the feed files in 2 folders (north, south), not at its top: zip one feed's files`);
  });
});

describe('refusals that would mislead a rider', () => {
  it('refuses a trip whose service has no day to run on', async () => {
    const error = await importError({ 'calendar.txt': `${CALENDAR_HEADER}\nWK,0,0,0,0,0,0,0,20240101,20241231\n` });
    expect([error.message, error.code]).toEqual([
      'trips.txt line 2, column service_id: trip "T1" runs on service "WK", which has no day to run on in calendar.txt and calendar_dates.txt',
      'trip_without_service_days',
    ]);
  });

  it('refuses a service whose only day is removed again by calendar_dates.txt', async () => {
    // Mondays of the first week of 2024: 1 January only, and that day is removed.
    const error = await importError({
      'calendar.txt': `${CALENDAR_HEADER}\nWK,1,0,0,0,0,0,0,20240101,20240107\n`,
      'calendar_dates.txt': 'service_id,date,exception_type\nWK,20240101,2\n',
    });
    expect(error.code).toBe('trip_without_service_days');
  });

  it('gives an unparsable time its notice code and its place', async () => {
    const error = await importError({ 'stop_times.txt': `${STOP_TIMES_HEADER}\nT1,8h00,08:00:00,S1,1\nT1,09:00:00,09:00:00,S3,2\n` });
    expect([error.message, error.code]).toEqual(['stop_times.txt line 2, column arrival_time: "8h00" is not a time (H:MM:SS)', 'invalid_time']);
  });

  it('refuses a transit dataset too big for a phone on a slow connection', { timeout: 30_000 }, async () => {
    // Three routes, each a 30-stop trip every 43 seconds round the clock: 2,010 trips a route, under
    // the per-route cap, but megabytes together.
    const stops = Array.from({ length: 30 }, (_, k) => `S${k},Stop ${k},40.0,${(44 + k * 0.03).toFixed(2)}`);
    const times = (trip: string) => Array.from({ length: 30 }, (_, k) => `${trip},00:${String(k).padStart(2, '0')}:00,00:${String(k).padStart(2, '0')}:00,S${k},${k + 1}`);
    const gtfs = await writeFeed({
      'stops.txt': `stop_id,stop_name,stop_lat,stop_lon\n${stops.join('\n')}\n`,
      'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,One,3\nR2,A1,2,Two,3\nR3,A1,3,Three,3\n',
      'trips.txt': 'route_id,service_id,trip_id\nR1,WK,T1\nR2,WK,T2\nR3,WK,T3\n',
      'stop_times.txt': `${STOP_TIMES_HEADER}\n${['T1', 'T2', 'T3'].flatMap(times).join('\n')}\n`,
      'frequencies.txt': 'trip_id,start_time,end_time,headway_secs\nT1,00:00:00,24:00:00,43\nT2,00:00:00,24:00:00,43\nT3,00:00:00,24:00:00,43\n',
    });
    const sources = await tempDir();
    await cp('feed/sources', sources, { recursive: true, filter: (path) => !path.endsWith('transit-extras.json') });
    const error = await readAllTables(sources, gtfs).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(
      /^the transit dataset would be \d+\.\d MB \(6030 trips\), over the 4\.0 MB a phone on a slow connection can be asked to fetch: leave out services that have ended, or check headway_secs in frequencies.txt$/,
    );
  });
});
