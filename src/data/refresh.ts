// First-load module: reads the store into the signals, after start and after every update.
import { batch } from '@preact/signals';
import { IN_MEMORY_TABLES, SUMMARISED_TABLES, type SummarisedTable, type TableName, type TableRecords } from '../model/datasets';
import type { HomewardDB } from '../store/db';
import { readMeta, readRecord, readSnapshot, readSummaries } from '../store/queries';
import { database } from './database';
import { dataRevision, isStoreBroken, isStoreRead, storedMeta } from './feed-state';
import { newestHazards, records, summaries } from './tables';

/** How many of the newest hazard reports Home shows. */
export const NEWEST_HAZARDS = 3;

const wantedSummaries = new Set<SummarisedTable>();

/**
 * Re-reads the meta, every in-memory table and the summaries a screen asked for, then replaces
 * (never mutates) the signal values in one batch, so no screen sees half of an update.
 */
export async function refreshFromStore(db: HomewardDB): Promise<void> {
  const wanted = SUMMARISED_TABLES.filter((table) => wantedSummaries.has(table));
  const snapshot = await readSnapshot(db, IN_MEMORY_TABLES, wanted, { table: 'hazards', index: 'by-reported', limit: NEWEST_HAZARDS });
  batch(() => {
    storedMeta.value = snapshot.meta;
    for (const table of IN_MEMORY_TABLES) (records[table] as { value: unknown }).value = snapshot.tables[table];
    for (const table of wanted) (summaries[table] as { value: unknown }).value = snapshot.summaries[table];
    newestHazards.value = snapshot.newest;
    isStoreRead.value = true;
    isStoreBroken.value = false;
    dataRevision.value++;
  });
}

/** Reads the stored meta alone: a sync started or ended somewhere, and the data is unchanged. */
export async function refreshMeta(): Promise<void> {
  storedMeta.value = await readMeta(await database());
}

/** Loads a summarised table's summaries the first time a screen needs them; later refreshes keep them current. */
export function ensureSummaries(table: SummarisedTable): void {
  if (wantedSummaries.has(table)) return;
  wantedSummaries.add(table);
  void database()
    .then((db) => readSummaries(db, table))
    .then((rows) => ((summaries[table] as { value: unknown }).value = rows))
    .catch(() => {
      wantedSummaries.delete(table); // let the next screen try again
      isStoreBroken.value = true;
    });
}

/** One full record from the store, for the screens that show all of it. */
export async function loadRecord<T extends TableName>(table: T, id: string): Promise<TableRecords[T] | undefined> {
  return readRecord(await database(), table, id);
}
