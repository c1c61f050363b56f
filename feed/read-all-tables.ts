import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { AlertSchema, L10nSchema, describeIssues, type DatasetFile, type DatasetName, type L10n } from '../src/sync/feed-schema';
import { importGtfs } from './gtfs/import-gtfs';
import { checkReferences, readJsonSource, SourceError, validateRecords } from './read-sources';

export type AllTables = { [D in DatasetName]: DatasetFile<D>['tables'] };

const TRANSIT_EXTRAS = 'transit-extras.json';

/**
 * What GTFS cannot say: practical notes per route (escort, checkpoints, documents, luggage,
 * where the bus leaves) and service alerts with a validity period. Keyed by the app's route id.
 */
async function readTransitExtras(dir: string): Promise<{ demo: boolean; routeNotes: Record<string, L10n[]>; alerts: DatasetFile<'transit'>['tables']['alerts'] }> {
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
  const alerts = validateRecords(file, 'alerts', json.alerts ?? [], AlertSchema) as DatasetFile<'transit'>['tables']['alerts'];
  return { demo: json.demo === true, routeNotes: notes.output, alerts };
}

/** Reads and validates every source: the JSON datasets, the GTFS feed and the transit extras. */
export async function readAllTables(sourcesDir: string, gtfsPath: string): Promise<{ demo: boolean; tables: AllTables }> {
  const [places, hazards, contacts, sites, basemap, gtfs, extras] = await Promise.all([
    readJsonSource(sourcesDir, 'places'),
    readJsonSource(sourcesDir, 'hazards'),
    readJsonSource(sourcesDir, 'contacts'),
    readJsonSource(sourcesDir, 'sites'),
    readJsonSource(sourcesDir, 'basemap'),
    importGtfs(gtfsPath, {}),
    readTransitExtras(sourcesDir),
  ]);
  const routeIds = new Set(gtfs.routes.map((route) => route.id));
  for (const routeId of Object.keys(extras.routeNotes)) {
    if (!routeIds.has(routeId)) throw new SourceError(`${join(sourcesDir, TRANSIT_EXTRAS)}: routeNotes names route "${routeId}", which the GTFS feed does not have`);
  }
  for (const alert of extras.alerts) {
    if (alert.routeId && !routeIds.has(alert.routeId)) throw new SourceError(`${join(sourcesDir, TRANSIT_EXTRAS)}: alerts record "${alert.id}", field routeId: no route "${alert.routeId}"`);
  }
  const transit = {
    ...gtfs,
    routes: gtfs.routes.map((route) => ({ ...route, notes: extras.routeNotes[route.id] ?? route.notes })),
    alerts: extras.alerts,
  };
  const tables = { places: places.tables, hazards: hazards.tables, transit, contacts: contacts.tables, sites: sites.tables, basemap: basemap.tables };
  checkReferences(tables);
  // The feed is a demo as soon as any of its sources is one: it must never pass for real data.
  const demo = [places, hazards, contacts, sites, basemap, extras].some((source) => source.demo);
  return { demo, tables };
}
