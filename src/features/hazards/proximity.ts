// First-load module: which hazards are near the reader, derived from position and data.
import { computed } from '@preact/signals';
import { hazards } from '../../app/data';
import type { Hazard } from '../../sync/feed-schema';
import { position } from './location';
import { buildHazardIndex, nearestHazards } from './nearest-hazards';
import { warningDistanceM } from './warning-distance';

/** Hazards that still call for a warning; released land never does, nor is it ever "safe". */
export const isWarningHazard = (hazard: Hazard) => hazard.status !== 'released' && hazard.kind !== 'released';

/** Built once per data change, not per position update. */
export const hazardIndex = computed(() => buildHazardIndex(hazards.value));

/** The nearest warning-worthy hazard within the warning distance, if any. */
export const nearbyDanger = computed(() => {
  const here = position.value;
  if (!here) return undefined;
  const [nearest] = nearestHazards(hazardIndex.value, here.coords, 1, isWarningHazard);
  return nearest && nearest.metres <= warningDistanceM.value ? nearest : undefined;
});
