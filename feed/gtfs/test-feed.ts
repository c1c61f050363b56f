// Test helper: writes small GTFS feeds to temporary directories, removed when the test ends.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A small valid feed: one agency, three stops, one route, one weekday trip. */
export const BASE_FEED: Readonly<Record<string, string>> = {
  'agency.txt': 'agency_id,agency_name,agency_url,agency_timezone\nA1,Test Agency,https://example.org/,Asia/Yerevan\n',
  'stops.txt': 'stop_id,stop_name,stop_lat,stop_lon\nS1,First,40.0,44.0\nS2,Second,40.0,44.5\nS3,Third,40.0,45.0\n',
  'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A1,1,First – Third,3\n',
  'trips.txt': 'route_id,service_id,trip_id,trip_headsign\nR1,WK,T1,Third\n',
  'stop_times.txt':
    'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:30:00,08:35:00,S2,2\nT1,09:00:00,09:00:00,S3,3\n',
  'calendar.txt':
    'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\n',
};

/** BASE_FEED with some files replaced, added, or (undefined) removed, as files. */
export function feedFiles(changes: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string> = { ...BASE_FEED };
  for (const [name, content] of Object.entries(changes)) {
    if (content === undefined) delete files[name];
    else files[name] = content;
  }
  return files;
}

/** Writes BASE_FEED with changes to a fresh directory and returns its path. */
export async function writeFeed(changes: Record<string, string | undefined> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-gtfs-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(feedFiles(changes))) await writeFile(join(dir, name), content);
  return dir;
}
