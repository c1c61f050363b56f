import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { AlertSchema, L10nSchema, describeIssues } from '../src/model/record-schemas';
import { DATASET_NAMES, DATASETS, type DatasetName, type DatasetTables } from '../src/model/datasets';
import type { L10n } from '../src/model/vocabulary';
import { importGtfs } from './gtfs/import-gtfs';
import { checkReferences, readJsonSource, SourceError, validateRecords, type JsonDataset } from './read-sources';

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
async function readTransit(sourcesDir: string, gtfsPath: string): Promise<{ demo: boolean; tables: AllTables['transit'] }> {
  const [gtfs, extras] = await Promise.all([importGtfs(gtfsPath, {}), readTransitExtras(sourcesDir)]);
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

/** Reads and validates every source the registry names: JSON source files, and the GTFS feed with its extras. */
export async function readAllTables(sourcesDir: string, gtfsPath: string): Promise<{ demo: boolean; tables: AllTables }> {
  const sources = await Promise.all(
    DATASET_NAMES.map((name) => (DATASETS[name].source.kind === 'gtfs' ? readTransit(sourcesDir, gtfsPath) : readJsonSource(sourcesDir, name as JsonDataset))),
  );
  const tables = Object.fromEntries(DATASET_NAMES.map((name, i) => [name, sources[i]!.tables])) as unknown as AllTables;
  checkReferences(tables);
  // The feed is a demo as soon as any of its sources is one: it must never pass for real data.
  const demo = sources.some((source) => source.demo);
  return { demo, tables };
}
