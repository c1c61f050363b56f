import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { AlertSchema, L10nSchema, describeIssues } from '../src/model/record-schemas';
import { DATASET_NAMES, DATASETS, type DatasetName, type DatasetTables } from '../src/model/datasets';
import type { L10n } from '../src/model/vocabulary';
import { importHsdsContacts } from './contacts/import-hsds';
import { importGtfs } from './gtfs/import-gtfs';
import { readHazardMap } from './hazards/hazard-map';
import { importHazardsGeojson } from './hazards/import-geojson';
import { checkReferences, readJsonSource, SourceError, validateRecords, type JsonDataset } from './read-sources';
import type { Notices } from './validation-report';

export type AllTables = { [D in DatasetName]: DatasetTables<D> };

const TRANSIT_EXTRAS = 'transit-extras.json';

/**
 * What GTFS cannot say: practical notes per route (escort, checkpoints, documents, luggage,
 * where the bus leaves) and service alerts with a validity period. Keyed by the app's route id.
 */
async function readTransitExtras(dir: string): Promise<{ demo: boolean; routeNotes: Record<string, L10n[]>; alerts: AllTables['transit']['alerts'] }> {
  const file = join(dir, TRANSIT_EXTRAS);
  let json: { demo?: unknown; routeNotes?: unknown; alerts?: unknown };
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { demo: false, routeNotes: {}, alerts: [] };
    throw new SourceError(`${file}: ${(error as Error).message}`);
  }
  const notes = v.safeParse(v.record(v.string(), v.array(L10nSchema)), json.routeNotes ?? {});
  if (!notes.success) throw new SourceError(describeIssues(notes.issues).map((issue) => `${file}: field routeNotes.${issue}`).join('\n'));
  const alerts = validateRecords(file, 'alerts', json.alerts ?? [], AlertSchema) as AllTables['transit']['alerts'];
  return { demo: json.demo === true, routeNotes: notes.output, alerts };
}

/** Reads the GTFS feed with what GTFS cannot say (route notes, alerts) merged in: the transit dataset. */
async function readTransit(sourcesDir: string, gtfsPath: string, notices: Notices | undefined): Promise<{ demo: boolean; tables: AllTables['transit'] }> {
  const [gtfs, extras] = await Promise.all([importGtfs(gtfsPath, { notices }), readTransitExtras(sourcesDir)]);
  const routeIds = new Set(gtfs.routes.map((route) => route.id));
  for (const routeId of Object.keys(extras.routeNotes)) {
    if (!routeIds.has(routeId)) throw new SourceError(`${join(sourcesDir, TRANSIT_EXTRAS)}: routeNotes names route "${routeId}", which the GTFS feed does not have`);
  }
  for (const alert of extras.alerts) {
    if (alert.routeId && !routeIds.has(alert.routeId)) throw new SourceError(`${join(sourcesDir, TRANSIT_EXTRAS)}: alerts record "${alert.id}", field routeId: no route "${alert.routeId}"`);
  }
  const tables = {
    ...gtfs,
    routes: gtfs.routes.map((route) => ({ ...route, notes: extras.routeNotes[route.id] ?? route.notes })),
    alerts: extras.alerts,
  };
  return { demo: extras.demo, tables };
}

/** Exports that take the place of a JSON source file: what an organisation's own tools write. */
export interface ImportedSources {
  /** A mine-action GeoJSON export and its mapping file, for the hazards dataset. */
  hazards?: { file: string; map: string };
  /** An Open Referral HSDS CSV directory, for the contacts dataset. */
  contactsHsds?: string;
  /** Where the importers report what they repaired. */
  notices?: Notices;
  /** YYYY-MM-DD, for records whose export says not when they were checked. */
  today?: string;
}

/**
 * The most bytes the transit dataset may take (before compression): what a phone on a slow
 * connection can be asked to fetch. A 1-second headway once made 13.8 MB; a real intercity
 * timetable is a few hundred kilobytes.
 */
export const MAX_TRANSIT_BYTES = 4_000_000;
/** What signing adds to each record (signature, signedAt, keyId), for the size estimate. */
const SIGNATURE_BYTES = 160;

function checkTransitSize(transit: AllTables['transit']): void {
  const records = Object.values(transit).reduce((sum, records) => sum + records.length, 0);
  const bytes = Buffer.byteLength(JSON.stringify(transit)) + records * SIGNATURE_BYTES;
  if (bytes > MAX_TRANSIT_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    throw new SourceError(
      `the transit dataset would be ${mb(bytes)} (${transit.trips.length} trips), over the ${mb(MAX_TRANSIT_BYTES)} a phone on a slow connection can be asked to fetch: leave out services that have ended, or check headway_secs in frequencies.txt`,
    );
  }
}

/** Reads one dataset from its JSON source file, or from the export that replaces it. */
async function readDataset(name: DatasetName, sourcesDir: string, gtfsPath: string, imported: ImportedSources, places: AllTables['places']['places']) {
  const today = imported.today ?? new Date().toISOString().slice(0, 10);
  if (DATASETS[name].source.kind === 'gtfs') return readTransit(sourcesDir, gtfsPath, imported.notices);
  if (name === 'hazards' && imported.hazards) {
    const map = await readHazardMap(imported.hazards.map);
    return { demo: false, tables: { hazards: await importHazardsGeojson(imported.hazards.file, map, { places, notices: imported.notices }) } };
  }
  if (name === 'contacts' && imported.contactsHsds) {
    return { demo: false, tables: { contacts: await importHsdsContacts(imported.contactsHsds, { today, notices: imported.notices }) } };
  }
  return readJsonSource(sourcesDir, name as JsonDataset);
}

/** Reads and validates every source the registry names: JSON source files or the exports replacing them, and the GTFS feed with its extras. */
export async function readAllTables(sourcesDir: string, gtfsPath: string, imported: ImportedSources = {}): Promise<{ demo: boolean; tables: AllTables }> {
  // The places come first: a hazard export is checked against their districts and their box.
  const places = await readJsonSource(sourcesDir, 'places');
  const sources = await Promise.all(DATASET_NAMES.map((name) => (name === 'places' ? places : readDataset(name, sourcesDir, gtfsPath, imported, places.tables.places))));
  const tables = Object.fromEntries(DATASET_NAMES.map((name, i) => [name, sources[i]!.tables])) as unknown as AllTables;
  checkTransitSize(tables.transit);
  checkReferences(tables);
  // The feed is a demo as soon as any of its sources is one: it must never pass for real data.
  const demo = sources.some((source) => source.demo);
  return { demo, tables };
}
