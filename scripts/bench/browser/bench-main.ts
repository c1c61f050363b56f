// The hazard query benchmark page: 10,000 synthetic hazards through the app's own IndexedDB
// store code and near-me index, timed with the page's clock.
import * as v from 'valibot';
import { buildHazardIndex, nearestHazards } from '../../../src/features/hazards/nearest-hazards';
import type { LonLat } from '../../../src/features/hazards/geo';
import { applyChanges } from '../../../src/store/apply-changes';
import { openHomewardDB } from '../../../src/store/db';
import { readTable } from '../../../src/store/queries';
import { describeIssues, HazardSchema } from '../../../src/model/record-schemas';
import type { Hazard } from '../../../src/model/datasets';
import { seededRandom } from '../../../src/testing/seeded-random';
import { BENCH_AREA, syntheticHazards } from './synthetic-hazards';
import { measureListPaint } from './list-paint';
import { runTransitBench } from './transit-bench';
import { runSearchBench } from '../search-bench';
import { runSearchWorkerBench } from './search-worker-bench';

const HAZARD_COUNT = 10_000;
const QUERY_COUNT = 200;
const NEAREST = 50;

/** What the page publishes on `window.__benchResults`; times in milliseconds. */
export interface HazardBenchResults {
  near_me_ms: number;
  near_me_p95_ms: number;
  index_build_ms: number;
  idb_write_ms: number;
  idb_read_ms: number;
  hazards: number;
  hazard_list_ms: number;
  hazard_list_near_ms: number;
  next_departures_ms: number;
  next_departures_p95_ms: number;
  search_ms: number;
  search_p95_ms: number;
  search_index_build_ms: number;
  search_index_bytes: number;
  search_index_build_longest_task_ms: number;
  search_worker_index_ms: number;
  search_worker_query_ms: number;
}

declare global {
  interface Window {
    __benchResults?: HazardBenchResults;
    __benchError?: string;
  }
}

async function runBench(): Promise<HazardBenchResults> {
  const random = seededRandom(2020_11_10);
  const generated = syntheticHazards(HAZARD_COUNT, random);
  assertValid(generated);

  const db = await openHomewardDB();
  try {
    const now = new Date().toISOString();
    let start = performance.now();
    await applyChanges(
      db,
      { feedId: 'bench', version: 1, issuedAt: now, expiresAt: now, demo: true },
      [{ dataset: 'hazards', meta: { version: 1, sha256: '0'.repeat(64), bytes: 0, appliedAt: now }, tables: [{ table: 'hazards', replaceAll: true, upserts: generated, deletes: [] }] }],
      { lastCheckAt: now, lastSuccessAt: now },
    );
    const idbWriteMs = performance.now() - start;

    start = performance.now();
    const stored = await readTable(db, 'hazards');
    const idbReadMs = performance.now() - start;
    if (stored.length !== HAZARD_COUNT) throw new Error(`read back ${stored.length} hazards, wrote ${HAZARD_COUNT}`);

    start = performance.now();
    const index = buildHazardIndex(stored);
    const indexBuildMs = performance.now() - start;

    const times: number[] = [];
    for (let i = 0; i < QUERY_COUNT; i++) {
      const point: LonLat = [
        BENCH_AREA.minLon + random() * (BENCH_AREA.maxLon - BENCH_AREA.minLon),
        BENCH_AREA.minLat + random() * (BENCH_AREA.maxLat - BENCH_AREA.minLat),
      ];
      start = performance.now();
      const nearest = nearestHazards(index, point, NEAREST);
      times.push(performance.now() - start);
      if (nearest.length !== NEAREST) throw new Error(`query ${i} found ${nearest.length} hazards`);
    }
    times.sort((a, b) => a - b);
    const listPaint = await measureListPaint(stored, [(BENCH_AREA.minLon + BENCH_AREA.maxLon) / 2, (BENCH_AREA.minLat + BENCH_AREA.maxLat) / 2]);
    // Last: it replaces the stored hazards with 5,000 multilingual ones for the search worker.
    const searchWorker = await runSearchWorkerBench(db);

    return {
      near_me_ms: round3((times[QUERY_COUNT / 2 - 1]! + times[QUERY_COUNT / 2]!) / 2),
      // Nearest rank: the smallest time that 95% of queries do not exceed.
      near_me_p95_ms: round3(times[Math.ceil(QUERY_COUNT * 0.95) - 1]!),
      index_build_ms: round3(indexBuildMs),
      idb_write_ms: round3(idbWriteMs),
      idb_read_ms: round3(idbReadMs),
      hazards: stored.length,
      hazard_list_ms: round3(listPaint.byDate),
      hazard_list_near_ms: round3(listPaint.byDistance),
      ...runTransitBench(),
      ...pick(runSearchBench(), ['search_ms', 'search_p95_ms', 'search_index_build_ms', 'search_index_bytes']),
      ...pick(searchWorker, ['search_index_build_longest_task_ms', 'search_worker_index_ms', 'search_worker_query_ms']),
    };
  } finally {
    db.close();
  }
}

/** A benchmark of records the app would reject would measure the wrong thing. */
function assertValid(hazards: Hazard[]): void {
  for (const hazard of hazards) {
    const result = v.safeParse(HazardSchema, hazard);
    if (!result.success) throw new Error(`${hazard.id}: ${describeIssues(result.issues).join('; ')}`);
  }
}

const round3 = (ms: number) => Math.round(ms * 1000) / 1000;

function pick<K extends string>(values: Record<string, number>, keys: K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, values[key]!])) as Record<K, number>;
}

const output = document.getElementById('results')!;
runBench().then(
  (results) => {
    window.__benchResults = results;
    output.textContent = JSON.stringify(results, null, 2);
  },
  (error: unknown) => {
    window.__benchError = error instanceof Error ? (error.stack ?? error.message) : String(error);
    output.textContent = window.__benchError;
  },
);
