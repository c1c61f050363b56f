// The publisher's importers on inputs the size of a real operator's export: a GTFS feed of 100,000
// stop times and a GeoJSON hazard export of 10,000 features, generated with distinct values in a
// temporary directory. Run alone with `npx tsx scripts/bench/importers.ts`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importGtfs } from '../../feed/gtfs/import-gtfs';
import { importHazardsGeojson } from '../../feed/hazards/import-geojson';
import type { HazardMap } from '../../feed/hazards/hazard-map';
import type { Place } from '../../src/model/datasets';

const STOP_TIMES = 100_000;
const STOPS_PER_TRIP = 20;
const STOPS = 2_000;
const ROUTES = 40;
const FEATURES = 10_000;

/** A small deterministic generator, so every run imports the same feed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

const time = (seconds: number) => `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

async function writeGtfs(dir: string): Promise<void> {
  const random = seeded(13);
  const stops = ['stop_id,stop_name,stop_lat,stop_lon'];
  for (let s = 0; s < STOPS; s++) stops.push(`S${s},Stop ${s} ${Math.floor(random() * 1e6)},${(39 + random() * 1.2).toFixed(5)},${(44.5 + random() * 3).toFixed(5)}`);
  const routes = ['route_id,agency_id,route_short_name,route_long_name,route_type'];
  for (let r = 0; r < ROUTES; r++) routes.push(`R${r},A,${r + 1},Route ${r} ${Math.floor(random() * 1e6)},3`);
  const trips = ['route_id,service_id,trip_id,trip_headsign'];
  const stopTimes = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence'];
  for (let t = 0; t < STOP_TIMES / STOPS_PER_TRIP; t++) {
    trips.push(`R${t % ROUTES},${t % 3 === 0 ? 'WE' : 'WK'},T${t},Headsign ${Math.floor(random() * 1e6)}`);
    let clock = 5 * 3600 + Math.floor(random() * 16 * 3600);
    for (let k = 0; k < STOPS_PER_TRIP; k++) {
      const dwell = Math.floor(random() * 120);
      stopTimes.push(`T${t},${time(clock)},${time(clock + dwell)},S${Math.floor(random() * STOPS)},${k + 1}`);
      clock += dwell + 60 + Math.floor(random() * 900);
    }
  }
  const files: Record<string, string[]> = {
    'agency.txt': ['agency_id,agency_name,agency_url,agency_timezone', 'A,Bench Agency,https://example.org/,Asia/Yerevan'],
    'stops.txt': stops,
    'routes.txt': routes,
    'trips.txt': trips,
    'stop_times.txt': stopTimes,
    'calendar.txt': ['service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date', 'WK,1,1,1,1,1,0,0,20201201,20211130', 'WE,0,0,0,0,0,1,1,20201201,20211130'],
  };
  for (const [name, lines] of Object.entries(files)) await writeFile(join(dir, name), `${lines.join('\n')}\n`);
}

const PLACES: Place[] = [
  { id: 'fizuli', source: 'bench', verifiedAt: '2020-12-01', name: { en: 'Fizuli' }, kind: 'town', lat: 39.6, lon: 47.143 },
  { id: 'agdam', source: 'bench', verifiedAt: '2020-12-01', name: { en: 'Agdam' }, kind: 'town', lat: 39.993, lon: 46.931 },
  { id: 'lachin', source: 'bench', verifiedAt: '2020-12-01', name: { en: 'Lachin' }, kind: 'town', lat: 39.641, lon: 46.547 },
];

const MAP: HazardMap = {
  source: 'Bench mine-action centre',
  idPrefix: 'hz-',
  fields: {
    id: { property: 'HAZ_ID' },
    kind: { property: 'HAZ_TYPE', values: { 'Confirmed Hazardous Area': 'cha', 'Suspected Hazardous Area': 'sha', UXO: 'erw' } },
    status: { property: 'STATUS', values: { Active: 'active', 'Clearance ongoing': 'clearance' } },
    reportedAt: { property: 'DATE_REP' },
    district: { property: 'DISTRICT', values: { Füzuli: 'fizuli', Ağdam: 'agdam', Laçın: 'lachin' } },
    radiusM: { property: 'RADIUS_M' },
  },
  texts: { title: 'TITLE', description: 'DESCR' },
};

async function writeGeojson(file: string): Promise<void> {
  const random = seeded(10);
  const kinds = ['Confirmed Hazardous Area', 'Suspected Hazardous Area', 'UXO'];
  const districts = ['Füzuli', 'Ağdam', 'Laçın'];
  const features = [];
  for (let i = 0; i < FEATURES; i++) {
    const lon = 46.5 + random() * 0.7;
    const lat = 39.55 + random() * 0.45;
    const isPoint = i % 4 === 0;
    const ring = Array.from({ length: 8 }, (_, k) => [lon + 0.004 * Math.cos((k * Math.PI) / 4) * (0.5 + random()), lat + 0.003 * Math.sin((k * Math.PI) / 4) * (0.5 + random())]);
    ring.push(ring[0]!);
    features.push({
      type: 'Feature',
      properties: {
        OBJECTID: i + 1,
        HAZ_ID: `BENCH-${i}`,
        HAZ_TYPE: kinds[i % 3],
        STATUS: i % 5 === 0 ? 'Clearance ongoing' : 'Active',
        DATE_REP: Date.UTC(2020, 10, 1) + Math.floor(random() * 30) * 86_400_000,
        DISTRICT: districts[i % 3],
        RADIUS_M: isPoint ? 50 + Math.floor(random() * 500) : null,
        TITLE_EN: `Hazard ${i} ${Math.floor(random() * 1e9)}`,
        TITLE_RU: `Опасность ${i} ${Math.floor(random() * 1e9)}`,
        DESCR_EN: `Reported area ${Math.floor(random() * 1e9)} near the road.`,
      },
      geometry: isPoint ? { type: 'Point', coordinates: [lon, lat] } : { type: 'Polygon', coordinates: [ring] },
    });
  }
  await writeFile(file, JSON.stringify({ type: 'FeatureCollection', features }));
}

/** Times each importer on its generated input; the input is written before the clock starts. */
export async function runImporterBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-importer-bench-'));
  try {
    const gtfs = join(dir, 'gtfs');
    await mkdir(gtfs);
    await writeGtfs(gtfs);
    const geojson = join(dir, 'hazards.geojson');
    await writeGeojson(geojson);

    let start = performance.now();
    const transit = await importGtfs(gtfs, { source: 'bench', verifiedAt: '2020-12-01' });
    const gtfsMs = performance.now() - start;
    const stopTimes = transit.trips.reduce((sum, trip) => sum + trip.stopTimes.length, 0);
    if (stopTimes !== STOP_TIMES) throw new Error(`the GTFS bench imported ${stopTimes} stop times, not ${STOP_TIMES}`);

    start = performance.now();
    const hazards = await importHazardsGeojson(geojson, MAP, { places: PLACES });
    const geojsonMs = performance.now() - start;
    if (hazards.length !== FEATURES) throw new Error(`the GeoJSON bench imported ${hazards.length} hazards, not ${FEATURES}`);
    return { importer_gtfs_100k_stop_times_ms: Math.round(gtfsMs), importer_geojson_10k_features_ms: Math.round(geojsonMs) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of Object.entries(await runImporterBench())) console.log(`${name}: ${value} ms`);
}
