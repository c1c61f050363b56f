import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { GtfsError } from './gtfs-error';

/** The text of each GTFS file found, by file name. */
export type FeedFiles = ReadonlyMap<string, string>;

/** Reads the named files of a GTFS feed from a directory or a .zip file; absent files are left out. */
export async function readFeedFiles(path: string, names: readonly string[]): Promise<FeedFiles> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new GtfsError({ file: path }, 'no such directory or .zip file');
  const bytes = info.isDirectory() ? await readDirectory(path, names) : await readZip(path, names);
  const files = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, content] of bytes) {
    try {
      files.set(name, decoder.decode(content));
    } catch {
      throw new GtfsError({ file: name }, 'is not valid UTF-8 text');
    }
  }
  return files;
}

async function readDirectory(path: string, names: readonly string[]): Promise<Map<string, Uint8Array>> {
  const found = new Map<string, Uint8Array>();
  for (const name of names) {
    try {
      found.set(name, await readFile(join(path, name)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}

async function readZip(path: string, names: readonly string[]): Promise<Map<string, Uint8Array>> {
  const wanted = new Set(names);
  try {
    // The filter keeps big files the importer never reads (shapes.txt) from being inflated.
    const entries = unzipSync(await readFile(path), { filter: (file) => wanted.has(file.name) });
    return new Map(Object.entries(entries));
  } catch (error) {
    throw new GtfsError({ file: path }, `is not a directory or a readable .zip file (${(error as Error).message})`);
  }
}
