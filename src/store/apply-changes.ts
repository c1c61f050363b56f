import { tableInfo, type DatasetName, type TableName, type TableRecords } from '../model/datasets';
import type { KeyList } from '../model/file-schemas';
import type { DatasetMeta, FeedFile, FeedMeta, HomewardDB, HomewardStoreName, SyncMeta } from './db';

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

/** Signed feed files to keep (new ones in `files`; every path in `keep` survives). */
export interface FeedArchive {
  files: FeedFile[];
  keep: ReadonlySet<string>;
}

interface ObjectStoreLike {
  clear(): Promise<void>;
  delete(key: string): Promise<void>;
  put(value: unknown): Promise<unknown>;
  getAllKeys(): Promise<IDBValidKey[]>;
}

/**
 * Applies a whole feed update in ONE transaction: every record of every dataset (and its
 * summary, where the registry declares one), the dataset versions, the feed meta and the signed
 * files commit together or not at all.
 */
export async function applyChanges(db: HomewardDB, feed: FeedMeta, changes: DatasetChange[], sync: SyncMeta, archive?: FeedArchive, keys?: KeyList): Promise<void> {
  const summaryStore = (table: TableName) => tableInfo(table)?.summary?.store;
  const stores = new Set<string>(['meta', 'feedFiles']);
  for (const change of changes) {
    for (const { table } of change.tables) {
      stores.add(table);
      const summary = summaryStore(table);
      if (summary) stores.add(summary);
    }
  }
  const tx = db.transaction([...stores] as HomewardStoreName[], 'readwrite');
  // One untyped handle per store: each TableChange already pairs a table with its own record type.
  const store = (name: string) => tx.objectStore(name as HomewardStoreName) as unknown as ObjectStoreLike;
  const writes: Promise<unknown>[] = [];
  try {
    if (archive) {
      // The signed files travel with the data they produced, so what the phone passes on by QR
      // always matches what it shows. Files the new manifest no longer lists are dropped.
      const files = store('feedFiles');
      for (const file of archive.files) writes.push(files.put(file));
      writes.push(files.getAllKeys().then((paths) => Promise.all(paths.filter((path) => !archive.keep.has(String(path))).map((path) => files.delete(String(path))))));
    }
    for (const change of changes) {
      for (const { table, replaceAll, upserts, deletes } of change.tables) {
        const targets = [store(table)];
        const summaryName = summaryStore(table);
        const project = tableInfo(table)?.summary?.project as ((record: unknown) => unknown) | undefined;
        const summaries = summaryName ? store(summaryName) : undefined;
        if (replaceAll) for (const target of [...targets, ...(summaries ? [summaries] : [])]) writes.push(target.clear());
        for (const id of deletes) {
          writes.push(targets[0]!.delete(id));
          if (summaries) writes.push(summaries.delete(id));
        }
        for (const record of upserts) {
          writes.push(targets[0]!.put(record));
          if (summaries && project) writes.push(summaries.put(project(record)));
        }
      }
      writes.push(store('meta').put({ key: `dataset:${change.dataset}`, value: change.meta }));
    }
    writes.push(store('meta').put({ key: 'feed', value: feed }));
    writes.push(store('meta').put({ key: 'sync', value: sync }));
    if (keys) writes.push(store('meta').put({ key: 'keys', value: keys }));
  } catch (error) {
    // A put can throw before it returns a request (a value that cannot be cloned, a missing
    // key): the transaction would otherwise commit what was queued before it.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
}
