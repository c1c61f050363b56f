// First-load module: every screen reads through this connection.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import {
  TABLES,
  type DatasetName,
  type SummarisedTable,
  type SummaryIndexName,
  type SummaryStoreName,
  type TableIndexName,
  type TableName,
  type TableRecords,
  type TableSummaries,
} from '../model/datasets';
import type { KeyList } from '../model/file-schemas';

export const DB_NAME = 'homeward';

/** What the app knows about the feed it last applied. */
export interface FeedMeta {
  feedId: string;
  version: number;
  issuedAt: string;
  expiresAt: string;
  demo: boolean;
  /** The key that signed the manifest: if the key list later revokes it, its version no longer binds. */
  keyId?: string;
}

/** What the app knows about one applied dataset. */
export interface DatasetMeta {
  version: number;
  sha256: string;
  bytes: number;
  appliedAt: string;
}

/** Where an update came from: the network (page or service worker), or another phone by QR. */
export type UpdateSource = 'network' | 'qr';

/** The outcome of sync attempts, for Settings and the freshness notices. */
export interface SyncMeta {
  /** When the attempt under way started; cleared by its outcome. */
  startedAt?: string;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lastError?: { code: string; detail: string; at: string; source?: UpdateSource };
}

/** The search index as built after a sync, with what it was built from. */
export interface StoredSearchIndex {
  key: 'current';
  /** Dataset versions and index format it was built for; anything else means rebuild. */
  builtFor: string;
  index: unknown;
}

/** A record kept from a QR code; stored apart, so it never overwrites the feed's own data. */
export interface ReceivedRecord {
  /** `<table>:<id>` */
  key: string;
  table: string;
  feedId: string;
  record: { id: string; verifiedAt: string } & Record<string, unknown>;
  isVerified: boolean;
  signedAt?: string;
  receivedAt: string;
}

/** A signed feed file exactly as published, kept so the phone can pass the update on by QR. */
export interface FeedFile {
  path: string;
  bytes: Uint8Array;
}

export type MetaValue =
  | { key: 'feed'; value: FeedMeta }
  | { key: 'sync'; value: SyncMeta }
  | { key: 'keys'; value: KeyList }
  | { key: `dataset:${DatasetName}`; value: DatasetMeta };

/** A piece of a dataset file whose download was interrupted, kept so the next try resumes after it. */
export interface PartialDownload {
  /** `<path> <offset, 12 digits>`: the pieces of a file sort together, in order. */
  key: string;
  path: string;
  sha256: string;
  offset: number;
  bytes: Uint8Array;
}

type IndexKeys<Names extends string> = { [N in Names]: string };

/** The stores of the app itself, beside the feed's tables. */
interface AppStores {
  meta: { key: string; value: MetaValue };
  searchIndex: { key: string; value: StoredSearchIndex };
  received: { key: string; value: ReceivedRecord; indexes: { 'by-received': string } };
  feedFiles: { key: string; value: FeedFile };
  partialDownloads: { key: string; value: PartialDownload };
}

/** One store per table, keyed by id, with the indexes the registry declares. */
type TableStores = { [T in TableName]: { key: string; value: TableRecords[T]; indexes: IndexKeys<TableIndexName<T>> } };
/** One store of summaries per summarised table (see model/datasets.ts). */
type SummaryStores = {
  [T in SummarisedTable as SummaryStoreName<T>]: { key: string; value: TableSummaries[T]; indexes: IndexKeys<SummaryIndexName<T>> };
};

export type HomewardSchema = DBSchema & AppStores & TableStores & SummaryStores;
export type HomewardDB = IDBPDatabase<HomewardSchema>;
export type HomewardStoreName = StoreNames<HomewardSchema>;

/** A store to create: its key path, its indexes, and the database version that added each. */
interface StoreDeclaration {
  name: string;
  keyPath: string;
  since: number;
  indexes: { name: string; keyPath: string; since: number }[];
  /** Fill a new summary store from the table it summarises, when that table already had data. */
  backfill?: { from: TableName; project: (record: never) => unknown };
}

// The stores of the app itself. `since` is the database version that created each: never
// change it once shipped, or a phone that skipped releases would miss the store.
const APP_STORES: StoreDeclaration[] = [
  { name: 'meta', keyPath: 'key', since: 1, indexes: [] },
  { name: 'searchIndex', keyPath: 'key', since: 5, indexes: [] },
  { name: 'received', keyPath: 'key', since: 6, indexes: [{ name: 'by-received', keyPath: 'receivedAt', since: 6 }] },
  { name: 'feedFiles', keyPath: 'path', since: 7, indexes: [] },
  { name: 'partialDownloads', keyPath: 'key', since: 9, indexes: [] },
];

const indexList = (indexes: Record<string, { keyPath: string; since: number }>) =>
  Object.entries(indexes).map(([name, { keyPath, since }]) => ({ name, keyPath, since }));

/** Every store the app needs, derived from the dataset registry and the app's own list. */
export const STORES: readonly StoreDeclaration[] = [
  ...APP_STORES,
  ...TABLES.flatMap((table): StoreDeclaration[] => [
    { name: table.name, keyPath: 'id', since: table.since, indexes: indexList(table.indexes) },
    ...(table.summary
      ? [{ name: table.summary.store, keyPath: 'id', since: table.summary.since, indexes: indexList(table.summary.indexes), backfill: { from: table.name, project: table.summary.project } }]
      : []),
  ]),
];

/** The summary store of each summarised table. */
export const SUMMARY_STORES = Object.fromEntries(TABLES.flatMap((table) => (table.summary ? [[table.name, table.summary.store]] : []))) as {
  [T in SummarisedTable]: SummaryStoreName<T>;
};

/** The newest version any store or index asks for: adding a store with a higher `since` bumps it. */
export const DB_VERSION = Math.max(...STORES.flatMap((store) => [store.since, ...store.indexes.map((index) => index.since)]));

type UpgradeTransaction = IDBPTransaction<HomewardSchema, HomewardStoreName[], 'versionchange'>;

/**
 * Takes the database from `oldVersion` to `newVersion` one version at a time, each step creating
 * what the registry says that version added. A phone that skipped releases upgrades step by step.
 */
function upgrade(db: HomewardDB, oldVersion: number, newVersion: number, transaction: UpgradeTransaction): void {
  // Untyped handles: names come from the registry, whose types idb cannot follow through a loop.
  const raw = db as unknown as IDBPDatabase;
  const rawTransaction = transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    for (const store of STORES) {
      if (store.since === version) raw.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const index of store.indexes) {
        if (index.since === version) rawTransaction.objectStore(store.name).createIndex(index.name, index.keyPath);
      }
      if (store.since === version && store.backfill && oldVersion >= tableSince(store.backfill.from)) {
        void backfill(rawTransaction, store.backfill.from, store.name, store.backfill.project);
      }
    }
  }
}

function tableSince(name: TableName): number {
  return TABLES.find((table) => table.name === name)!.since;
}

/** Copies the summary of every record of `from` into `to`, inside the upgrade transaction. */
async function backfill(transaction: IDBPTransaction<unknown, string[], 'versionchange'>, from: string, to: string, project: (record: never) => unknown) {
  const target = transaction.objectStore(to);
  for (let cursor = await transaction.objectStore(from).openCursor(); cursor; cursor = await cursor.continue()) {
    void target.put(project(cursor.value as never));
  }
}

/** Hooks for the rare events the page must react to. */
export interface OpenHooks {
  /** Another tab wants a newer schema: this connection has been closed. */
  onBlocking?: () => void;
  /** This tab wants a newer schema, and another tab still holds the old one open. */
  onBlocked?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  onTerminated?: () => void;
}

/** Opens (and if needed upgrades) the database up to `version`. */
export function openHomewardDB(hooks: OpenHooks = {}, version = DB_VERSION, name = DB_NAME): Promise<HomewardDB> {
  return openDB<HomewardSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, transaction) {
      upgrade(db, oldVersion, newVersion ?? version, transaction as UpgradeTransaction);
    },
    blocked() {
      hooks.onBlocked?.();
    },
    blocking(_current, _blocked, event) {
      // Closing lets the other tab's upgrade go ahead; this tab must reload to use the new schema.
      (event.target as IDBDatabase).close();
      hooks.onBlocking?.();
    },
    terminated() {
      hooks.onTerminated?.();
    },
  });
}
