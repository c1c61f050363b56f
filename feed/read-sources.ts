import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { DATASETS, TABLES, tablesOf, type DatasetName, type DatasetTables } from '../src/model/datasets';
import { recordSchema } from '../src/model/file-schemas';
import { describeIssues } from '../src/model/record-schemas';

/** A source problem, worded so a publisher can find and fix it: file, record id, field. */
export class SourceError extends Error {
  override name = 'SourceError';
}

type Tables = { [D in DatasetName]: DatasetTables<D> };

/** The datasets read from a JSON source file, as the registry declares them. */
export type JsonDataset = { [D in DatasetName]: (typeof DATASETS)[D]['source'] extends { kind: 'json' } ? D : never }[DatasetName];

/** Every dataset the registry says comes from a JSON source file, with that file's name. */
export const JSON_SOURCES = Object.fromEntries(
  Object.entries(DATASETS).flatMap(([name, dataset]) => (dataset.source.kind === 'json' ? [[name, dataset.source.file]] : [])),
) as Record<JsonDataset, string>;

/** Reads and validates one JSON source file into its dataset's tables. */
export async function readJsonSource<D extends JsonDataset>(dir: string, dataset: D): Promise<{ demo: boolean; tables: Tables[D] }> {
  const file = join(dir, JSON_SOURCES[dataset]);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SourceError(`${file}: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new SourceError(`${file}: must be a JSON object`);
  const body = json as Record<string, unknown>;
  if (typeof body.demo !== 'boolean') throw new SourceError(`${file}: field demo: must be true or false`);
  const tables: Record<string, unknown[]> = {};
  for (const table of tablesOf(dataset)) tables[table] = validateRecords(file, table, body[table], recordSchema(table));
  return { demo: body.demo, tables: tables as Tables[D] };
}

/** Validates a table's records one by one so each error names its record. */
export function validateRecords(file: string, table: string, records: unknown, schema: v.GenericSchema): unknown[] {
  if (!Array.isArray(records)) throw new SourceError(`${file}: field ${table}: must be a list of records`);
  const seen = new Set<string>();
  const problems: string[] = [];
  const valid = records.map((record, index) => {
    const id = typeof record?.id === 'string' ? `"${record.id}"` : `#${index + 1}`;
    const result = v.safeParse(schema, record);
    if (!result.success) {
      for (const issue of describeIssues(result.issues)) problems.push(`${file}: ${table} record ${id}, field ${issue}`);
      return record;
    }
    const output = result.output as { id: string };
    if (seen.has(output.id)) problems.push(`${file}: ${table} record ${id}: the id is used twice`);
    seen.add(output.id);
    return output;
  });
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
  return valid;
}

/** Checks every reference the registry declares (a hazard's district, a trip's stops…). */
export function checkReferences(tables: Tables): void {
  const problems: string[] = [];
  const byTable = new Map<string, { id: string }[]>();
  for (const dataset of Object.values(tables)) for (const [table, records] of Object.entries(dataset)) byTable.set(table, records as { id: string }[]);
  const ids = new Map<string, Set<string>>();
  const idsOf = (table: string) => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set((byTable.get(table) ?? []).map((record) => record.id))));
    return set;
  };
  for (const table of TABLES) {
    if (!table.references) continue;
    for (const record of byTable.get(table.name) ?? []) {
      const seen = new Set<string>();
      for (const reference of table.references(record as never)) {
        const key = `${reference.field}:${reference.id}`;
        if (seen.has(key) || idsOf(reference.table).has(reference.id)) continue;
        seen.add(key);
        problems.push(`${table.name} record "${record.id}", field ${reference.field}: no ${reference.table} record "${reference.id}"`);
      }
    }
  }
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
}
