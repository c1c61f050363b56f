// Mine-action GIS exports → the hazards table. Reads a GeoJSON FeatureCollection as an information
// system (IMSMA), ArcGIS or QGIS exports it, with the mapping file saying which property is which.
// - Geometry: Point (with a radius from a mapped property), Polygon, MultiPolygon (one hazard per part,
//   ids "<id>-1", "<id>-2"…). A third coordinate (elevation) is dropped, an open ring closed, degrees
//   rounded to 6 decimals (10 cm). WGS 84 only.
// - Refused, each naming the feature's index and id: coordinates outside the region's box (and saying
//   when they look swapped), values the mapping does not cover, missing dates or texts, a repeated id.
// - Ids come from a mapped property, so one hazard keeps one id across exports and deltas stay small.
import { readFile } from 'node:fs/promises';
import type { Hazard, Place } from '../../src/model/datasets';
import { HazardSchema } from '../../src/model/record-schemas';
import { HAZARD_KINDS, HAZARD_STATUSES } from '../../src/model/vocabulary';
import { exportDate, exportL10n, exportText } from '../importing/export-values';
import { SourceError, validateRecords } from '../read-sources';
import { toRecordId } from '../gtfs/record-ids';
import type { Notices } from '../validation-report';
import { mappedValue, type FieldMap, type HazardMap } from './hazard-map';

type Position = [lon: number, lat: number];
type Box = readonly [west: number, south: number, east: number, north: number];

/** How far around the feed's places a hazard may lie, in degrees, when the mapping gives no box. */
const BOX_MARGIN = 0.5;
/** The names a GeoJSON `crs` may give WGS 84 by (GeoJSON 2008; RFC 7946 drops `crs` and means WGS 84). */
const WGS84 = /^(urn:ogc:def:crs:OGC:1\.3:CRS84|urn:ogc:def:crs:EPSG::4326|EPSG:4326|WGS ?84|CRS84)$/i;

/** The box around the places, with a margin: where a hazard of this feed can be. */
export function regionBox(places: readonly Pick<Place, 'lat' | 'lon'>[]): Box {
  const lons = places.map((place) => place.lon);
  const lats = places.map((place) => place.lat);
  return [Math.min(...lons) - BOX_MARGIN, Math.min(...lats) - BOX_MARGIN, Math.max(...lons) + BOX_MARGIN, Math.max(...lats) + BOX_MARGIN];
}

const isInside = ([lon, lat]: Position, [west, south, east, north]: Box) => lon >= west && lon <= east && lat >= south && lat <= north;

interface Feature {
  index: number;
  label: string;
  properties: Readonly<Record<string, unknown>>;
  geometry: unknown;
}

/** Imports the hazards of a GeoJSON export; every problem is one line, all of them at once. */
export async function importHazardsGeojson(file: string, map: HazardMap, options: { places: readonly Place[]; notices?: Notices }): Promise<Hazard[]> {
  const collection = await readCollection(file);
  const box = map.bbox ?? regionBox(options.places);
  const placeIds = new Set(options.places.map((place) => place.id));
  const problems: string[] = [];
  const hazards: Hazard[] = [];
  const firstIndexOf = new Map<string, number>();
  for (const feature of collection) {
    const problem = (text: string) => problems.push(`${file}: ${feature.label}: ${text}`);
    // Properties first: they name the feature by its id in every problem after.
    const record = readProperties(feature, map, placeIds, problem);
    const parts = readGeometry(feature, map, box, problem, (code, message) => options.notices?.add({ code, severity: 'INFO', file, field: 'geometry', message }));
    if (!parts || !record) continue;
    if (parts.length > 1) {
      options.notices?.add({ code: 'multipolygon_split', severity: 'INFO', file, field: 'geometry', message: `${feature.label}: a MultiPolygon of ${parts.length} parts became ${parts.length} hazards, ${record.id}-1 to ${record.id}-${parts.length}` });
    }
    parts.forEach((geometry, part) => {
      const id = parts.length > 1 ? toRecordId(`${record.id}-${part + 1}`) : record.id;
      const earlier = firstIndexOf.get(id);
      if (earlier !== undefined) return void problem(`id "${id}" is also the id of features[${earlier}]; each hazard needs its own ${map.fields.id.property}`);
      firstIndexOf.set(id, feature.index);
      hazards.push({ ...record, id, geometry });
    });
  }
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
  return validateRecords(file, 'hazards', hazards, HazardSchema) as Hazard[];
}

async function readCollection(file: string): Promise<Feature[]> {
  let json: { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SourceError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new SourceError(`${file}: is not a GeoJSON FeatureCollection`);
  const crs = json.crs?.properties?.name;
  if (crs !== undefined && !(typeof crs === 'string' && WGS84.test(crs))) {
    throw new SourceError(`${file}: crs "${String(crs)}" is not WGS 84; export the layer as EPSG:4326 (WGS 84), longitude and latitude in degrees`);
  }
  return json.features.map((feature: { id?: unknown; properties?: unknown; geometry?: unknown }, index: number) => {
    const properties = feature?.properties && typeof feature.properties === 'object' ? (feature.properties as Record<string, unknown>) : {};
    return { index, label: `features[${index}]`, properties, geometry: feature?.geometry };
  });
}

function readProperties(feature: Feature, map: HazardMap, placeIds: ReadonlySet<string>, problem: (text: string) => void): Omit<Hazard, 'geometry'> | undefined {
  const { properties } = feature;
  const exportId = exportText({ value: mappedValue(properties, map.fields.id).value }, 'value');
  if (exportId === undefined) return void problem(`property ${map.fields.id.property} (the hazard's id) is empty`);
  // Prefix and id together through toRecordId: a long id keeps within 64 characters, and stays the same id.
  const id = toRecordId(`${map.idPrefix}${exportId}`);
  feature.label = `features[${feature.index}] (id "${exportId}")`;
  const kind = vocabulary(properties, map.fields.kind, HAZARD_KINDS, 'fields.kind', problem);
  const status = vocabulary(properties, map.fields.status, HAZARD_STATUSES, 'fields.status', problem);
  const district = vocabulary(properties, map.fields.district, [...placeIds], 'fields.district', problem);
  const reportedAt = date(properties, map.fields.reportedAt, problem);
  // Not yet verified is common in a fresh export: the report date is then the latest word on it.
  const hasVerified = map.fields.verifiedAt !== undefined && mappedValue(properties, map.fields.verifiedAt).raw !== undefined;
  const verifiedAt = hasVerified ? date(properties, map.fields.verifiedAt!, problem) : reportedAt;
  const title = exportL10n(properties, map.texts.title);
  const description = exportL10n(properties, map.texts.description);
  const advice = map.texts.advice === undefined ? undefined : exportL10n(properties, map.texts.advice);
  if (!title) problem(`property ${map.texts.title} (or ${map.texts.title}_en), the title in English, is empty`);
  if (!description) problem(`property ${map.texts.description} (or ${map.texts.description}_en), the description in English, is empty`);
  if (!kind || !status || !district || !reportedAt || !verifiedAt || !title || !description) return undefined;
  return { id, source: map.source, verifiedAt, kind, status, title, description, ...(advice ? { advice } : {}), district, reportedAt };
}

function vocabulary<T extends string>(properties: Feature['properties'], field: FieldMap, allowed: readonly T[], mapPath: string, problem: (text: string) => void): T | undefined {
  const { raw, value } = mappedValue(properties, field);
  if (raw === undefined) return void problem(`property ${field.property} is empty`);
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')}…` : allowed.join(', ');
  problem(`property ${field.property}: "${String(raw)}" is not mapped to one of ${shown}; add it to ${mapPath}.values in the mapping file`);
  return undefined;
}

function date(properties: Feature['properties'], field: FieldMap, problem: (text: string) => void): string | undefined {
  const { raw } = mappedValue(properties, field);
  const value = exportDate(raw);
  if (value === undefined) problem(`property ${field.property}: ${raw === undefined ? 'is empty' : `"${String(raw)}" is not a date (YYYY-MM-DD, DD.MM.YYYY or epoch milliseconds)`}`);
  return value;
}

type HazardGeometry = Hazard['geometry'];

/** What a geometry's reading repaired, for the validation report. */
type Repair = 'elevation' | 'unclosed ring';

// A millionth of a degree is about 10 cm: GIS tools export fifteen decimals, which phones would
// download and store for nothing.
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

function readPosition(value: unknown, repairs: Set<Repair>): Position | undefined {
  if (!Array.isArray(value) || value.length < 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (value.length > 2) repairs.add('elevation');
  return [round(value[0]), round(value[1])];
}

/** A ring of positions, closed if the export left it open; undefined when a position is malformed or it has under 4. */
function readRing(value: unknown, repairs: Set<Repair>): Position[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ring = value.map((position) => readPosition(position, repairs));
  if (ring.some((position) => position === undefined)) return undefined;
  const [first, last] = [ring[0], ring.at(-1)];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push(first);
    repairs.add('unclosed ring');
  }
  return ring.length >= 4 ? (ring as Position[]) : undefined;
}

function readGeometry(feature: Feature, map: HazardMap, box: Box, problem: (text: string) => void, repaired: (code: string, message: string) => void): HazardGeometry[] | undefined {
  const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null;
  const repairs = new Set<Repair>();
  let geometries: HazardGeometry[];
  if (geometry?.type === 'Point') {
    const point = readPosition(geometry.coordinates, repairs);
    if (!point) return void problem('geometry: a Point needs [longitude, latitude]');
    const radius = map.fields.radiusM && mappedValue(feature.properties, map.fields.radiusM).raw;
    const radiusM = typeof radius === 'string' ? Number(radius) : radius;
    if (typeof radiusM !== 'number' || !(radiusM >= 1 && radiusM <= 50_000)) {
      return void problem(`a Point needs a radius in metres from 1 to 50000${map.fields.radiusM ? ` in property ${map.fields.radiusM.property}` : ': map fields.radiusM in the mapping file'}`);
    }
    geometries = [{ type: 'Point', coordinates: point, radiusM }];
  } else if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const read = Array.isArray(polygons) ? polygons.map((polygon: unknown) => (Array.isArray(polygon) && polygon.length > 0 ? polygon.map((ring) => readRing(ring, repairs)) : [undefined])) : [];
    if (read.length === 0 || read.some((rings) => rings.some((ring) => ring === undefined))) {
      return void problem(`geometry: each ring of a ${geometry.type} needs at least 4 [longitude, latitude] positions`);
    }
    geometries = (read as Position[][][]).map((coordinates) => ({ type: 'Polygon', coordinates }));
  } else {
    return void problem(`geometry: ${geometry ? `a ${String(geometry.type)}` : 'none'}; a hazard is a Point with a radius, a Polygon or a MultiPolygon`);
  }
  const positions = geometries.flatMap((part) => (part.type === 'Point' ? [part.coordinates] : part.coordinates.flat()));
  const outside = positions.find((position) => !isInside(position, box));
  if (outside) {
    const swapped = isInside([outside[1], outside[0]], box);
    return void problem(
      swapped
        ? `coordinates [${outside.join(', ')}] look swapped: GeoJSON gives longitude first, then latitude`
        : `coordinates [${outside.join(', ')}] are outside the region [${box.map((n) => Number(n.toFixed(3))).join(', ')}] (west, south, east, north)`,
    );
  }
  if (repairs.has('elevation')) repaired('coordinates_with_elevation', `${feature.label}: positions with a third value (elevation); only longitude and latitude were kept`);
  if (repairs.has('unclosed ring')) repaired('unclosed_ring', `${feature.label}: a ring that does not end where it starts; closed`);
  return geometries;
}
