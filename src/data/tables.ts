// First-load module: the records screens read, as signals. Small tables are held whole; a
// table the registry summarises is held as summaries, loaded the first time a screen asks.
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { IN_MEMORY_TABLES, SUMMARISED_TABLES, type DatasetTables, type InMemoryTable, type SummarisedTable, type TableRecords, type TableSummaries } from '../model/datasets';

type RecordsById<R> = ReadonlySignal<ReadonlyMap<string, R>>;

/** Every record of each in-memory table, in key order. */
export const records = Object.fromEntries(IN_MEMORY_TABLES.map((table) => [table, signal([])])) as unknown as {
  [T in InMemoryTable]: Signal<TableRecords[T][]>;
};

/** The same records by id. */
export const recordsById = Object.fromEntries(
  IN_MEMORY_TABLES.map((table) => [table, computed(() => new Map((records[table].value as { id: string }[]).map((record) => [record.id, record])))]),
) as unknown as { [T in InMemoryTable]: RecordsById<TableRecords[T]> };

/** The summaries of each summarised table; undefined until a screen asked for them and they were read. */
export const summaries = Object.fromEntries(SUMMARISED_TABLES.map((table) => [table, signal(undefined)])) as unknown as {
  [T in SummarisedTable]: Signal<TableSummaries[T][] | undefined>;
};

/** The same summaries by id (empty until read). */
export const summariesById = Object.fromEntries(
  SUMMARISED_TABLES.map((table) => [table, computed(() => new Map(((summaries[table].value ?? []) as { id: string }[]).map((summary) => [summary.id, summary])))]),
) as unknown as { [T in SummarisedTable]: RecordsById<TableSummaries[T]> };

/** The newest hazard reports, read through the store's index at each refresh: what Home shows. */
export const newestHazards = signal<TableSummaries['hazards'][]>([]);

/** The transit tables together, because a departure needs all of them. */
export type Transit = DatasetTables<'transit'>;

export const transit = computed<Transit>(() => ({
  agencies: records.agencies.value,
  stops: records.stops.value,
  routes: records.routes.value,
  services: records.services.value,
  trips: records.trips.value,
  alerts: records.alerts.value,
}));
