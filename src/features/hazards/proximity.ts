// Which hazards are near the reader, derived from the position fix and the hazard summaries.
import { computed } from '@preact/signals';
import { summaries } from '../../data/tables';
import type { HazardSummary } from '../../model/datasets';
import { fixClock, position } from './location';
import { buildHazardIndex } from './nearest-hazards';
import { assessProximity } from './proximity-assessment';
import { warningDistanceM } from './warning-distance';

/** Hazards that still call for a warning; released land never does, nor is it ever "safe". */
export const isWarningHazard = (hazard: Pick<HazardSummary, 'kind' | 'status'>) => hazard.status !== 'released' && hazard.kind !== 'released';

/** The hazard summaries have been read: until then no answer, and never "no hazard". */
export const isHazardIndexReady = computed(() => summaries.hazards.value !== undefined);

/** Built once per data change, not per position update. */
export const hazardIndex = computed(() => buildHazardIndex(summaries.hazards.value ?? []));

/** What may be near the reader, with how sure the app can be; undefined without a fix. */
export const proximity = computed(() => {
  const here = position.value;
  if (!here) return undefined;
  return assessProximity(hazardIndex.value, here, warningDistanceM.value, fixClock.value, isWarningHazard);
});

/** The nearest warning-worthy hazard that may lie within the warning distance, if any. */
export const nearbyDanger = computed(() => proximity.value?.danger);
