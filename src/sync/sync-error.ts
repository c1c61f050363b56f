// First-load module: the codes a failed sync is reported under, which every screen can show.
/** Why a sync failed; each code has a plain-words message in every locale (sync.error.<code>). */
export type SyncErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'signature'
  | 'manifest-invalid'
  | 'feed-mismatch'
  | 'rollback'
  | 'hash-mismatch'
  | 'dataset-invalid'
  | 'expired'
  | 'storage';

/** A sync failure with a code for the user and a detail for Settings and logs. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SyncError';
  }
}
