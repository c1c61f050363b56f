// Search only: keeps the stored search index in step with the data, and answers queries.
import { signal } from '@preact/signals';
import { DATASET_NAMES, SEARCHABLE_TABLES, tableInfo, type SummarisedTable, type TableName } from '../../model/datasets';
import { database } from '../../data/database';
import { readMeta, readSummaries, readTable } from '../../store/queries';
import { readSearchIndex, writeSearchIndex } from '../../store/search-index-store';
import type { HomewardDB } from '../../store/db';
import { toSearchDocuments, type SearchableData } from './documents';
import { buildSearchIndex, deserializeSearchIndex, SEARCH_INDEX_VERSION, type SearchIndex } from './search-index';
import { searchIndex } from './search-query';

/** The index in memory once loaded or built; undefined until then. */
export const loadedIndex = signal<SearchIndex | undefined>(undefined);

/** What the index must have been built from to be current: index format and dataset versions. */
async function currentBuildKey(db: HomewardDB): Promise<string> {
  const { datasets } = await readMeta(db);
  return JSON.stringify([SEARCH_INDEX_VERSION, ...DATASET_NAMES.map((name) => datasets[name]?.version ?? 0)]);
}

// The searchable tables, and those whose texts they borrow (a hazard's district names).
const INPUT_TABLES: TableName[] = [...new Set<TableName>(['places', ...SEARCHABLE_TABLES])];

/** Reads what the documents are made of straight from the store: summaries where a table has them. */
async function readSearchableData(db: HomewardDB): Promise<SearchableData> {
  const rows = await Promise.all(
    INPUT_TABLES.map((table) => (tableInfo(table)?.summary ? readSummaries(db, table as SummarisedTable) : readTable(db, table))),
  );
  return Object.fromEntries(INPUT_TABLES.map((table, i) => [table, rows[i]]));
}

/** Rebuilds and stores the index when the data changed since it was built (after a sync). */
export async function refreshSearchIndex(): Promise<void> {
  const db = await database();
  const builtFor = await currentBuildKey(db);
  const stored = await readSearchIndex(db);
  if (stored?.builtFor === builtFor && loadedIndex.value) return;
  const index = stored?.builtFor === builtFor ? deserializeSearchIndex(stored.index) : undefined;
  if (index) {
    loadedIndex.value = index;
    return;
  }
  const built = buildSearchIndex(toSearchDocuments(await readSearchableData(db)));
  loadedIndex.value = built;
  await writeSearchIndex(db, builtFor, built);
}

/** Best-first matches for a query, from the loaded index. */
export function search(query: string) {
  return loadedIndex.value ? searchIndex(loadedIndex.value, query, 30) : [];
}
