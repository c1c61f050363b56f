import type { FeedFile, HomewardDB } from './db';

/** The signed feed files behind the data on this phone. */
export function readFeedFiles(db: HomewardDB): Promise<FeedFile[]> {
  return db.getAll('feedFiles');
}
