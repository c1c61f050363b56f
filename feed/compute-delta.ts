import type { DatasetFile, DatasetName, DeltaFile, TableDelta } from '../src/sync/feed-schema';

type Tables<D extends DatasetName> = DatasetFile<D>['tables'];

/**
 * The record-level changes from `before` to `after`: records that are new or differ (compared
 * as JSON) are upserted whole, ids that disappeared are deleted. Unchanged tables are left out.
 */
export function computeDelta<D extends DatasetName>(dataset: D, from: number, to: number, before: Tables<D>, after: Tables<D>): DeltaFile<D> {
  const tables: Record<string, TableDelta> = {};
  for (const [table, afterRecords] of Object.entries(after) as [string, { id: string }[]][]) {
    const beforeRecords = ((before as Record<string, { id: string }[]>)[table] ?? []);
    const beforeById = new Map(beforeRecords.map((record) => [record.id, JSON.stringify(record)]));
    const afterIds = new Set(afterRecords.map((record) => record.id));
    const upserts = afterRecords.filter((record) => beforeById.get(record.id) !== JSON.stringify(record));
    const deletes = beforeRecords.map((record) => record.id).filter((id) => !afterIds.has(id));
    if (upserts.length > 0 || deletes.length > 0) tables[table] = { upserts, deletes };
  }
  return { dataset, from, to, tables } as DeltaFile<D>;
}
