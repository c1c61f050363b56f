// The one schema of the feed: the feed builder validates sources with it and the sync engine
// validates what it downloads with it. No DOM here: the service worker imports this module.
import * as v from 'valibot';

import {
  ACCESS_STATUSES,
  ALERT_KINDS,
  CONTACT_CATEGORIES,
  HAZARD_KINDS,
  HAZARD_STATUSES,
  MAP_LINE_KINDS,
  PHONE_TYPES,
  SITE_KINDS,
  type DatasetName,
} from './feed-constants';

export * from './feed-constants';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const recordId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'));
const isoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));
const isoTimestamp = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'must be an ISO 8601 date or date-time'),
);
const latitude = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
/** A [lon, lat] pair, GeoJSON order. */
const position = v.tuple([longitude, latitude]);

/** A human text in up to four languages; English is required and is the fallback. */
export const L10nSchema = v.object({
  en: nonEmpty,
  hy: v.optional(nonEmpty),
  az: v.optional(nonEmpty),
  ru: v.optional(nonEmpty),
});
export type L10n = v.InferOutput<typeof L10nSchema>;

// Links are limited to schemes that cannot run code or leak to a third party by themselves.
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://'));
// Phone numbers as dialled: digits, spaces, an optional leading +. Never invented: see DOMAIN.md.
const phoneNumber = v.pipe(v.string(), v.regex(/^\+?[0-9][0-9 ]{1,19}$/, 'must be digits, spaces and an optional leading +'));

/** What every record carries so the screen can say where it came from and how old it is. */
const provenance = {
  id: recordId,
  source: nonEmpty,
  verifiedAt: isoDate,
  /** The publisher's Ed25519 signature of this one record (src/sync/record-signature.ts), so it can be shared alone. */
  signature: v.optional(
    v.object({
      sig: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/, 'must be an Ed25519 signature, base64url without padding')),
      signedAt: isoTimestamp,
    }),
  ),
};

// ---------------------------------------------------------------- places

export const PlaceSchema = v.object({
  ...provenance,
  /** Every name the place carries, e.g. en "Stepanakert (Khankendi)". */
  name: L10nSchema,
  kind: v.picklist(['city', 'town', 'district']),
  lat: latitude,
  lon: longitude,
});
export type Place = v.InferOutput<typeof PlaceSchema>;

// ---------------------------------------------------------------- hazards


const PointGeometry = v.object({
  type: v.literal('Point'),
  coordinates: position,
  radiusM: v.pipe(v.number(), v.minValue(1), v.maxValue(50_000)),
});
const PolygonGeometry = v.object({
  type: v.literal('Polygon'),
  coordinates: v.pipe(v.array(v.pipe(v.array(position), v.minLength(4, 'a ring needs at least 4 positions'))), v.minLength(1)),
});

export const HazardSchema = v.object({
  ...provenance,
  kind: v.picklist(HAZARD_KINDS),
  status: v.picklist(HAZARD_STATUSES),
  geometry: v.variant('type', [PointGeometry, PolygonGeometry]),
  title: L10nSchema,
  description: L10nSchema,
  advice: v.optional(L10nSchema),
  /** Id of a record in the places dataset. */
  district: recordId,
  reportedAt: isoDate,
});
export type Hazard = v.InferOutput<typeof HazardSchema>;
export type HazardKind = Hazard['kind'];
export type HazardStatus = Hazard['status'];

// ---------------------------------------------------------------- transit

export const AgencySchema = v.object({
  ...provenance,
  name: L10nSchema,
  /** IANA zone; all times of the agency's trips are local to it. */
  timezone: nonEmpty,
  url: v.optional(httpsUrl),
  phone: v.optional(phoneNumber),
});
export type Agency = v.InferOutput<typeof AgencySchema>;

export const StopSchema = v.object({
  ...provenance,
  name: L10nSchema,
  lat: latitude,
  lon: longitude,
  /** Where exactly the bus stops, e.g. "main square". */
  description: v.optional(L10nSchema),
});
export type Stop = v.InferOutput<typeof StopSchema>;

export const RouteSchema = v.object({
  ...provenance,
  agencyId: recordId,
  shortName: v.string(),
  longName: L10nSchema,
  /** Practical notes: escort, checkpoints, documents, luggage, where the bus leaves from. */
  notes: v.array(L10nSchema),
});
export type Route = v.InferOutput<typeof RouteSchema>;

const gtfsDate = v.pipe(v.string(), v.regex(/^\d{8}$/, 'must be a date as YYYYMMDD'));

export const ServiceSchema = v.object({
  ...provenance,
  /** Monday first, as in GTFS calendar.txt. */
  weekdays: v.tuple([v.boolean(), v.boolean(), v.boolean(), v.boolean(), v.boolean(), v.boolean(), v.boolean()]),
  startDate: gtfsDate,
  endDate: gtfsDate,
  addedDates: v.array(gtfsDate),
  removedDates: v.array(gtfsDate),
});
export type Service = v.InferOutput<typeof ServiceSchema>;

/** Seconds after local noon minus 12 h of the service day (GTFS time); may pass 24:00. */
const serviceSeconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600));

export const TripSchema = v.object({
  ...provenance,
  routeId: recordId,
  serviceId: recordId,
  headsign: v.optional(L10nSchema),
  /** Stops in order; [stopId, arrival, departure]. */
  stopTimes: v.pipe(v.array(v.tuple([recordId, serviceSeconds, serviceSeconds])), v.minLength(2)),
});
export type Trip = v.InferOutput<typeof TripSchema>;

/** A short notice about a route (or the whole service), shown on top while valid. */
export const AlertSchema = v.object({
  ...provenance,
  /** Omitted: the alert concerns every route. */
  routeId: v.optional(recordId),
  kind: v.picklist(ALERT_KINDS),
  text: L10nSchema,
  validFrom: isoTimestamp,
  validTo: isoTimestamp,
});
export type Alert = v.InferOutput<typeof AlertSchema>;

// ---------------------------------------------------------------- contacts


const OpeningPeriodSchema = v.object({
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
  opens: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
  closes: v.pipe(v.string(), v.regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be HH:MM')),
});

export const ContactSchema = v.object({
  ...provenance,
  name: L10nSchema,
  description: L10nSchema,
  categories: v.pipe(v.array(v.picklist(CONTACT_CATEGORIES)), v.minLength(1)),
  phones: v.array(
    v.object({
      number: phoneNumber,
      type: v.picklist(PHONE_TYPES),
      label: v.optional(L10nSchema),
    }),
  ),
  email: v.optional(v.pipe(v.string(), v.email())),
  website: v.optional(httpsUrl),
  address: v.optional(L10nSchema),
  hours: v.optional(v.object({ timezone: nonEmpty, periods: v.array(OpeningPeriodSchema) })),
  /** Languages spoken, as BCP 47 codes. */
  languages: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  area: L10nSchema,
});
export type Contact = v.InferOutput<typeof ContactSchema>;
export type ContactCategory = Contact['categories'][number];

// ---------------------------------------------------------------- heritage sites


export const SiteSchema = v.object({
  ...provenance,
  name: L10nSchema,
  /** Every community's own name, in its own script, e.g. ["Դադիվանք", "Xudavəng"]. */
  otherNames: v.array(nonEmpty),
  kind: v.picklist(SITE_KINDS),
  lat: latitude,
  lon: longitude,
  description: L10nSchema,
  access: v.object({
    status: v.picklist(ACCESS_STATUSES),
    grantedBy: v.optional(L10nSchema),
    hours: v.optional(L10nSchema),
    rules: v.array(L10nSchema),
  }),
});
export type Site = v.InferOutput<typeof SiteSchema>;
export type SiteKind = Site['kind'];
export type AccessStatus = Site['access']['status'];

// ---------------------------------------------------------------- basemap

/** A road or the line of contact, so the offline map needs no tiles. */
export const MapLineSchema = v.object({
  ...provenance,
  kind: v.picklist(MAP_LINE_KINDS),
  name: v.optional(L10nSchema),
  coordinates: v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions')),
});
export type MapLine = v.InferOutput<typeof MapLineSchema>;

// ---------------------------------------------------------------- datasets

/** Each dataset is a set of record tables; a table name is also the IndexedDB store name. */
export const DATASET_TABLES = {
  places: { places: PlaceSchema },
  hazards: { hazards: HazardSchema },
  transit: { agencies: AgencySchema, stops: StopSchema, routes: RouteSchema, services: ServiceSchema, trips: TripSchema, alerts: AlertSchema },
  contacts: { contacts: ContactSchema },
  sites: { sites: SiteSchema },
  basemap: { mapLines: MapLineSchema },
} as const;

// Every dataset name has its tables, and no other key sneaks in.
DATASET_TABLES satisfies Record<DatasetName, unknown>;

export type TableName = {
  [D in DatasetName]: keyof (typeof DATASET_TABLES)[D];
}[DatasetName];

/** The record type of each table. */
export interface TableRecords {
  places: Place;
  hazards: Hazard;
  agencies: Agency;
  stops: Stop;
  routes: Route;
  services: Service;
  trips: Trip;
  alerts: Alert;
  contacts: Contact;
  sites: Site;
  mapLines: MapLine;
}

function datasetFileSchema<D extends DatasetName>(name: D) {
  const tables = DATASET_TABLES[name];
  const entries = Object.fromEntries(Object.entries(tables).map(([table, schema]) => [table, v.array(schema)]));
  return v.object({
    dataset: v.literal(name),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
    tables: v.object(entries as { [T in keyof (typeof DATASET_TABLES)[D]]: v.ArraySchema<(typeof DATASET_TABLES)[D][T] & v.GenericSchema, undefined> }),
  });
}

/** A full dataset file as published. */
export const DATASET_FILE_SCHEMAS = {
  places: datasetFileSchema('places'),
  hazards: datasetFileSchema('hazards'),
  transit: datasetFileSchema('transit'),
  contacts: datasetFileSchema('contacts'),
  sites: datasetFileSchema('sites'),
  basemap: datasetFileSchema('basemap'),
};

export type DatasetFile<D extends DatasetName = DatasetName> = {
  dataset: D;
  version: number;
  tables: { [T in keyof (typeof DATASET_TABLES)[D] & keyof TableRecords]: TableRecords[T][] };
};

function deltaFileSchema<D extends DatasetName>(name: D) {
  const tables = DATASET_TABLES[name];
  const entries = Object.fromEntries(
    Object.entries(tables).map(([table, schema]) => [
      table,
      v.optional(v.object({ upserts: v.array(schema as v.GenericSchema), deletes: v.array(recordId) })),
    ]),
  );
  return v.object({
    dataset: v.literal(name),
    from: v.pipe(v.number(), v.integer(), v.minValue(1)),
    to: v.pipe(v.number(), v.integer(), v.minValue(2)),
    tables: v.object(entries),
  });
}

/** A delta file: the record-level changes that take a dataset from version `from` to `to`. */
export const DELTA_FILE_SCHEMAS = {
  places: deltaFileSchema('places'),
  hazards: deltaFileSchema('hazards'),
  transit: deltaFileSchema('transit'),
  contacts: deltaFileSchema('contacts'),
  sites: deltaFileSchema('sites'),
  basemap: deltaFileSchema('basemap'),
};

/** Record-level changes to one table. */
export interface TableDelta<R = unknown> {
  upserts: R[];
  deletes: string[];
}

export type DeltaFile<D extends DatasetName = DatasetName> = {
  dataset: D;
  from: number;
  to: number;
  tables: { [T in keyof (typeof DATASET_TABLES)[D] & keyof TableRecords]?: TableDelta<TableRecords[T]> };
};

const sha256Hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'));
const relativePath = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/, 'must be a relative path'));

const DatasetEntrySchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  path: relativePath,
  sha256: sha256Hex,
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  deltas: v.array(
    v.object({
      from: v.pipe(v.number(), v.integer(), v.minValue(1)),
      path: relativePath,
      sha256: sha256Hex,
      bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
});
export type DatasetEntry = v.InferOutput<typeof DatasetEntrySchema>;

/** manifest.json: what the publisher vouches for; docs/feed-format.md describes it. */
export const ManifestSchema = v.object({
  format: v.literal(1),
  feedId: recordId,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  issuedAt: isoTimestamp,
  expiresAt: isoTimestamp,
  demo: v.boolean(),
  datasets: v.object({
    places: DatasetEntrySchema,
    hazards: DatasetEntrySchema,
    transit: DatasetEntrySchema,
    contacts: DatasetEntrySchema,
    sites: DatasetEntrySchema,
    basemap: DatasetEntrySchema,
  }),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Turns valibot issues into "field.path: message" lines a publisher or a user can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
