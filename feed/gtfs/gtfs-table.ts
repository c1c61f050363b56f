import { CsvError, parseCsv } from './csv';
import { GtfsError } from './gtfs-error';
import type { FeedFiles } from './read-feed-files';

/** One record of a GTFS file, with its file and line for error messages. */
export interface GtfsRow {
  file: string;
  line: number;
  fields: Readonly<Record<string, string | undefined>>;
}

/** A required column, or a list of columns at least one of which must be present. */
export type ColumnRule = string | readonly string[];

/** Parses a GTFS file and checks its columns; undefined when the feed lacks the file. */
export function readTable(files: FeedFiles, file: string, columns: readonly ColumnRule[]): GtfsRow[] | undefined {
  const text = files.get(file);
  if (text === undefined) return undefined;
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new GtfsError({ file, line: error.line }, error.reason);
    throw error;
  }
  if (table.header.length === 0) throw new GtfsError({ file }, 'is empty: it needs at least a header line');
  for (const rule of columns) {
    const names = typeof rule === 'string' ? [rule] : rule;
    if (!names.some((name) => table.header.includes(name))) {
      throw new GtfsError({ file, line: 1 }, `missing required column ${names.join(' or ')}`);
    }
  }
  return table.records.map(({ line, fields }) => ({ file, line, fields }));
}

/** Like readTable, for a file the feed must have. */
export function readRequiredTable(files: FeedFiles, file: string, columns: readonly ColumnRule[]): GtfsRow[] {
  const rows = readTable(files, file, columns);
  if (!rows) throw new GtfsError({ file }, 'required file is missing from the feed');
  return rows;
}
