// First-load module: the page's one IndexedDB connection, and what to tell the reader when the
// browser or another tab gets in its way.
import { signal } from '@preact/signals';
import { openHomewardDB, type HomewardDB } from '../store/db';

/**
 * Why the store cannot be used right now: another tab holds an older schema open ('blocked'),
 * this tab runs an older app than the stored data ('outdated'), or the browser closed the
 * connection ('closed'). Each has its own plain message; undefined while all is well.
 */
export const databaseProblem = signal<'blocked' | 'outdated' | 'closed' | undefined>(undefined);

let connection: Promise<HomewardDB> | undefined;

/** The page's connection, opened on first use. A failed open is not remembered: the next call tries again. */
export function database(): Promise<HomewardDB> {
  connection ??= openHomewardDB({
    onBlocked: () => (databaseProblem.value = 'blocked'),
    onBlocking: () => {
      connection = undefined;
      databaseProblem.value = 'outdated';
    },
    onTerminated: () => {
      connection = undefined;
      databaseProblem.value = 'closed';
    },
  }).then(
    (db) => {
      if (databaseProblem.value === 'blocked') databaseProblem.value = undefined;
      return db;
    },
    (error: unknown) => {
      connection = undefined;
      // A newer tab upgraded the schema: this tab's code is older than the stored data.
      if ((error as DOMException | undefined)?.name === 'VersionError') databaseProblem.value = 'outdated';
      throw error;
    },
  );
  return connection;
}
