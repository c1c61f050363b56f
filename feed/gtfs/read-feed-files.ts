import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Notices } from '../validation-report';
import { GtfsError } from './gtfs-error';

/** The text of each GTFS file found, by file name. */
export type FeedFiles = ReadonlyMap<string, string>;

/** Reads the named files of a GTFS feed from a directory or a .zip file; absent files are left out. */
export async function readFeedFiles(path: string, names: readonly string[], notices?: Notices): Promise<FeedFiles> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new GtfsError({ file: path }, 'no such directory or .zip file', 'invalid_input_file');
  const bytes = info.isDirectory() ? await readDirectory(path, names) : await readZip(path, names, notices);
  const files = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const [name, content] of bytes) {
    try {
      files.set(name, decoder.decode(content));
    } catch {
      throw new GtfsError({ file: name }, 'is not valid UTF-8 text', 'invalid_utf8');
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

async function readZip(path: string, names: readonly string[], notices?: Notices): Promise<Map<string, Uint8Array>> {
  const wanted = new Set(names);
  const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
  let entries: Record<string, Uint8Array>;
  try {
    // The filter keeps big files the importer never reads (shapes.txt) from being inflated.
    // Some tools zip the feed's folder rather than its files: one folder level is looked into.
    entries = unzipSync(await readFile(path), { filter: (file) => wanted.has(baseName(file.name)) && file.name.split('/').length <= 2 });
  } catch (error) {
    throw new GtfsError({ file: path }, `is not a directory or a readable .zip file (${(error as Error).message})`, 'invalid_input_file');
  }
  const atRoot = Object.keys(entries).filter((name) => !name.includes('/'));
  if (atRoot.length > 0 || Object.keys(entries).length === 0) return new Map(atRoot.map((name) => [name, entries[name]!]));
  const folders = new Set(Object.keys(entries).map((name) => name.slice(0, name.indexOf('/'))));
  if (folders.size > 1) throw new GtfsError({ file: path }, `holds the feed files in ${folders.size} folders (${[...folders].join(', ')}), not at its top: zip one feed's files`, 'invalid_input_files_in_subfolder');
  const [folder] = folders;
  notices?.add({ code: 'input_files_in_subfolder', severity: 'WARNING', file: path, message: `the feed files are in the folder "${folder}/" of the .zip, not at its top; read from there` });
  return new Map(Object.entries(entries).map(([name, bytes]) => [baseName(name), bytes]));
}
