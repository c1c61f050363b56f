// Search only, in the search worker (no DOM): keeps the stored index in step with the data and
// answers queries from it. Building the index from thousands of records takes hundreds of
// milliseconds on a phone; here it never holds up the page, which only sends queries and reads
// results (search-state.ts).
import { DATASET_NAMES, SEARCHABLE_TABLES, tableInfo, type SummarisedTable, type TableName } from '../../model/datasets';
import type { HomewardDB } from '../../store/db';
import { readMeta, readSummaries, readTable } from '../../store/queries';
import { readSearchIndex, writeSearchIndex } from '../../store/search-index-store';
import { toSearchDocuments, type SearchableData } from './documents';
import { buildSearchIndex, deserializeSearchIndex, SEARCH_INDEX_VERSION, type SearchIndex, type SearchResult } from './search-index';
import { searchIndex } from './search-query';

/** What the page asks: bring the index in step with the store, or search it. */
export type SearchRequest = { id: number; kind: 'refresh' } | { id: number; kind: 'search'; query: string; limit: number };

/** What the host answers, under the request's id. */
export type SearchReply =
  | { id: number; kind: 'ready'; documents: number }
  | { id: number; kind: 'results'; results: SearchResult[] }
  | { id: number; kind: 'failed'; error: string };

/** The searchable tables, and those whose texts they borrow (a hazard's district names). */
const INPUT_TABLES: TableName[] = [...new Set<TableName>(['places', ...SEARCHABLE_TABLES])];

/** What the index must have been built from to be current: index format and dataset versions. */
async function currentBuildKey(db: HomewardDB): Promise<string> {
  const { datasets } = await readMeta(db);
  return JSON.stringify([SEARCH_INDEX_VERSION, ...DATASET_NAMES.map((name) => datasets[name]?.version ?? 0)]);
}

/** Reads what the documents are made of straight from the store: summaries where a table has them. */
async function readSearchableData(db: HomewardDB): Promise<SearchableData> {
  const rows = await Promise.all(
    INPUT_TABLES.map((table) => (tableInfo(table)?.summary ? readSummaries(db, table as SummarisedTable) : readTable(db, table))),
  );
  return Object.fromEntries(INPUT_TABLES.map((table, i) => [table, rows[i]]));
}

/** The search index of one store, loaded or built on demand. */
export interface SearchHost {
  /** Loads the stored index, or rebuilds and stores it when the data changed since it was built. */
  refresh(): Promise<number>;
  /** Best-first matches; waits for the first refresh. */
  search(query: string, limit: number): Promise<SearchResult[]>;
  /** Answers one request; never rejects. */
  handle(request: SearchRequest): Promise<SearchReply>;
}

/** A host over the store `openDatabase` opens. */
export function createSearchHost(openDatabase: () => Promise<HomewardDB>): SearchHost {
  let index: SearchIndex | undefined;
  let builtFor: string | undefined;
  let running: Promise<number> | undefined;
  let queued: Promise<number> | undefined;

  async function refreshOnce(): Promise<number> {
    const db = await openDatabase();
    const key = await currentBuildKey(db);
    if (index && builtFor === key) return index.docIds.length;
    const stored = await readSearchIndex(db);
    const storedIndex = stored?.builtFor === key ? deserializeSearchIndex(stored.index) : undefined;
    if (storedIndex) {
      [index, builtFor] = [storedIndex, key];
      return storedIndex.docIds.length;
    }
    const built = buildSearchIndex(toSearchDocuments(await readSearchableData(db)));
    [index, builtFor] = [built, key];
    await writeSearchIndex(db, key, built);
    return built.docIds.length;
  }

  // An update that lands while the index is being built needs one more pass after it; any
  // number of them need only one.
  function refresh(): Promise<number> {
    if (!running) {
      running = refreshOnce().finally(() => (running = undefined));
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return refresh();
      });
    return queued;
  }

  async function search(query: string, limit: number): Promise<SearchResult[]> {
    if (!index) await refresh();
    return index ? searchIndex(index, query, limit) : [];
  }

  async function handle(request: SearchRequest): Promise<SearchReply> {
    try {
      if (request.kind === 'refresh') return { id: request.id, kind: 'ready', documents: await refresh() };
      return { id: request.id, kind: 'results', results: await search(request.query, request.limit) };
    } catch (error) {
      return { id: request.id, kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  }

  return { refresh, search, handle };
}
