// The bus timetable's texts: feed/demo-gtfs/translations.txt, the GTFS reference's own table of
// translations. Its English source is the timetable itself (stops.txt, routes.txt…), found by
// record_id, or the field_value a row translates wherever it appears.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvRecord } from '../../feed/gtfs/csv';
import type { TargetLanguage, TargetWriter, TextUnit } from './text-unit';

/** The demo timetable the build publishes. */
export const GTFS_DIRECTORY = 'feed/demo-gtfs';
/** Its translations, the file the reviewed targets go back to. */
export const GTFS_TRANSLATIONS = `${GTFS_DIRECTORY}/translations.txt`;

// The column that holds a record's id in each table translations.txt may name.
const ID_COLUMNS: Record<string, string> = { agency: 'agency_id', stops: 'stop_id', routes: 'route_id', trips: 'trip_id' };
const TABLE_NAMES: Record<string, string> = { agency: 'operator', stops: 'stop', routes: 'route', trips: 'trip' };

interface TranslationRow {
  record: CsvRecord;
  /** The text's unit id: the same for every language's row of one text. */
  unitId: string;
}

function readTable(root: string, file: string) {
  return parseCsv(readFileSync(join(root, GTFS_DIRECTORY, file), 'utf8'));
}

function unitIdOf(fields: CsvRecord['fields']): string {
  const base = `gtfs:${fields.table_name}.${fields.field_name}`;
  return fields.record_id ? `${base}@${fields.record_id}` : `${base}=${fields.field_value ?? ''}`;
}

/** Every row of translations.txt, in file order (feed_info's rows too, so indexes match the file's). */
function translationRows(root: string): TranslationRow[] {
  return readTable(root, 'translations.txt').records.map((record) => ({ record, unitId: unitIdOf(record.fields) }));
}

/** One unit per timetable text that translations.txt translates into any language. */
export function readGtfsUnits(root: string, lang: TargetLanguage): TextUnit[] {
  const tables = new Map<string, ReturnType<typeof readTable>>();
  const englishOf = (fields: CsvRecord['fields']): string => {
    if (!fields.record_id) return fields.field_value ?? '';
    const table = fields.table_name!;
    if (!tables.has(table)) tables.set(table, readTable(root, `${table}.txt`));
    const row = tables.get(table)!.records.find((candidate) => candidate.fields[ID_COLUMNS[table] ?? ''] === fields.record_id);
    const english = row?.fields[fields.field_name!];
    if (english === undefined) throw new Error(`${GTFS_TRANSLATIONS}: ${table}.txt has no ${fields.field_name} for ${fields.record_id}`);
    return english;
  };
  const units = new Map<string, TextUnit>();
  for (const { record, unitId } of translationRows(root)) {
    const { fields } = record;
    if (fields.table_name === 'feed_info') continue;
    let unit = units.get(unitId);
    if (!unit) {
      const kind = TABLE_NAMES[fields.table_name!] ?? fields.table_name;
      const which = fields.record_id ? `${kind} ${fields.record_id}` : `every ${kind} whose ${fields.field_name} is “${fields.field_value}”`;
      unit = { id: unitId, file: GTFS_TRANSLATIONS, source: englishOf(fields), target: undefined, where: `Bus timetable (GTFS), ${fields.table_name}.txt, ${which}, field ${fields.field_name}` };
      units.set(unitId, unit);
    }
    if (fields.language === lang) unit.target = fields.translation;
  }
  return [...units.values()];
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes timetable translations back: a changed row in place, a new language's row after its text's other rows. */
export const writeGtfsTargets: TargetWriter = (root, lang, targets) => {
  const path = join(root, GTFS_TRANSLATIONS);
  const text = readFileSync(path, 'utf8');
  const { header } = parseCsv(text);
  const rows = translationRows(root);
  const lines: Record<string, string | undefined>[] = rows.map((row) => ({ ...row.record.fields }));
  const written: string[] = [];
  for (const [unitId, translation] of targets) {
    if (!unitId.startsWith('gtfs:')) continue;
    const index = rows.findIndex((row) => row.unitId === unitId && row.record.fields.language === lang);
    if (index >= 0) {
      lines[index]!.translation = translation;
    } else {
      const last = rows.map((row) => row.unitId).lastIndexOf(unitId);
      if (last < 0) throw new Error(`${GTFS_TRANSLATIONS} has no text ${unitId}`);
      const added = { ...lines[last]!, language: lang, translation };
      lines.splice(last + 1, 0, added);
      rows.splice(last + 1, 0, { record: { line: 0, fields: added }, unitId });
    }
    written.push(unitId);
  }
  if (written.length === 0) return written;
  const body = lines.map((fields) => header.map((column) => csvField(fields[column] ?? '')).join(','));
  writeFileSync(path, [header.join(','), ...body].join('\n') + (text.endsWith('\n') ? '\n' : ''));
  return written;
};
