import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openHomewardDB } from '../store/db';
import { database, databaseProblem } from './database';

describe('the page’s database connection', () => {
  it('says a newer tab upgraded the store, and tries again on the next call instead of keeping the failure', async () => {
    // Another tab, running a newer release, already took the store one version further.
    const newer = await openHomewardDB({}, DB_VERSION + 1, DB_NAME);
    newer.close();
    await expect(database()).rejects.toThrow();
    expect(databaseProblem.value).toBe('outdated');
    // The store is back at a version this code knows (the other tab's data was cleared): Retry works.
    indexedDB.deleteDatabase(DB_NAME);
    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
