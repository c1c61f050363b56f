// How near the reader may be to a hazard, given how good their position fix is. Pure: the
// warning, the near-me panel and the tests share it.
import type { LonLat } from './geo';
import { nearestHazards, type HazardIndex, type Locatable, type NearHazard } from './nearest-hazards';

/** A fix older than this may no longer say where the reader is: they may have walked on. */
export const FIX_MAX_AGE_MS = 30_000;

/** A position fix: where, how sure (metres, as the Geolocation API reports it), and when. */
export interface Fix {
  coords: LonLat;
  accuracyM: number;
  at: number;
}

/** What the app may say about the reader's surroundings. */
export interface ProximityAssessment<H extends Locatable> {
  /** The nearest hazard that may lie within the warning distance; undefined when none may. */
  danger?: NearHazard<H>;
  /** Metres around the fixed point within which a hazard calls for a warning: warning distance + accuracy. */
  reachM: number;
  /** The fix is too coarse (accuracy beyond the warning distance) or too old to place the reader. */
  isUncertain: boolean;
  isOld: boolean;
  ageMs: number;
  /** The fix's accuracy, metres (0 when the browser gave none). */
  accuracyM: number;
}

/**
 * Warns when the reader may be within `warningDistanceM` of a hazard's edge: the distance from the
 * fixed point minus the fix's accuracy. A rough fix 700 m from a hazard, accurate to 2 km, may be
 * inside it: it warns, and says the position is uncertain, rather than "nothing within 500 m".
 */
export function assessProximity<H extends Locatable>(
  index: HazardIndex<H>,
  fix: Fix,
  warningDistanceM: number,
  nowMs: number,
  isWarningHazard: (hazard: H) => boolean,
): ProximityAssessment<H> {
  const accuracyM = Number.isFinite(fix.accuracyM) && fix.accuracyM > 0 ? fix.accuracyM : 0;
  const ageMs = Math.max(0, nowMs - fix.at);
  const isOld = ageMs > FIX_MAX_AGE_MS;
  const reachM = warningDistanceM + accuracyM;
  const [nearest] = nearestHazards(index, fix.coords, 1, isWarningHazard);
  return {
    danger: nearest && nearest.metres <= reachM ? nearest : undefined,
    reachM,
    isUncertain: isOld || accuracyM > warningDistanceM,
    isOld,
    ageMs,
    accuracyM,
  };
}
