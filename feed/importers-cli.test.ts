// Real organisations' exports through the publisher's command line, as a publisher runs it: a GTFS
// feed with the quirks operators' tools leave in, an ArcGIS hazard export, an HSDS directory.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishFeed } from './publish-feed';
import { readAllTables } from './read-all-tables';
import { readSigningKey } from './signing';
import { Notices } from './validation-report';

function feed(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'feed/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, VITE_FEED_ROOT_KEYS: '' } });
  return { status: run.status, out: run.stdout.trim().split('\n').filter(Boolean), err: run.stderr.trim().split('\n').filter(Boolean) };
}

/** A feed as a bus operator's scheduling tool exported it: BOM, CRLF, blank lines, own columns, a station in stop_times. */
const OPERATOR_GTFS: Record<string, string> = {
  'agency.txt': '\uFEFFagency_id,agency_name,agency_url,agency_timezone,agency_lang\r\nOP,Test Bus Operator,https://example.org/,Asia/Yerevan,hy\r\n',
  'stops.txt': [
    'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,depot_code',
    'KIL,Test Kilikia station,40.1650,44.4930,1,,D1',
    'KIL-P1,Test Kilikia platform 1,40.1651,44.4931,0,KIL,D1',
    'GOR,Test Goris station,39.5080,46.3390,1,,',
    'SQ,Test main square,39.8150,46.7520,0,,',
    '',
  ].join('\r\n'),
  'routes.txt': 'route_id,agency_id,route_short_name,route_long_name,route_type\r\nYS,OP,1,"Test Yerevan –\r\nStepanakert",3\r\n\r\n',
  'trips.txt': 'route_id,service_id,trip_id,trip_headsign\r\nYS,DAILY,T-NIGHT,Stepanakert\r\nYS,DAILY,T-SHUTTLE,Stepanakert\r\n',
  'stop_times.txt': [
    'trip_id,arrival_time,departure_time,stop_id,stop_sequence,driver_note',
    'T-NIGHT,22:00:00,22:00:00,KIL,1,board early',
    'T-NIGHT,26:10:00,26:15:00,GOR,2,',
    'T-NIGHT,27:30:00,27:30:00,SQ,3,',
    'T-SHUTTLE,08:00:00,08:00:00,KIL,1,',
    'T-SHUTTLE,13:30:00,13:30:00,SQ,2,',
    '',
  ].join('\r\n'),
  'calendar.txt': 'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\r\nDAILY,1,1,1,1,1,1,1,20201201,20210228\r\n',
  'frequencies.txt': 'trip_id,start_time,end_time,headway_secs,exact_times\r\nT-SHUTTLE,08:00:00,12:00:00,7200,1\r\n',
};

function writeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-export-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const withoutSignature = ({ signature: _signature, ...record }: { id: string; signature?: unknown }) => record;

function publishedTables(out: string, dataset: string): Record<string, { id: string }[]> {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const file = JSON.parse(readFileSync(join(out, manifest.datasets[dataset].path), 'utf8'));
  return Object.fromEntries(Object.entries(file.tables as Record<string, { id: string }[]>).map(([table, records]) => [table, records.map(withoutSignature)]));
}

/** Every file of a directory and its bytes, to show a refused build changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'base64')]));
}

describe('feed build from an operator GTFS feed, an ArcGIS hazard export and an HSDS directory', { timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'homeward-importers-'));
  const out = join(root, 'published');
  const keys = ['--key', join(root, 'k.pem'), '--root-key', join(root, 'root.pem')];
  const gtfs = writeDir(OPERATOR_GTFS);
  // The demo's places, sites and map, without its notes on the demo's own bus routes.
  const sources = join(root, 'sources');
  cpSync('feed/sources', sources, { recursive: true, filter: (path) => !path.endsWith('transit-extras.json') });
  const exports = ['--sources', sources, '--gtfs', gtfs, '--hazards', 'feed/hazards/fixtures/arcgis-export.geojson', '--hazards-map', 'feed/hazards/fixtures/arcgis-map.json', '--contacts-hsds', 'feed/contacts/fixtures/hsds'];
  let run: ReturnType<typeof feed>;
  beforeAll(() => {
    run = feed('build', '--out', out, ...keys, ...exports);
  });

  it('publishes, and prints what it repaired one line per notice code', () => {
    expect(run.err).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.out).toEqual(
      expect.arrayContaining([
        'WARNING empty_row ×1: routes.txt line 4: a blank line; skipped',
        'WARNING location_with_unexpected_stop_time ×3: stop_times.txt line 2 stop_id: "KIL" is a station (location_type 1); its one platform "kil-p1" is used (and 2 more)',
        'WARNING new_line_in_value ×1: routes.txt line 2 route_long_name: a quoted value spans lines; its line breaks were read as spaces',
        'WARNING missing_recommended_file ×1: feed_info.txt: missing: the records say they come from the first agency, checked today',
        'INFO    unknown_column ×2: stops.txt line 1 depot_code: column "depot_code" is not in the GTFS reference; ignored (and 1 more)',
        'INFO    frequencies_expanded ×1: frequencies.txt line 2 headway_secs: trip "T-SHUTTLE" every 7200 s: 2 trips',
        'INFO    multipolygon_split ×1: feed/hazards/fixtures/arcgis-export.geojson geometry: features[2] (id "JBR-SHA-0007"): a MultiPolygon of 2 parts became 2 hazards, hz-jbr-sha-0007-1 to hz-jbr-sha-0007-2',
        'INFO    unusable_phone_type ×1: feed/contacts/fixtures/hsds/phones.csv line 3 type: a fax number cannot be called from a phone\'s app; left out',
      ]),
    );
    expect(run.out.some((line) => line.startsWith('INFO    byte_order_mark ×1: agency.txt line 1'))).toBe(true);
  });

  it('writes the validation report beside the feed, grouped by notice code as the canonical validator does', () => {
    const report = JSON.parse(readFileSync(join(out, 'validation-report.json'), 'utf8'));
    const station = report.notices.find((notice: { code: string }) => notice.code === 'location_with_unexpected_stop_time');
    expect(station).toEqual({
      code: 'location_with_unexpected_stop_time',
      severity: 'WARNING',
      totalNotices: 3,
      sampleNotices: [
        { filename: 'stop_times.txt', csvRowNumber: 2, fieldName: 'stop_id', message: '"KIL" is a station (location_type 1); its one platform "kil-p1" is used' },
        { filename: 'stop_times.txt', csvRowNumber: 3, fieldName: 'stop_id', message: '"GOR" is a station (location_type 1) with 0 platforms; the station itself is used as the stop' },
        { filename: 'stop_times.txt', csvRowNumber: 5, fieldName: 'stop_id', message: '"KIL" is a station (location_type 1); its one platform "kil-p1" is used' },
      ],
    });
    expect(report.summary.records).toMatchObject({ hazards: 4, contacts: 2, trips: 3, stops: 3 });
    expect(report.summary.inputs).toEqual({ sources: 'sources', gtfs: expect.stringMatching(/^homeward-export-/), hazards: 'arcgis-export.geojson', hazardsMap: 'arcgis-map.json', contactsHsds: 'hsds' });
    const fax = report.notices.find((notice: { code: string }) => notice.code === 'unusable_phone_type');
    expect(fax.sampleNotices).toEqual([{ filename: 'phones.csv', csvRowNumber: 3, fieldName: 'type', message: "a fax number cannot be called from a phone's app; left out" }]);
    expect(feed('verify', out, '--root-keys', readFileSync(join(root, 'root.pub'), 'utf8').trim())).toMatchObject({ status: 0, err: [] });
  });

  it('turns the operator feed into stops, a route and trips a rider can read', () => {
    const transit = publishedTables(out, 'transit');
    expect(transit.stops!.map((stop) => stop.id)).toEqual(['kil-p1', 'sq', 'gor']);
    expect(transit.routes).toEqual([expect.objectContaining({ id: 'ys', longName: { en: 'Test Yerevan – Stepanakert' } })]);
    expect(transit.trips!.map((trip) => [trip.id, (trip as unknown as { stopTimes: unknown }).stopTimes])).toEqual([
      ['t-night', [['kil-p1', 79200, 79200], ['gor', 94200, 94500], ['sq', 99000, 99000]]],
      ['t-shuttle-0800', [['kil-p1', 28800, 28800], ['sq', 48600, 48600]]],
      ['t-shuttle-1000', [['kil-p1', 36000, 36000], ['sq', 55800, 55800]]],
    ]);
  });

  it('imports each hazard of the export with its mapped kind, status, district, dates and texts', () => {
    const { hazards } = publishedTables(out, 'hazards');
    expect(hazards).toEqual([
      {
        id: 'hz-fzl-cha-0012',
        source: 'Test mine-action centre',
        verifiedAt: '2020-11-25',
        kind: 'cha',
        status: 'active',
        geometry: { type: 'Polygon', coordinates: [[[47.1355, 39.6125], [47.148, 39.612], [47.151, 39.6185], [47.1355, 39.6125]]] },
        title: { en: 'Test minefield north of the road', ru: 'Тестовое минное поле к северу от дороги' },
        description: { en: 'Test fixture: direct evidence of mines.' },
        district: 'fizuli',
        reportedAt: '2020-11-20',
      },
      {
        id: 'hz-agd-erw-0003',
        source: 'Test mine-action centre',
        verifiedAt: '2020-11-25',
        kind: 'erw',
        status: 'clearance',
        geometry: { type: 'Point', coordinates: [46.933, 39.983], radiusM: 150 },
        title: { en: 'Test unexploded shell by the mosque', hy: 'Թեստային չպայթած արկ', az: 'Test partlamamış mərmi' },
        description: { en: 'Test fixture: a shell reported by a resident.' },
        advice: { en: 'Keep to the paved road.' },
        district: 'agdam',
        reportedAt: '2020-11-25',
      },
      expect.objectContaining({ id: 'hz-jbr-sha-0007-1', kind: 'sha', geometry: { type: 'Polygon', coordinates: [[[47.02, 39.4], [47.03, 39.4], [47.03, 39.41], [47.02, 39.4]]] } }),
      expect.objectContaining({ id: 'hz-jbr-sha-0007-2', kind: 'sha', geometry: { type: 'Polygon', coordinates: [[[47.04, 39.4], [47.05, 39.4], [47.05, 39.41], [47.04, 39.4]]] } }),
    ]);
  });

  it('imports one contact per active HSDS service, with its phones, hours, languages and place', () => {
    const { contacts } = publishedTables(out, 'contacts');
    expect(contacts).toEqual([
      {
        id: 'ct-3f1c0d7e-0b1a-4c1e-9a57-1a2b3c4d5e6f',
        source: 'Test Demining Centre',
        verifiedAt: '2020-11-30',
        name: { en: 'Test mine report hotline', az: 'Test mina xətti' },
        description: { en: 'Test fixture: report a mine or a strange object.', ru: 'Тест: сообщите о мине.' },
        categories: ['mine-action'],
        phones: [{ number: '0 8000 9000', type: 'voice', label: { en: 'Hotline', hy: 'Թեժ գիծ' } }],
        email: 'info@example.org',
        website: 'https://example.org/',
        address: { en: 'Test street 1, Goris, AM', hy: 'Թեստային փողոց 1, Գորիս, AM' },
        hours: {
          timezone: 'Asia/Yerevan',
          periods: [
            { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' },
            { days: [6], opens: '10:00', closes: '14:00' },
          ],
        },
        languages: ['hy', 'ru'],
        area: { en: 'Goris', hy: 'Գորիս', ru: 'Горис' },
      },
      {
        id: 'ct-svc-emergency',
        source: 'Test Emergency Service',
        verifiedAt: '2020-12-01',
        name: { en: 'Test emergency number' },
        description: { en: 'Test fixture: emergency calls.' },
        categories: ['emergency'],
        phones: [{ number: '911', type: 'voice' }],
        hours: { timezone: 'Etc/GMT-4', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] },
        languages: [],
        area: { en: 'Test area Armenia', hy: 'Թեստային տարածք' },
      },
    ]);
  });

  it('publishes a later export, reordered with one hazard changed, as a delta of that one hazard', () => {
    const collection = JSON.parse(readFileSync('feed/hazards/fixtures/arcgis-export.geojson', 'utf8'));
    collection.features.reverse();
    collection.features.find((feature: { properties: { HAZ_ID: string } }) => feature.properties.HAZ_ID === 'AGD-ERW-0003').properties.STATUS = 'Released';
    const later = join(root, 'later-export.geojson');
    writeFileSync(later, JSON.stringify(collection));
    const rebuilt = feed('build', '--out', out, ...keys, ...exports.map((arg) => (arg === 'feed/hazards/fixtures/arcgis-export.geojson' ? later : arg)));
    expect(rebuilt.out.at(-1)).toMatch(/: changed hazards$/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const delta = JSON.parse(readFileSync(join(out, manifest.datasets.hazards.deltas[0].path), 'utf8'));
    expect(delta.tables.hazards.deletes).toEqual([]);
    expect(delta.tables.hazards.upserts.map((hazard: { id: string; status: string }) => [hazard.id, hazard.status])).toEqual([['hz-agd-erw-0003', 'released']]);
  });

  it('leaves the published directory exactly as it was when a build from the exports is cut off before the swap', async () => {
    const before = snapshot(out);
    const notices = new Notices();
    const { demo, tables } = await readAllTables(sources, gtfs, { hazards: { file: exports[5]!, map: exports[7]! }, contactsHsds: exports[9]!, notices });
    const key = await readSigningKey(join(root, 'k.pem'));
    const cut = publishFeed({ outDir: out, feedId: 'homeward-demo', demo, tables, key, now: new Date(), validDays: 30, hooks: { beforeSwap: () => Promise.reject(new Error('power cut')) } });
    await expect(cut).rejects.toThrow('power cut');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).filter((name) => name.includes('staging'))).toEqual([]);
  });

  describe('a refused build leaves the published directory exactly as it was', () => {
    const refusals: [string, (dir: string) => string[], RegExp][] = [
      [
        'a GTFS trip whose times go back',
        () => ['--gtfs', writeDir({ ...OPERATOR_GTFS, 'stop_times.txt': OPERATOR_GTFS['stop_times.txt']!.replace('26:10:00,26:15:00', '21:10:00,21:15:00') })],
        /^stop_times.txt line 3, column arrival_time: 21:10:00 is before the departure from the stop before \(22:00:00\)$/,
      ],
      [
        'a frequency of one second',
        () => ['--gtfs', writeDir({ ...OPERATOR_GTFS, 'frequencies.txt': 'trip_id,start_time,end_time,headway_secs\nT-SHUTTLE,06:00:00,12:00:00,1\n' })],
        /^frequencies.txt line 2, column headway_secs: route "ys" would have more than 2016 trips once frequencies.txt is expanded: is headway_secs in seconds\?$/,
      ],
      [
        'a hazard export in Web Mercator',
        (dir) => {
          const file = join(dir, 'mercator.geojson');
          writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:3857' } }, features: [] }));
          return ['--hazards', file];
        },
        /^.*mercator.geojson: crs "EPSG:3857" is not WGS 84; export the layer as EPSG:4326 \(WGS 84\), longitude and latitude in degrees$/,
      ],
      [
        'an HSDS phone number that is not one',
        (dir) => {
          const hsds = join(dir, 'hsds');
          cpSync('feed/contacts/fixtures/hsds', hsds, { recursive: true });
          writeFileSync(join(hsds, 'phones.csv'), 'id,service_id,number,type\nph-1,svc-emergency,call us,voice\n');
          return ['--contacts-hsds', hsds];
        },
        /phones.csv line 2, field number: "call us" is not a phone number \(digits, spaces and an optional leading \+\)$/,
      ],
    ];
    for (const [what, change, message] of refusals) {
      it(`refuses ${what} in one line, and publishes nothing`, () => {
        const before = snapshot(out);
        const dir = mkdtempSync(join(tmpdir(), 'homeward-refused-'));
        const changed = change(dir);
        const args = [...exports];
        for (let i = 0; i < changed.length; i += 2) args[args.indexOf(changed[i]!) + 1] = changed[i + 1]!;
        const refused = feed('build', '--out', out, ...keys, ...args);
        expect(refused.status).toBe(1);
        expect(refused.err).toHaveLength(1);
        expect(refused.err[0]).toMatch(message);
        if (what.includes('GTFS')) {
          expect(refused.out[0]).toBe('ERROR   stop_time_with_arrival_before_previous_departure_time ×1: stop_times.txt line 3 arrival_time: 21:10:00 is before the departure from the stop before (22:00:00)');
        }
        expect(snapshot(out)).toEqual(before);
        expect(readdirSync(root).filter((name) => name.includes('staging'))).toEqual([]);
      });
    }
  });
});
