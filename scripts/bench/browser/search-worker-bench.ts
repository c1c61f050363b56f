// The search index as the app builds it: 5,000 multilingual records in the real IndexedDB, indexed
// by the app's own search worker (src/features/search/search-state.ts), while the page measures
// how long its own thread is ever held up.
import { applyChanges } from '../../../src/store/apply-changes';
import type { HomewardDB } from '../../../src/store/db';
import type { Hazard } from '../../../src/model/datasets';
import { refreshSearchIndex, searchFor } from '../../../src/features/search/search-state';
import { seededRandom } from '../../../src/testing/seeded-random';
import { syntheticSearchDocuments } from '../search-bench';
import { syntheticHazards } from './synthetic-hazards';

const RECORDS = 5_000;
const QUERIES = ['Stepanakert', 'susa', 'Cntgfyfrthn', 'Agam', 'mina', 'Ағдам', 'Շուշի', 'Lahcin', 'monastery', 'Kelbecer'];

/**
 * The longest the page's thread was busy while `work` ran: the longest long task Chromium
 * reports (50 ms or more), or else the longest gap between two turns of a timer that re-arms
 * itself, an upper bound on every shorter task.
 */
async function longestTaskDuring(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let isRunning = true;
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (isRunning) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  await work();
  isRunning = false;
  // Long-task entries are delivered after the task: let them arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return longest;
}

/** Stores 5,000 records, has the worker index them, and times that and a few searches through it. */
export async function runSearchWorkerBench(db: HomewardDB): Promise<Record<string, number>> {
  const random = seededRandom(2020_12_22);
  const { titles } = syntheticSearchDocuments(random);
  const hazards: Hazard[] = syntheticHazards(RECORDS, random).map((hazard, i) => {
    const [en, hy, az, ru] = titles[i]!;
    return { ...hazard, id: `search-${i}`, title: { en: en!, hy, az, ru } };
  });
  const now = new Date().toISOString();
  await applyChanges(
    db,
    { feedId: 'bench', version: 2, issuedAt: now, expiresAt: now, demo: true },
    [{ dataset: 'hazards', meta: { version: 2, sha256: '0'.repeat(64), bytes: 0, appliedAt: now }, tables: [{ table: 'hazards', replaceAll: true, upserts: hazards, deletes: [] }] }],
    { lastCheckAt: now, lastSuccessAt: now },
  );

  let refreshMs = 0;
  const longestTaskMs = await longestTaskDuring(async () => {
    const start = performance.now();
    await refreshSearchIndex();
    refreshMs = performance.now() - start;
  });

  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      const results = await searchFor(query);
      times.push(performance.now() - start);
      if (round === 0 && results.length === 0) throw new Error(`the search worker found nothing for "${query}"`);
    }
  }
  times.sort((a, b) => a - b);
  return {
    search_index_build_longest_task_ms: round3(longestTaskMs),
    search_worker_index_ms: round3(refreshMs),
    search_worker_query_ms: round3(times[Math.floor(times.length / 2)]!),
  };
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;
