// First-load module: the dataset registry. Each dataset is declared here once: its tables, the
// schema each table's records follow, the IndexedDB store and indexes they live in, whether the
// screens hold them in memory or read a compact summary, how they become search documents and
// share codes, and where the publisher reads them from. Schemas, stores, upgrade steps, signals,
// search and sharing are derived from it (docs/architecture.md, "Adding a dataset").
//
// Schemas are named, not imported: the first screen needs this registry, and valibot would
// double the cost of the first load. `SchemaName` makes a misspelt or missing schema a type error.
import type * as v from 'valibot';
import type * as RecordSchemas from './record-schemas';
import type { L10n, SearchSection } from './vocabulary';

type SchemaName = {
  [K in keyof typeof RecordSchemas]: (typeof RecordSchemas)[K] extends v.GenericSchema ? (K extends `${string}Schema` ? K : never) : never;
}[keyof typeof RecordSchemas];
type RecordOf<S extends SchemaName> = v.InferOutput<(typeof RecordSchemas)[S]>;

/** An IndexedDB index: its key path, and the database version that created it. */
export interface IndexDeclaration {
  keyPath: string;
  /** Database version that added it; never change this once shipped. */
  since: number;
}

/** A reference from one record to another, checked when the feed is built. */
export interface RecordReference {
  field: string;
  table: string;
  id: string;
}

/** A text of a related record, e.g. the name of a hazard's district; undefined when it is missing. */
export type RelatedText = (table: string, id: string, field: string) => L10n | undefined;

/** A human text or a plain name, as search and share titles take them. */
export type SearchText = L10n | string | undefined;

interface TableDeclaration<R, S> {
  schema: SchemaName;
  /** Database version that created the store; never change this once shipped. */
  since: number;
  indexes?: Record<string, IndexDeclaration>;
  /**
   * Screens read a summary of each record (kept in memory, from its own store) and load the
   * full record only where they show it. Without one, the whole table is held in memory.
   */
  summary?: { store: string; since: number; indexes?: Record<string, IndexDeclaration>; project: (record: R) => S };
  references?: (record: R) => RecordReference[];
  /** How a record (its summary, where it has one) becomes a search document. */
  search?: { section: SearchSection; names: (record: S, related: RelatedText) => SearchText[]; texts?: (record: S, related: RelatedText) => SearchText[] };
  /**
   * Records of this table can be shared one by one, under this title. `textGroups` names the
   * top-level fields whose texts a share code may leave out, in the order they are dropped last to
   * first when the code would be too dense (each group has its own signed digest); every other
   * text is the first group, always carried.
   */
  share?: { title: (record: R, related: RelatedText) => L10n; textGroups?: readonly (readonly string[])[] };
}

/** Declares one table; the schema name types the functions below it. */
function table<N extends SchemaName, S = RecordOf<N>, const D extends Omit<TableDeclaration<RecordOf<N>, S>, 'schema'> = Omit<TableDeclaration<RecordOf<N>, S>, 'schema'>>(
  schema: N,
  declaration: D & Omit<TableDeclaration<RecordOf<N>, S>, 'schema'>,
): { schema: N } & D {
  return { schema, ...declaration };
}

/** Where the publisher reads a dataset: a JSON source file, or the GTFS importer. */
type DatasetSource = { kind: 'json'; file: string } | { kind: 'gtfs' };

/** The summary the hazard screens read: everything but the long texts and the signature. */
function summariseHazard({ description: _description, advice: _advice, signature: _signature, ...summary }: RecordOf<'HazardSchema'>) {
  return summary;
}

const text = (...texts: SearchText[]) => texts;

/** The datasets a feed carries, in the order Settings lists them. */
export const DATASETS = {
  places: {
    source: { kind: 'json', file: 'places.json' } satisfies DatasetSource,
    tables: {
      // Every name in every language; its screen gathers the place's hazards, sites, contacts and stops.
      places: table('PlaceSchema', { since: 1, search: { section: 'places', names: (place) => text(place.name) } }),
    },
  },
  hazards: {
    source: { kind: 'json', file: 'hazards.json' } satisfies DatasetSource,
    tables: {
      hazards: table('HazardSchema', {
        since: 1,
        indexes: { 'by-district': { keyPath: 'district', since: 1 }, 'by-reported': { keyPath: 'reportedAt', since: 1 } },
        summary: { store: 'hazardSummaries', since: 8, indexes: { 'by-reported': { keyPath: 'reportedAt', since: 8 } }, project: summariseHazard },
        references: (hazard) => [{ field: 'district', table: 'places', id: hazard.district }],
        // Titles usually name the place, but not always ("Survey under way in the fields"): the
        // district's names make every hazard findable by its place, in every language.
        search: { section: 'hazards', names: (hazard) => text(hazard.title), texts: (hazard, related) => text(hazard.district, related('places', hazard.district, 'name')) },
        share: { title: (hazard) => hazard.title, textGroups: [['advice'], ['description']] },
      }),
    },
  },
  transit: {
    source: { kind: 'gtfs' } satisfies DatasetSource,
    tables: {
      agencies: table('AgencySchema', { since: 2 }),
      // The description says where the bus stops ("Kilikia bus station"), which people search for.
      stops: table('StopSchema', { since: 2, search: { section: 'stops', names: (stop) => text(stop.name), texts: (stop) => text(stop.description) } }),
      routes: table('RouteSchema', { since: 2, references: (route) => [{ field: 'agencyId', table: 'agencies', id: route.agencyId }] }),
      services: table('ServiceSchema', { since: 2 }),
      trips: table('TripSchema', {
        since: 2,
        indexes: { 'by-route': { keyPath: 'routeId', since: 2 } },
        references: (trip) => [
          { field: 'routeId', table: 'routes', id: trip.routeId },
          { field: 'serviceId', table: 'services', id: trip.serviceId },
          ...trip.stopTimes.map(([stopId]) => ({ field: 'stopTimes', table: 'stops', id: stopId })),
        ],
        share: { title: (trip, related) => trip.headsign ?? related('routes', trip.routeId, 'longName') ?? { en: trip.id } },
      }),
      alerts: table('AlertSchema', { since: 4, references: (alert) => (alert.routeId ? [{ field: 'routeId', table: 'routes', id: alert.routeId }] : []) }),
    },
  },
  contacts: {
    source: { kind: 'json', file: 'contacts.json' } satisfies DatasetSource,
    tables: {
      contacts: table('ContactSchema', {
        since: 1,
        // The area answers "who helps in Goris?".
        search: { section: 'contacts', names: (contact) => text(contact.name), texts: (contact) => text(contact.description, contact.area) },
        share: { title: (contact) => contact.name, textGroups: [['description']] },
      }),
    },
  },
  sites: {
    source: { kind: 'json', file: 'sites.json' } satisfies DatasetSource,
    tables: {
      sites: table('SiteSchema', {
        since: 1,
        search: { section: 'sites', names: (site) => text(site.name, ...site.otherNames), texts: (site) => text(site.description) },
        share: { title: (site) => site.name, textGroups: [['access'], ['description']] },
      }),
    },
  },
  basemap: {
    source: { kind: 'json', file: 'basemap.json' } satisfies DatasetSource,
    tables: {
      mapLines: table('MapLineSchema', { since: 3 }),
    },
  },
} as const;

type Registry = typeof DATASETS;
export type DatasetName = keyof Registry;
type TablesOf<D extends DatasetName> = Registry[D]['tables'];
/** Every table of every dataset; a table name is also its IndexedDB store name. */
export type TableName = { [D in DatasetName]: keyof TablesOf<D> & string }[DatasetName];
type TableEntry<T extends TableName> = { [D in DatasetName]: T extends keyof TablesOf<D> ? TablesOf<D>[T] : never }[DatasetName];

/** The record type of each table, from its schema. */
export type TableRecords = { [T in TableName]: RecordOf<TableEntry<T>['schema']> };
/** The dataset each table belongs to. */
export type DatasetOfTable<T extends TableName> = { [D in DatasetName]: T extends keyof TablesOf<D> ? D : never }[DatasetName];
/** The tables of one dataset with their records, as a dataset file holds them. */
export type DatasetTables<D extends DatasetName> = { [T in keyof TablesOf<D> & TableName]: TableRecords[T][] };

/** Tables whose screens read a summary; the others are held in memory whole. */
export type SummarisedTable = { [T in TableName]: TableEntry<T> extends { summary: object } ? T : never }[TableName];
export type InMemoryTable = Exclude<TableName, SummarisedTable>;
/** What the screens hold of a summarised table's records. */
export type TableSummaries = { [T in SummarisedTable]: ReturnType<TableEntry<T>['summary']['project']> };
/** The names of a table's IndexedDB indexes. */
export type TableIndexName<T extends TableName> = TableEntry<T> extends { indexes: infer I } ? Extract<keyof I, string> : never;
/** The IndexedDB store of a summarised table's summaries. */
export type SummaryStoreName<T extends SummarisedTable> = TableEntry<T>['summary']['store'];
/** The names of a summary store's indexes. */
export type SummaryIndexName<T extends SummarisedTable> = TableEntry<T>['summary'] extends { indexes: infer I } ? Extract<keyof I, string> : never;
/** Tables whose records can be shared one by one. */
export type ShareableTable = { [T in TableName]: TableEntry<T> extends { share: object } ? T : never }[TableName];

export type Place = TableRecords['places'];
export type Hazard = TableRecords['hazards'];
export type HazardSummary = TableSummaries['hazards'];
export type Agency = TableRecords['agencies'];
export type Stop = TableRecords['stops'];
export type Route = TableRecords['routes'];
export type Service = TableRecords['services'];
export type Trip = TableRecords['trips'];
export type Alert = TableRecords['alerts'];
export type Contact = TableRecords['contacts'];
export type Site = TableRecords['sites'];
export type MapLine = TableRecords['mapLines'];

/** A table's declaration, looked up by name at run time. */
export interface TableInfo {
  name: TableName;
  dataset: DatasetName;
  schema: SchemaName;
  since: number;
  indexes: Record<string, IndexDeclaration>;
  summary?: { store: string; since: number; indexes: Record<string, IndexDeclaration>; project: (record: never) => unknown };
  references?: (record: never) => RecordReference[];
  search?: { section: SearchSection; names: (record: never, related: RelatedText) => SearchText[]; texts?: (record: never, related: RelatedText) => SearchText[] };
  share?: { title: (record: never, related: RelatedText) => L10n; textGroups?: readonly (readonly string[])[] };
}

/** The datasets in registry order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** Every table with its declaration, in registry order. */
export const TABLES: readonly TableInfo[] = DATASET_NAMES.flatMap((dataset) =>
  Object.entries(DATASETS[dataset].tables).map(([name, declaration]): TableInfo => {
    const entry = declaration as Omit<TableInfo, 'name' | 'dataset' | 'indexes'> & { indexes?: Record<string, IndexDeclaration>; summary?: TableInfo['summary'] };
    return { ...entry, name: name as TableName, dataset, indexes: entry.indexes ?? {} };
  }),
);

const TABLE_BY_NAME = new Map(TABLES.map((info) => [info.name, info]));

/** The declaration of a table, or undefined for a name that is no table. */
export function tableInfo(name: string): TableInfo | undefined {
  return TABLE_BY_NAME.get(name as TableName);
}

/** The table names of one dataset, in registry order. */
export function tablesOf(dataset: DatasetName): TableName[] {
  return Object.keys(DATASETS[dataset].tables) as TableName[];
}

export const TABLE_NAMES = TABLES.map((info) => info.name);
export const IN_MEMORY_TABLES = TABLES.filter((info) => !info.summary).map((info) => info.name) as InMemoryTable[];
export const SUMMARISED_TABLES = TABLES.filter((info) => info.summary).map((info) => info.name) as SummarisedTable[];
export const SHAREABLE_TABLES = TABLES.filter((info) => info.share).map((info) => info.name) as ShareableTable[];
/** Tables whose records (or summaries) become search documents. */
export const SEARCHABLE_TABLES = TABLES.filter((info) => info.search).map((info) => info.name);

/** The text group (0: always carried) of a record's top-level field, as its table's share declaration gives it. */
export function textGroupOf(table: string, field: string): number {
  const groups = tableInfo(table)?.share?.textGroups ?? [];
  const index = groups.findIndex((group) => group.includes(field));
  return index + 1;
}

/** How many text groups a table's records have (1 when it declares none). */
export function textGroupCount(table: string): number {
  return (tableInfo(table)?.share?.textGroups?.length ?? 0) + 1;
}

/** Whether a string names a table whose records can be shared. */
export const isShareableTable = (name: string): name is ShareableTable => (SHAREABLE_TABLES as readonly string[]).includes(name);
