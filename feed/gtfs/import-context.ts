import type { Translate } from './read-translations';

/** What every table reader needs besides its rows: the provenance stamped on records, and translations. */
export interface ImportContext {
  source: string;
  verifiedAt: string;
  translate: Translate;
}
