import { concatBytes } from '../model/bytes';
import type { HomewardDB, PartialDownload } from './db';

const pieceKey = (path: string, offset: number) => `${path} ${String(offset).padStart(12, '0')}`;
// Every piece of one path: its keys are "<path> " followed by digits.
const allPieces = (path: string) => IDBKeyRange.bound(`${path} `, `${path} :`);

/**
 * Where the bytes of an interrupted download are kept (IndexedDB on the phone), so a link cut at
 * 90% costs the last 10% and not the whole file. Pieces are kept per path and exact hash: a
 * file the manifest no longer names, or names with other content, never mixes with them.
 */
export interface PartialDownloads {
  /** The bytes kept of this exact file, from its start (empty when none). */
  read(path: string, sha256: string): Promise<Uint8Array>;
  /** Keeps `bytes`, which start at `offset` of the file. */
  append(path: string, sha256: string, offset: number, bytes: Uint8Array): Promise<void>;
  /** Forgets every piece of `path`. */
  clear(path: string): Promise<void>;
  /** Forgets every piece of every file (once an update is stored, none is needed). */
  clearAll(): Promise<void>;
}

/** The pieces of interrupted downloads, in IndexedDB (one record per piece: appending never rewrites what is kept). */
export function partialDownloadsStore(db: HomewardDB): PartialDownloads {
  return {
    async read(path, sha256) {
      const pieces: PartialDownload[] = await db.getAll('partialDownloads', allPieces(path));
      const joined: Uint8Array[] = [];
      let length = 0;
      for (const piece of pieces) {
        // Pieces of other content under this name, or with a gap before them, are useless: stop there.
        if (piece.sha256 !== sha256 || piece.offset !== length) break;
        joined.push(piece.bytes);
        length += piece.bytes.byteLength;
      }
      return concatBytes(joined, length);
    },
    async append(path, sha256, offset, bytes) {
      await db.put('partialDownloads', { key: pieceKey(path, offset), path, sha256, offset, bytes });
    },
    async clear(path) {
      await db.delete('partialDownloads', allPieces(path));
    },
    async clearAll() {
      await db.clear('partialDownloads');
    },
  };
}
