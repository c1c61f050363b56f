// First-load module: the reads the screens need, each one IndexedDB request or cursor.
import { unwrap } from 'idb';
import { DATASET_NAMES, type DatasetName, type SummarisedTable, type TableName, type TableRecords, type TableSummaries } from '../model/datasets';
import type { KeyList } from '../model/file-schemas';
import { SUMMARY_STORES, type DatasetMeta, type FeedMeta, type HomewardDB, type HomewardStoreName, type MetaValue, type SyncMeta } from './db';

/** Every record of a table, in key order. */
export function readTable<T extends TableName>(db: HomewardDB, table: T): Promise<TableRecords[T][]> {
  return db.getAll(table as HomewardStoreName) as Promise<TableRecords[T][]>;
}

/** One record by id, or undefined. */
export function readRecord<T extends TableName>(db: HomewardDB, table: T, id: string): Promise<TableRecords[T] | undefined> {
  return db.get(table as HomewardStoreName, id) as Promise<TableRecords[T] | undefined>;
}

/** Every summary of a summarised table (small records: what lists, maps and warnings need). */
export function readSummaries<T extends SummarisedTable>(db: HomewardDB, table: T): Promise<TableSummaries[T][]> {
  return db.getAll(SUMMARY_STORES[table]) as Promise<TableSummaries[T][]>;
}

/** What the screens read at start and after each update, in one read transaction. */
export interface StoreSnapshot<M extends TableName, S extends SummarisedTable> {
  meta: StoredMeta;
  tables: { [T in M]: TableRecords[T][] };
  summaries: { [T in S]: TableSummaries[T][] };
  /** The summaries with the highest `newest.index` value, highest first. */
  newest: TableSummaries[SummarisedTable][];
}

/**
 * Meta, whole tables, whole summary stores and the newest few summaries of one table, all from
 * one transaction: one consistent picture, and one transaction's cost instead of a dozen.
 */
export async function readSnapshot<M extends TableName, S extends SummarisedTable>(
  db: HomewardDB,
  tables: readonly M[],
  summaryTables: readonly S[],
  newest: { table: SummarisedTable; index: string; limit: number },
): Promise<StoreSnapshot<M, S>> {
  const stores = [...new Set<string>(['meta', ...tables, ...summaryTables.map((table) => SUMMARY_STORES[table]), SUMMARY_STORES[newest.table]])];
  // The raw API: this read runs at every start, and idb's promise wrappers double its cost there.
  const tx = unwrap(db).transaction(stores, 'readonly');
  const getAll = (name: string) => request<unknown[]>(tx.objectStore(name).getAll());
  const [metaRows, tableRows, summaryRows, newestRows] = await Promise.all([
    getAll('meta'),
    Promise.all(tables.map(getAll)),
    Promise.all(summaryTables.map((table) => getAll(SUMMARY_STORES[table]))),
    readNewest(tx.objectStore(SUMMARY_STORES[newest.table]).index(newest.index), newest.limit),
  ]);
  return {
    meta: metaFromRows(metaRows as MetaValue[]),
    tables: Object.fromEntries(tables.map((table, i) => [table, tableRows[i]])) as StoreSnapshot<M, S>['tables'],
    summaries: Object.fromEntries(summaryTables.map((table, i) => [table, summaryRows[i]])) as StoreSnapshot<M, S>['summaries'],
    newest: newestRows as TableSummaries[SummarisedTable][],
  };
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

type IndexWithRecords = IDBIndex & { getAllRecords?: (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<{ value: unknown }[]> };

/** The `limit` values with the highest keys of an index, highest first. */
async function readNewest(index: IndexWithRecords, limit: number): Promise<unknown[]> {
  // One request where the browser has getAllRecords (Chrome 141), else a cursor: one round trip per value.
  if (index.getAllRecords) return (await request<{ value: unknown }[]>(index.getAllRecords({ direction: 'prev', count: limit }))).map((record) => record.value);
  const found: unknown[] = [];
  return new Promise((resolve, reject) => {
    const cursor = index.openCursor(null, 'prev');
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current || found.length === limit) return resolve(found);
      found.push(current.value);
      current.continue();
    };
    cursor.onerror = () => reject(cursor.error);
  });
}

/** The stored meta: feed, sync outcome, the key list it was verified with, and each dataset's version. */
export interface StoredMeta {
  feed?: FeedMeta;
  sync: SyncMeta;
  keys?: KeyList;
  datasets: Partial<Record<DatasetName, DatasetMeta>>;
}

/** Reads all meta rows in one transaction. */
export async function readMeta(db: HomewardDB): Promise<StoredMeta> {
  return metaFromRows(await db.getAll('meta'));
}

function metaFromRows(rows: MetaValue[]): StoredMeta {
  const meta: StoredMeta = { sync: {}, datasets: {} };
  for (const row of rows) {
    if (row.key === 'feed') meta.feed = row.value as FeedMeta;
    else if (row.key === 'sync') meta.sync = row.value as SyncMeta;
    else if (row.key === 'keys') meta.keys = row.value as KeyList;
    else {
      const name = row.key.slice('dataset:'.length) as DatasetName;
      if (DATASET_NAMES.includes(name)) meta.datasets[name] = row.value as DatasetMeta;
    }
  }
  return meta;
}
