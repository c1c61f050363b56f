// First-load module: the signals every screen reads. Only store/ and sync/ fill them.
import { batch, computed, signal } from '@preact/signals';
import type { StoredMeta } from '../store/queries';
import { readMeta, readTable } from '../store/queries';
import type { HomewardDB } from '../store/db';
import type { Agency, Alert, Contact, Hazard, MapLine, Place, Route, Service, Site, Stop, Trip } from '../sync/feed-schema';
import type { SyncErrorCode } from '../sync/sync-error';

/** The transit tables, read together because a departure needs all of them. */
export interface Transit {
  agencies: Agency[];
  stops: Stop[];
  routes: Route[];
  services: Service[];
  trips: Trip[];
  alerts: Alert[];
}

export const places = signal<Place[]>([]);
export const hazards = signal<Hazard[]>([]);
export const contacts = signal<Contact[]>([]);
export const sites = signal<Site[]>([]);
export const mapLines = signal<MapLine[]>([]);
export const transit = signal<Transit>({ agencies: [], stops: [], routes: [], services: [], trips: [], alerts: [] });
export const storedMeta = signal<StoredMeta>({ sync: {}, datasets: {} });

/** Where the first load stands: reading the phone's store, showing data, or nothing to show. */
export const loadState = signal<'loading' | 'ready' | 'failed'>('loading');
/** Why the last sync failed, in a code the locales explain; undefined after a success. */
export const syncFailure = signal<SyncErrorCode | undefined>(undefined);
export const isSyncing = signal(false);

export const placesById = computed(() => new Map(places.value.map((place) => [place.id, place])));
export const stopsById = computed(() => new Map(transit.value.stops.map((stop) => [stop.id, stop])));
export const hasData = computed(() => storedMeta.value.feed !== undefined);
export const isDemo = computed(() => storedMeta.value.feed?.demo ?? false);

/** Re-reads every table after a sync committed, replacing (never mutating) the signal values. */
export async function refreshFromStore(db: HomewardDB): Promise<void> {
  const [meta, placeRows, hazardRows, contactRows, siteRows, lineRows, agencies, stops, routes, services, trips, alerts] = await Promise.all([
    readMeta(db),
    readTable(db, 'places'),
    readTable(db, 'hazards'),
    readTable(db, 'contacts'),
    readTable(db, 'sites'),
    readTable(db, 'mapLines'),
    readTable(db, 'agencies'),
    readTable(db, 'stops'),
    readTable(db, 'routes'),
    readTable(db, 'services'),
    readTable(db, 'trips'),
    readTable(db, 'alerts'),
  ]);
  batch(() => {
    storedMeta.value = meta;
    places.value = placeRows;
    hazards.value = hazardRows;
    contacts.value = contactRows;
    sites.value = siteRows;
    mapLines.value = lineRows;
    transit.value = { agencies, stops, routes, services, trips, alerts };
  });
}
