// A directory tool's CSV export, read with csv-parse (a well-kept parser; the publisher's own, never
// shipped to phones): byte-order mark, CRLF, quoted line breaks, blank lines and extra columns are fine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SourceError } from '../read-sources';

/** One CSV record: its file, the line it ends on, and its values by column (blank values left out). */
export interface CsvRow {
  file: string;
  line: number;
  values: Readonly<Record<string, string>>;
}

/** The rows of `dir/name`; an empty list when the file is optional and absent. */
export async function readCsvFile(dir: string, name: string, options: { required: boolean; columns: readonly string[] }): Promise<CsvRow[]> {
  const file = join(dir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return [];
    throw new SourceError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'required file is missing' : (error as Error).message}`);
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((name) => name.trim()), bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true });
  } catch (error) {
    throw new SourceError(`${file}: ${(error as Error).message}`);
  }
  const header = new Set(Object.keys(records[0]?.record ?? {}));
  const missing = records.length > 0 ? options.columns.filter((column) => !header.has(column)) : [];
  if (missing.length > 0) throw new SourceError(`${file} line 1: missing required column ${missing.join(', ')}`);
  return records.map(({ record, info }) => ({
    file,
    line: info.lines,
    values: Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')),
  }));
}
