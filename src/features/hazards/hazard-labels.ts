import type { HazardKind, HazardStatus } from '../../sync/feed-schema';

/** Locale key of a hazard kind's name (IMAS terms). */
export const kindLabelKey = (kind: HazardKind) => `hazard.kind.${kind}`;

/** Locale key of a hazard status; "released" never reads as "safe". */
export const statusLabelKey = (status: HazardStatus) => `hazard.status.${status}`;
