import type { HomewardDB, StoredSearchIndex } from './db';

/** The stored search index, if any. */
export function readSearchIndex(db: HomewardDB): Promise<StoredSearchIndex | undefined> {
  return db.get('searchIndex', 'current');
}

/** Replaces the stored search index. */
export async function writeSearchIndex(db: HomewardDB, builtFor: string, index: unknown): Promise<void> {
  await db.put('searchIndex', { key: 'current', builtFor, index });
}
