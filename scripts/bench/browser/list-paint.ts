// Time from rendering the real hazards list to the next frame, with every hazard's summary in the signals.
import { h, render } from 'preact';
import { isStoreRead, storedMeta } from '../../../src/data/feed-state';
import { summaries } from '../../../src/data/tables';
import { HazardsList } from '../../../src/features/hazards/hazards-list';
import { position } from '../../../src/features/hazards/location';
import { initI18n } from '../../../src/i18n/i18n';
import { tableInfo, type Hazard, type HazardSummary } from '../../../src/model/datasets';
import type { LonLat } from '../../../src/features/hazards/geo';

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Median milliseconds from render() to the next frame, by date order and by distance from `here`. */
export async function measureListPaint(stored: Hazard[], here: LonLat): Promise<{ byDate: number; byDistance: number }> {
  await initI18n();
  const now = new Date().toISOString();
  storedMeta.value = { feed: { feedId: 'bench', version: 1, issuedAt: now, expiresAt: now, demo: true }, sync: { lastSuccessAt: now }, datasets: {} };
  const project = tableInfo('hazards')!.summary!.project as (hazard: Hazard) => HazardSummary;
  summaries.hazards.value = stored.map(project);
  isStoreRead.value = true;
  const time = async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const start = performance.now();
    render(h(HazardsList, { id: '' }), root);
    await nextPaint();
    const elapsed = performance.now() - start;
    render(null, root);
    root.remove();
    return elapsed;
  };
  // One render is noise-prone (GC, JIT warm-up): report the median of five.
  const median = async () => {
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) runs.push(await time());
    return runs.sort((a, b) => a - b)[2]!;
  };
  const byDate = await median();
  position.value = { coords: here, accuracyM: 10, at: Date.now() };
  const byDistance = await median();
  position.value = undefined;
  return { byDate, byDistance };
}
