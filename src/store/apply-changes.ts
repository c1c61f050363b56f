import type { DatasetName, TableName, TableRecords } from '../sync/feed-schema';
import type { DatasetMeta, FeedFile, FeedMeta, HomewardDB, SyncMeta } from './db';

/** Record-level changes to one table; `replaceAll` first empties it (a full dataset file). */
export interface TableChange<T extends TableName = TableName> {
  table: T;
  replaceAll: boolean;
  upserts: TableRecords[T][];
  deletes: string[];
}

/** Everything one dataset's update writes, and the version it brings the dataset to. */
export interface DatasetChange {
  dataset: DatasetName;
  meta: DatasetMeta;
  tables: TableChange[];
}

/**
 * Applies a whole feed update in ONE transaction: every record of every dataset, the dataset
 * versions and the feed meta commit together or not at all.
 */
export async function applyChanges(db: HomewardDB, feed: FeedMeta, changes: DatasetChange[], sync: SyncMeta, archive?: FeedArchive): Promise<void> {
  const tables = changes.flatMap((change) => change.tables.map((table) => table.table));
  const tx = db.transaction([...new Set(tables), 'meta', 'feedFiles'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  if (archive) {
    // The signed files travel with the data they produced, so what the phone passes on by QR
    // always matches what it shows. Files the new manifest no longer lists are dropped.
    const files = tx.objectStore('feedFiles');
    for (const file of archive.files) writes.push(files.put(file));
    writes.push(
      files.getAllKeys().then((paths) => Promise.all(paths.filter((path) => !archive.keep.has(path)).map((path) => files.delete(path)))),
    );
  }
  for (const change of changes) {
    for (const { table, replaceAll, upserts, deletes } of change.tables) {
      // One untyped handle: each TableChange already pairs a table with its own record type.
      const store = tx.objectStore(table) as unknown as IDBObjectStoreLike;
      if (replaceAll) writes.push(store.clear());
      for (const id of deletes) writes.push(store.delete(id));
      for (const record of upserts) writes.push(store.put(record));
    }
    writes.push(tx.objectStore('meta').put({ key: `dataset:${change.dataset}`, value: change.meta }));
  }
  writes.push(tx.objectStore('meta').put({ key: 'feed', value: feed }));
  writes.push(tx.objectStore('meta').put({ key: 'sync', value: sync }));
  await Promise.all([...writes, tx.done]);
}

/** Signed feed files to keep (new ones in `files`; every path in `keep` survives). */
export interface FeedArchive {
  files: FeedFile[];
  keep: ReadonlySet<string>;
}

interface IDBObjectStoreLike {
  clear(): Promise<void>;
  delete(key: string): Promise<void>;
  put(value: unknown): Promise<unknown>;
}

/** Records a sync attempt's outcome without touching any data. */
export async function recordSyncOutcome(db: HomewardDB, sync: SyncMeta): Promise<void> {
  await db.put('meta', { key: 'sync', value: sync });
}
