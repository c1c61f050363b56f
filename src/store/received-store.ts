import type { HomewardDB, ReceivedRecord } from './db';

/** Keeps a record received by QR (replacing an earlier copy of the same record). */
export async function keepReceived(db: HomewardDB, received: Omit<ReceivedRecord, 'key'>): Promise<void> {
  await db.put('received', { ...received, key: `${received.table}:${received.record.id}` });
}

/** Every kept record, newest first. */
export async function readReceived(db: HomewardDB): Promise<ReceivedRecord[]> {
  return (await db.getAllFromIndex('received', 'by-received')).reverse();
}
