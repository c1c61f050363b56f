// Which hazards are near the reader, derived from position and the hazard summaries.
import { computed } from '@preact/signals';
import { summaries } from '../../data/tables';
import type { HazardSummary } from '../../model/datasets';
import { position } from './location';
import { buildHazardIndex, nearestHazards } from './nearest-hazards';
import { warningDistanceM } from './warning-distance';

/** Hazards that still call for a warning; released land never does, nor is it ever "safe". */
export const isWarningHazard = (hazard: Pick<HazardSummary, 'kind' | 'status'>) => hazard.status !== 'released' && hazard.kind !== 'released';

/** The hazard summaries have been read: until then no answer, and never "no hazard". */
export const isHazardIndexReady = computed(() => summaries.hazards.value !== undefined);

/** Built once per data change, not per position update. */
export const hazardIndex = computed(() => buildHazardIndex(summaries.hazards.value ?? []));

/** The nearest warning-worthy hazard within the warning distance, if any. */
export const nearbyDanger = computed(() => {
  const here = position.value;
  if (!here) return undefined;
  const [nearest] = nearestHazards(hazardIndex.value, here.coords, 1, isWarningHazard);
  return nearest && nearest.metres <= warningDistanceM.value ? nearest : undefined;
});
