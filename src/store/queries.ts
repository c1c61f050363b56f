// First-load module: the reads the screens need, each one IndexedDB request or cursor.
import { DATASET_NAMES, type DatasetName, type SummarisedTable, type TableName, type TableRecords, type TableSummaries } from '../model/datasets';
import { SUMMARY_STORES, type DatasetMeta, type FeedMeta, type HomewardDB, type HomewardStoreName, type SyncMeta } from './db';

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

/** The `limit` summaries with the highest value of an index, highest first, read by a cursor. */
export async function readNewestSummaries<T extends SummarisedTable>(db: HomewardDB, table: T, index: string, limit: number): Promise<TableSummaries[T][]> {
  const tx = db.transaction(SUMMARY_STORES[table]);
  const found: TableSummaries[T][] = [];
  const source = (tx.store as unknown as { index(name: string): IDBIndexLike }).index(index);
  for (let cursor = await source.openCursor(null, 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) {
    found.push(cursor.value as TableSummaries[T]);
  }
  await tx.done;
  return found;
}

interface CursorLike {
  value: unknown;
  continue(): Promise<CursorLike | null>;
}
interface IDBIndexLike {
  openCursor(query: null, direction: IDBCursorDirection): Promise<CursorLike | null>;
}

/** The stored meta: feed, sync outcome and each dataset's version. */
export interface StoredMeta {
  feed?: FeedMeta;
  sync: SyncMeta;
  datasets: Partial<Record<DatasetName, DatasetMeta>>;
}

/** Reads all meta rows in one transaction. */
export async function readMeta(db: HomewardDB): Promise<StoredMeta> {
  const rows = await db.getAll('meta');
  const meta: StoredMeta = { sync: {}, datasets: {} };
  for (const row of rows) {
    if (row.key === 'feed') meta.feed = row.value as FeedMeta;
    else if (row.key === 'sync') meta.sync = row.value as SyncMeta;
    else {
      const name = row.key.slice('dataset:'.length) as DatasetName;
      if (DATASET_NAMES.includes(name)) meta.datasets[name] = row.value as DatasetMeta;
    }
  }
  return meta;
}
