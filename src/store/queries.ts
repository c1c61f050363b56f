import type { DatasetName, TableName, TableRecords } from '../sync/feed-schema';
import { DATASET_NAMES } from '../sync/feed-constants';
import type { DatasetMeta, FeedMeta, HomewardDB, SyncMeta } from './db';

/** Every record of a table, in key order. */
export function readTable<T extends TableName>(db: HomewardDB, table: T): Promise<TableRecords[T][]> {
  return db.getAll(table) as Promise<TableRecords[T][]>;
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
