// First-load module: every screen reads through this connection.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Agency, Alert, Contact, DatasetName, Hazard, MapLine, Place, Route, Service, Site, Stop, Trip } from '../sync/feed-schema';

export const DB_NAME = 'homeward';
/** Bump with a new step in UPGRADE_STEPS; never edit a step that has shipped. */
export const DB_VERSION = 7;

/** What the app knows about the feed it last applied. */
export interface FeedMeta {
  feedId: string;
  version: number;
  issuedAt: string;
  expiresAt: string;
  demo: boolean;
}

/** What the app knows about one applied dataset. */
export interface DatasetMeta {
  version: number;
  sha256: string;
  bytes: number;
  appliedAt: string;
}

/** The outcome of sync attempts, for Settings and the freshness notices. */
export interface SyncMeta {
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lastError?: { code: string; detail: string; at: string };
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
  | { key: `dataset:${DatasetName}`; value: DatasetMeta };

export interface HomewardSchema extends DBSchema {
  places: { key: string; value: Place };
  hazards: { key: string; value: Hazard; indexes: { 'by-district': string; 'by-reported': string } };
  contacts: { key: string; value: Contact };
  sites: { key: string; value: Site };
  meta: { key: string; value: MetaValue };
  agencies: { key: string; value: Agency };
  stops: { key: string; value: Stop };
  routes: { key: string; value: Route };
  services: { key: string; value: Service };
  trips: { key: string; value: Trip; indexes: { 'by-route': string } };
  mapLines: { key: string; value: MapLine };
  alerts: { key: string; value: Alert };
  searchIndex: { key: string; value: StoredSearchIndex };
  received: { key: string; value: ReceivedRecord; indexes: { 'by-received': string } };
  feedFiles: { key: string; value: FeedFile };
}

export type HomewardDB = IDBPDatabase<HomewardSchema>;

// Each step takes the database from version N-1 to N. Steps are kept forever so that a phone
// that skipped releases still upgrades one step at a time.
const UPGRADE_STEPS: Record<number, (db: HomewardDB) => void> = {
  1: (db) => {
    db.createObjectStore('places', { keyPath: 'id' });
    const hazards = db.createObjectStore('hazards', { keyPath: 'id' });
    hazards.createIndex('by-district', 'district');
    hazards.createIndex('by-reported', 'reportedAt');
    db.createObjectStore('contacts', { keyPath: 'id' });
    db.createObjectStore('sites', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: (db) => {
    for (const name of ['agencies', 'stops', 'routes', 'services'] as const) db.createObjectStore(name, { keyPath: 'id' });
    db.createObjectStore('trips', { keyPath: 'id' }).createIndex('by-route', 'routeId');
  },
  3: (db) => {
    db.createObjectStore('mapLines', { keyPath: 'id' });
  },
  4: (db) => {
    db.createObjectStore('alerts', { keyPath: 'id' });
  },
  5: (db) => {
    db.createObjectStore('searchIndex', { keyPath: 'key' });
  },
  6: (db) => {
    db.createObjectStore('received', { keyPath: 'key' }).createIndex('by-received', 'receivedAt');
  },
  7: (db) => {
    db.createObjectStore('feedFiles', { keyPath: 'path' });
  },
};

/** Hooks for the rare events the page must react to. */
export interface OpenHooks {
  /** Another tab wants a newer schema: this connection has been closed. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  onTerminated?: () => void;
}

/** Opens (and if needed upgrades) the database up to `version`. */
export function openHomewardDB(hooks: OpenHooks = {}, version = DB_VERSION, name = DB_NAME): Promise<HomewardDB> {
  return openDB<HomewardSchema>(name, version, {
    upgrade(db, oldVersion, newVersion) {
      for (let step = oldVersion + 1; step <= (newVersion ?? version); step++) UPGRADE_STEPS[step]!(db);
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
