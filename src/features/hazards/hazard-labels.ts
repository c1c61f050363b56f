// First-load module: Home lists the newest hazards with their kind and status.
import type { HazardKind, HazardStatus } from '../../model/vocabulary';

/** Locale key of a hazard kind's name (IMAS terms). */
export const kindLabelKey = (kind: HazardKind) => `hazard.kind.${kind}`;

/** Locale key of a hazard status; "released" never reads as "safe". */
export const statusLabelKey = (status: HazardStatus) => `hazard.status.${status}`;
