// Record-level deltas between two versions of a dataset: made by the publisher, replayed by
// `feed verify` and by the tests; the phone applies the same upserts and deletes in IndexedDB.
import type { DatasetName, DatasetTables } from './datasets';
import type { DeltaFile, TableDelta } from './file-schemas';

type Tables<D extends DatasetName> = DatasetTables<D>;

/**
 * The record-level changes from `before` to `after`: records that are new or differ (compared
 * as JSON) are upserted whole, ids that disappeared are deleted. Unchanged tables are left out.
 */
export function computeDelta<D extends DatasetName>(dataset: D, from: number, to: number, before: Tables<D>, after: Tables<D>): DeltaFile<D> {
  const tables: Record<string, TableDelta> = {};
  for (const [table, afterRecords] of Object.entries(after) as [string, { id: string }[]][]) {
    const beforeRecords = (before as Record<string, { id: string }[]>)[table] ?? [];
    const beforeById = new Map(beforeRecords.map((record) => [record.id, JSON.stringify(record)]));
    const afterIds = new Set(afterRecords.map((record) => record.id));
    const upserts = afterRecords.filter((record) => beforeById.get(record.id) !== JSON.stringify(record));
    const deletes = beforeRecords.map((record) => record.id).filter((id) => !afterIds.has(id));
    if (upserts.length > 0 || deletes.length > 0) tables[table] = { upserts, deletes };
  }
  return { dataset, from, to, tables } as DeltaFile<D>;
}

/**
 * `before` with a delta's deletes and upserts applied, as the phone's store ends up: a record
 * keeps its place when replaced, new records come last. Compare results by id, not by order.
 */
export function applyDelta<D extends DatasetName>(before: Tables<D>, delta: Pick<DeltaFile<D>, 'tables'>): Tables<D> {
  const after: Record<string, { id: string }[]> = {};
  for (const [table, records] of Object.entries(before) as [string, { id: string }[]][]) {
    const change = (delta.tables as Record<string, TableDelta<{ id: string }> | undefined>)[table];
    if (!change) {
      after[table] = records;
      continue;
    }
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const id of change.deletes) byId.delete(id);
    for (const record of change.upserts) byId.set(record.id, record);
    after[table] = [...byId.values()];
  }
  return after as Tables<D>;
}
