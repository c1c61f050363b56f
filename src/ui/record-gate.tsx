import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { IN_MEMORY_TABLES, type InMemoryTable, type TableName, type TableRecords } from '../model/datasets';
import { dataRevision } from '../data/feed-state';
import { recordsById } from '../data/tables';
import { loadRecord } from '../data/refresh';
import { t } from '../i18n/i18n';
import { DataGate } from './data-gate';
import { RecordNotFound } from './record-not-found';

const isInMemory = (table: TableName): table is InMemoryTable => (IN_MEMORY_TABLES as readonly string[]).includes(table);

/**
 * The full record `id` of `table`: from memory for the tables held there, else read from the
 * store, and read again after every update. Undefined while it loads, null when not held.
 */
export function useStoredRecord<T extends TableName>(table: T | undefined, id: string): TableRecords[T] | null | undefined {
  const inMemory = table && isInMemory(table) ? ((recordsById[table].value.get(id) as TableRecords[T] | undefined) ?? null) : undefined;
  const revision = dataRevision.value;
  const [found, setFound] = useState<{ key: string; record: TableRecords[T] | null }>();
  const recordKey = `${table}/${id}`;
  const key = `${recordKey}/${revision}`;
  useEffect(() => {
    if (!table || isInMemory(table)) return;
    let isCurrent = true;
    void loadRecord(table, id).then(
      (record) => isCurrent && setFound({ key, record: record ?? null }),
      () => isCurrent && setFound({ key, record: null }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key]);
  if (!table) return null;
  if (isInMemory(table)) return inMemory;
  // While an update is read, the record as it was stays on screen; another record's never does.
  return found && found.key.startsWith(`${recordKey}/`) ? found.record : undefined;
}

/**
 * A detail screen's frame: waits for the store, finds the record by id, and shows "not found"
 * with a way back when the phone does not hold it.
 */
export function RecordGate<T extends TableName>({ table, id, backHref, children }: { table: T; id: string; backHref: string; children: (record: TableRecords[T]) => ComponentChildren }) {
  return (
    <DataGate>
      <StoredRecord table={table} id={id} backHref={backHref}>
        {children}
      </StoredRecord>
    </DataGate>
  );
}

function StoredRecord<T extends TableName>({ table, id, backHref, children }: { table: T; id: string; backHref: string; children: (record: TableRecords[T]) => ComponentChildren }) {
  const record = useStoredRecord(table, id);
  if (record === undefined) return <p role="status">{t('load.loading')}</p>;
  if (record === null) return <RecordNotFound backHref={backHref} />;
  return <>{children(record)}</>;
}
