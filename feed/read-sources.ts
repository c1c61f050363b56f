import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASET_TABLES, describeIssues, type DatasetFile, type DatasetName } from '../src/sync/feed-schema';

/** A source problem, worded so a publisher can find and fix it: file, record id, field. */
export class SourceError extends Error {
  override name = 'SourceError';
}

type Tables = { [D in DatasetName]: DatasetFile<D>['tables'] };

/** The JSON sources of the datasets that are not imported from GTFS. */
export const JSON_SOURCES = {
  places: 'places.json',
  hazards: 'hazards.json',
  contacts: 'contacts.json',
  sites: 'sites.json',
  basemap: 'basemap.json',
} as const satisfies Partial<Record<DatasetName, string>>;

/** Reads and validates one JSON source file into its dataset's tables. */
export async function readJsonSource<D extends keyof typeof JSON_SOURCES>(dir: string, dataset: D): Promise<{ demo: boolean; tables: Tables[D] }> {
  const file = join(dir, JSON_SOURCES[dataset]);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SourceError(`${file}: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new SourceError(`${file}: must be a JSON object`);
  const body = json as Record<string, unknown>;
  if (typeof body.demo !== 'boolean') throw new SourceError(`${file}: field demo: must be true or false`);
  const tables: Record<string, unknown[]> = {};
  for (const [table, schema] of Object.entries(DATASET_TABLES[dataset])) {
    tables[table] = validateRecords(file, table, body[table], schema as v.GenericSchema);
  }
  return { demo: body.demo, tables: tables as Tables[D] };
}

/** Validates a table's records one by one so each error names its record. */
export function validateRecords(file: string, table: string, records: unknown, schema: v.GenericSchema): unknown[] {
  if (!Array.isArray(records)) throw new SourceError(`${file}: field ${table}: must be a list of records`);
  const seen = new Set<string>();
  const problems: string[] = [];
  const valid = records.map((record, index) => {
    const id = typeof record?.id === 'string' ? `"${record.id}"` : `#${index + 1}`;
    const result = v.safeParse(schema, record);
    if (!result.success) {
      for (const issue of describeIssues(result.issues)) problems.push(`${file}: ${table} record ${id}, field ${issue}`);
      return record;
    }
    const output = result.output as { id: string };
    if (seen.has(output.id)) problems.push(`${file}: ${table} record ${id}: the id is used twice`);
    seen.add(output.id);
    return output;
  });
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
  return valid;
}

/** Checks references between datasets (a hazard's district, a trip's stops…). */
export function checkReferences(tables: Tables): void {
  const problems: string[] = [];
  const ids = (records: { id: string }[]) => new Set(records.map((record) => record.id));
  const places = ids(tables.places.places);
  for (const hazard of tables.hazards.hazards) {
    if (!places.has(hazard.district)) problems.push(`hazards record "${hazard.id}", field district: no place "${hazard.district}"`);
  }
  const { agencies, stops, routes, services, trips } = tables.transit;
  const [agencyIds, stopIds, routeIds, serviceIds] = [ids(agencies), ids(stops), ids(routes), ids(services)];
  for (const route of routes) {
    if (!agencyIds.has(route.agencyId)) problems.push(`routes record "${route.id}", field agencyId: no agency "${route.agencyId}"`);
  }
  for (const trip of trips) {
    if (!routeIds.has(trip.routeId)) problems.push(`trips record "${trip.id}", field routeId: no route "${trip.routeId}"`);
    if (!serviceIds.has(trip.serviceId)) problems.push(`trips record "${trip.id}", field serviceId: no service "${trip.serviceId}"`);
    for (const [stopId] of trip.stopTimes) {
      if (!stopIds.has(stopId)) problems.push(`trips record "${trip.id}", field stopTimes: no stop "${stopId}"`);
    }
  }
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
}
