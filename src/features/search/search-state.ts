// Search only: the page's side of search. The index lives in a worker (search-index.worker.ts),
// which builds, stores and queries it; the page sends queries and reads results, so neither a
// rebuild after an update nor a search ever blocks a tap.
import { signal } from '@preact/signals';
import { database } from '../../data/database';
import type { SearchReply, SearchRequest } from './search-host';
import type { SearchResult } from './search-index';

/** Whether the index can answer: 'loading' until the first refresh ends, 'failed' if it could not be read or built. */
export const indexStatus = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
/** Counts finished refreshes, so a screen searches again when the index changed under it. */
export const indexRevision = signal(0);

/** How many results one search returns. */
const RESULT_LIMIT = 30;

interface Backend {
  send(request: SearchRequest): void;
}

let backend: Backend | undefined;
let nextId = 1;
const waiting = new Map<number, { request: SearchRequest; resolve: (reply: SearchReply) => void }>();

function receive(reply: SearchReply): void {
  const entry = waiting.get(reply.id);
  if (!entry) return;
  waiting.delete(reply.id);
  entry.resolve(reply);
}

function startBackend(): Backend {
  try {
    const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => receive(event.data));
    // A worker that cannot start (an old engine, a broken install) must not leave search dead:
    // the same host then runs on the page, loaded only in that case.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      backend = inPageBackend();
      for (const { request } of waiting.values()) backend.send(request);
    });
    return { send: (request) => worker.postMessage(request) };
  } catch {
    return inPageBackend();
  }
}

function inPageBackend(): Backend {
  const host = import('./search-host').then(({ createSearchHost }) => createSearchHost(database));
  return { send: (request) => void host.then((ready) => ready.handle(request)).then(receive) };
}

// Omit over each member of the union, not over the union as a whole.
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

function ask(request: Unnumbered<SearchRequest>): Promise<SearchReply> {
  const full = { ...request, id: nextId++ } as SearchRequest;
  return new Promise((resolve) => {
    waiting.set(full.id, { request: full, resolve });
    (backend ??= startBackend()).send(full);
  });
}

/** Brings the index in step with the store: after every applied update, and when search opens. */
export async function refreshSearchIndex(): Promise<void> {
  const wasReady = indexStatus.value === 'ready';
  if (!wasReady) indexStatus.value = 'loading';
  const reply = await ask({ kind: 'refresh' });
  // A failed rebuild leaves the index the worker already holds: search still answers from it.
  indexStatus.value = reply.kind === 'failed' && !wasReady ? 'failed' : 'ready';
  indexRevision.value++;
}

/** Best-first matches for a query; empty when the index could not answer. */
export async function searchFor(query: string): Promise<SearchResult[]> {
  const reply = await ask({ kind: 'search', query, limit: RESULT_LIMIT });
  return reply.kind === 'results' ? reply.results : [];
}
