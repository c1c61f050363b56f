import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Place } from '../../src/model/datasets';
import { SourceError } from '../read-sources';
import { Notices } from '../validation-report';
import { readHazardMap } from './hazard-map';
import { importHazardsGeojson } from './import-geojson';

const PLACES: Place[] = [
  { id: 'fizuli', source: 'Test', verifiedAt: '2020-12-01', name: { en: 'Fizuli (Varanda)' }, kind: 'town', lat: 39.6, lon: 47.143 },
  { id: 'agdam', source: 'Test', verifiedAt: '2020-12-01', name: { en: 'Agdam (Akna)' }, kind: 'town', lat: 39.993, lon: 46.931 },
  { id: 'jebrail', source: 'Test', verifiedAt: '2020-12-01', name: { en: 'Jebrail (Jrakan)' }, kind: 'town', lat: 39.4, lon: 47.026 },
];
const MAP_FILE = 'feed/hazards/fixtures/arcgis-map.json';

/** An ArcGIS-style feature: the fixture's property names, with some values changed. */
function feature(properties: Record<string, unknown>, geometry: unknown = { type: 'Point', coordinates: [47.14, 39.61] }) {
  return {
    type: 'Feature',
    properties: { HAZ_ID: 'FZL-ERW-0001', HAZ_TYPE: 'UXO', STATUS: 'Active', DATE_REP: '2020-11-20', DISTRICT: 'Füzuli', RADIUS_M: 100, TITLE_EN: 'Test shell', DESCR_EN: 'Test fixture.', ...properties },
    geometry,
  };
}

async function importFeatures(features: unknown[], extra: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-geojson-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'export.geojson');
  await writeFile(file, JSON.stringify({ type: 'FeatureCollection', ...extra, features }));
  return { file, run: async () => importHazardsGeojson(file, await readHazardMap(MAP_FILE), { places: PLACES }) };
}

async function refusal(features: unknown[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const { file, run } = await importFeatures(features, extra);
  const error = await run().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SourceError);
  return (error as Error).message.split('\n').map((line) => line.replace(`${file}: `, ''));
}

describe('importHazardsGeojson refuses what would put a hazard in the wrong place', () => {
  it('names the feature by index and id when its coordinates look swapped', async () => {
    expect(await refusal([feature({}, { type: 'Point', coordinates: [39.61, 47.14] })])).toEqual([
      'features[0] (id "FZL-ERW-0001"): coordinates [39.61, 47.14] look swapped: GeoJSON gives longitude first, then latitude',
    ]);
  });

  it('refuses a feature outside the region, giving the region box', async () => {
    // Tbilisi: a real place, but not in this feed's region (its places, with half a degree around them).
    expect(await refusal([feature({}, { type: 'Polygon', coordinates: [[[44.79, 41.71], [44.8, 41.71], [44.8, 41.72], [44.79, 41.71]]] })])).toEqual([
      'features[0] (id "FZL-ERW-0001"): coordinates [44.79, 41.71] are outside the region [46.431, 38.9, 47.643, 40.493] (west, south, east, north)',
    ]);
  });

  it('refuses a crs other than WGS 84, before reading any feature', async () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32638' } };
    expect(await refusal([feature({})], { crs })).toEqual(['crs "urn:ogc:def:crs:EPSG::32638" is not WGS 84; export the layer as EPSG:4326 (WGS 84), longitude and latitude in degrees']);
  });

  it('reports every problem of every feature at once, one line each', async () => {
    expect(
      await refusal([
        feature({ HAZ_TYPE: 'Minefield' }),
        feature({ HAZ_ID: 'AGD-1', DISTRICT: 'Tartar', DATE_REP: '31.02.2020' }),
        feature({ HAZ_ID: 'AGD-2', RADIUS_M: null }),
        feature({ HAZ_ID: 'AGD-3' }, { type: 'LineString', coordinates: [[47.14, 39.61], [47.15, 39.62]] }),
        feature({ HAZ_ID: '' }),
      ]),
    ).toEqual([
      'features[0] (id "FZL-ERW-0001"): property HAZ_TYPE: "Minefield" is not mapped to one of cha, sha, erw, accident, released; add it to fields.kind.values in the mapping file',
      'features[1] (id "AGD-1"): property DISTRICT: "Tartar" is not mapped to one of fizuli, agdam, jebrail; add it to fields.district.values in the mapping file',
      'features[1] (id "AGD-1"): property DATE_REP: "31.02.2020" is not a date (YYYY-MM-DD, DD.MM.YYYY or epoch milliseconds)',
      'features[2] (id "AGD-2"): a Point needs a radius in metres from 1 to 50000 in property RADIUS_M',
      'features[3] (id "AGD-3"): geometry: a LineString; a hazard is a Point with a radius, a Polygon or a MultiPolygon',
      'features[4]: property HAZ_ID (the hazard\'s id) is empty',
    ]);
  });

  it('refuses two features with one id, since the id is what keeps a hazard the same across exports', async () => {
    expect(await refusal([feature({}), feature({ HAZ_TYPE: 'Confirmed Hazardous Area' })])).toEqual([
      'features[1] (id "FZL-ERW-0001"): id "hz-fzl-erw-0001" is also the id of features[0]; each hazard needs its own HAZ_ID',
    ]);
  });
});

describe('importHazardsGeojson repairs what GIS tools export', () => {
  it('closes a ring left open and keeps six decimals (10 cm) of the fifteen ArcGIS writes', async () => {
    const open = { type: 'Polygon', coordinates: [[[47.135512345678901, 39.612534567890123], [47.148, 39.612], [47.151, 39.6185]]] };
    const notices = new Notices();
    const { file } = await importFeatures([feature({}, open)]);
    const [hazard] = await importHazardsGeojson(file, await readHazardMap(MAP_FILE), { places: PLACES, notices });
    expect(hazard!.geometry).toEqual({ type: 'Polygon', coordinates: [[[47.135512, 39.612535], [47.148, 39.612], [47.151, 39.6185], [47.135512, 39.612535]]] });
    expect(notices.list.map((notice) => notice.code)).toEqual(['unclosed_ring']);
  });
});

describe('importHazardsGeojson keeps ids stable', () => {
  it('gives each hazard the same record whatever order the export lists it in', async () => {
    const features = [feature({ HAZ_ID: 'A-1' }), feature({ HAZ_ID: 'A-2', STATUS: 'Clearance ongoing' })];
    const first = await (await importFeatures(features)).run();
    const reordered = await (await importFeatures([...features].reverse())).run();
    expect(first.map((hazard) => [hazard.id, hazard.status])).toEqual([
      ['hz-a-1', 'active'],
      ['hz-a-2', 'clearance'],
    ]);
    expect(new Map(reordered.map((hazard) => [hazard.id, hazard]))).toEqual(new Map(first.map((hazard) => [hazard.id, hazard])));
  });
});

describe('readHazardMap', () => {
  it('names the missing field of a mapping file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeward-map-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const map = JSON.parse(await readFile(MAP_FILE, 'utf8'));
    delete map.fields.kind;
    await writeFile(join(dir, 'map.json'), JSON.stringify(map));
    const error = await readHazardMap(join(dir, 'map.json')).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/map\.json: field fields\.kind: Invalid key: Expected "kind" but received undefined$/);
  });
});
