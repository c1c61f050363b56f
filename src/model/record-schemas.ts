// The schema of every record the feed carries, one per table. The feed builder validates its
// sources with them and the sync engine validates what it downloads with them, so both read the
// same rules. Loaded with the sync engine, never on first load (valibot stays out of it).
import * as v from 'valibot';
import {
  ACCESS_STATUSES,
  ALERT_KINDS,
  CONTACT_CATEGORIES,
  HAZARD_KINDS,
  HAZARD_STATUSES,
  MAP_LINE_KINDS,
  PHONE_TYPES,
  PLACE_KINDS,
  SITE_KINDS,
} from './vocabulary';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
/** A record id: what every table is keyed by, and what links and share codes carry. */
export const RecordIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'));
const isoDate = v.pipe(v.string(), v.isoDate('must be a date as YYYY-MM-DD'));
/** A date, or a date-time with its offset. */
export const IsoTimestampSchema = v.pipe(
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

// Links are limited to schemes that cannot run code or leak to a third party by themselves.
const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://', 'must start with https://'));
// Phone numbers as dialled: digits, spaces, an optional leading +. Never invented: see docs/domain.md.
const phoneNumber = v.pipe(v.string(), v.regex(/^\+?[0-9][0-9 ]{1,19}$/, 'must be digits, spaces and an optional leading +'));

/** The id of a feed key (model/key-ids.ts). */
export const KeyIdSchema = v.pipe(v.string(), v.regex(/^k-[0-9a-f]{16}$/, 'must be a key id (k- and 16 hex digits)'));

/** An Ed25519 signature, base64url without padding, spelt the one canonical way (the last letter's unused bits zero). */
export const Ed25519SignatureSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{85}[AQgw]$/, 'must be an Ed25519 signature, base64url without padding'));

/** The publisher's signature of one record (model/record-signing.ts), so it can be shared alone. */
export const RecordSignatureSchema = v.object({
  sig: Ed25519SignatureSchema,
  signedAt: IsoTimestampSchema,
  keyId: KeyIdSchema,
});

/** What every record carries so the screen can say where it came from and how old it is. */
const provenance = {
  id: RecordIdSchema,
  source: nonEmpty,
  verifiedAt: isoDate,
  signature: v.optional(RecordSignatureSchema),
};

// ---------------------------------------------------------------- places

export const PlaceSchema = v.object({
  ...provenance,
  /** Every name the place carries, e.g. en "Stepanakert (Khankendi)". */
  name: L10nSchema,
  kind: v.picklist(PLACE_KINDS),
  lat: latitude,
  lon: longitude,
});

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
  district: RecordIdSchema,
  reportedAt: isoDate,
});

// ---------------------------------------------------------------- transit

export const AgencySchema = v.object({
  ...provenance,
  name: L10nSchema,
  /** IANA zone; all times of the agency's trips are local to it. */
  timezone: nonEmpty,
  url: v.optional(httpsUrl),
  phone: v.optional(phoneNumber),
});

export const StopSchema = v.object({
  ...provenance,
  name: L10nSchema,
  lat: latitude,
  lon: longitude,
  /** Where exactly the bus stops, e.g. "main square". */
  description: v.optional(L10nSchema),
});

export const RouteSchema = v.object({
  ...provenance,
  agencyId: RecordIdSchema,
  shortName: v.string(),
  longName: L10nSchema,
  /** Practical notes: escort, checkpoints, documents, luggage, where the bus leaves from. */
  notes: v.array(L10nSchema),
});

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

/** Seconds after local noon minus 12 h of the service day (GTFS time); may pass 24:00. */
const serviceSeconds = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600));

export const TripSchema = v.object({
  ...provenance,
  routeId: RecordIdSchema,
  serviceId: RecordIdSchema,
  headsign: v.optional(L10nSchema),
  /** Stops in order; [stopId, arrival, departure]. */
  stopTimes: v.pipe(v.array(v.tuple([RecordIdSchema, serviceSeconds, serviceSeconds])), v.minLength(2)),
});

/** A short notice about a route (or the whole service), shown on top while valid. */
export const AlertSchema = v.object({
  ...provenance,
  /** Omitted: the alert concerns every route. */
  routeId: v.optional(RecordIdSchema),
  kind: v.picklist(ALERT_KINDS),
  text: L10nSchema,
  validFrom: IsoTimestampSchema,
  validTo: IsoTimestampSchema,
});

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

// ---------------------------------------------------------------- basemap

/** A road or the line of contact, so the offline map needs no tiles. */
export const MapLineSchema = v.object({
  ...provenance,
  kind: v.picklist(MAP_LINE_KINDS),
  name: v.optional(L10nSchema),
  coordinates: v.pipe(v.array(position), v.minLength(2, 'a line needs at least 2 positions')),
});

/** Turns valibot issues into "field.path: message" lines a publisher or a user can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
