import type { Notices } from '../validation-report';
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

// The columns the GTFS reference defines for the files the importer reads; any other is reported
// (an operator's own column, or a misspelt one the importer would silently miss).
const SPEC_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'agency.txt': ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang', 'agency_phone', 'agency_fare_url', 'agency_email', 'cemv_support'],
  'stops.txt': ['stop_id', 'stop_code', 'stop_name', 'tts_stop_name', 'stop_desc', 'stop_lat', 'stop_lon', 'zone_id', 'stop_url', 'location_type', 'parent_station', 'stop_timezone', 'wheelchair_boarding', 'level_id', 'platform_code', 'stop_access'],
  'routes.txt': ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_desc', 'route_type', 'route_url', 'route_color', 'route_text_color', 'route_sort_order', 'continuous_pickup', 'continuous_drop_off', 'network_id', 'cemv_support'],
  'trips.txt': ['route_id', 'service_id', 'trip_id', 'trip_headsign', 'trip_short_name', 'direction_id', 'block_id', 'shape_id', 'wheelchair_accessible', 'bikes_allowed', 'cars_allowed'],
  'stop_times.txt': ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'location_group_id', 'location_id', 'stop_sequence', 'stop_headsign', 'start_pickup_drop_off_window', 'end_pickup_drop_off_window', 'pickup_type', 'drop_off_type', 'continuous_pickup', 'continuous_drop_off', 'shape_dist_traveled', 'timepoint', 'pickup_booking_rule_id', 'drop_off_booking_rule_id'],
  'calendar.txt': ['service_id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'start_date', 'end_date'],
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'feed_info.txt': ['feed_publisher_name', 'feed_publisher_url', 'feed_lang', 'default_lang', 'feed_start_date', 'feed_end_date', 'feed_version', 'feed_contact_email', 'feed_contact_url'],
  'frequencies.txt': ['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times'],
  'translations.txt': ['table_name', 'field_name', 'language', 'translation', 'record_id', 'record_sub_id', 'field_value'],
};

/** Parses a GTFS file and checks its columns; undefined when the feed lacks the file. Repairs go to `notices`. */
export function readTable(files: FeedFiles, file: string, columns: readonly ColumnRule[], notices?: Notices): GtfsRow[] | undefined {
  const text = files.get(file);
  if (text === undefined) return undefined;
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new GtfsError({ file, line: error.line }, error.reason, 'csv_parsing_failed');
    throw error;
  }
  if (table.header.length === 0) throw new GtfsError({ file }, 'is empty: it needs at least a header line', 'empty_file');
  for (const rule of columns) {
    const names = typeof rule === 'string' ? [rule] : rule;
    if (!names.some((name) => table.header.includes(name))) {
      throw new GtfsError({ file, line: 1 }, `missing required column ${names.join(' or ')}`, 'missing_required_column');
    }
  }
  const rows = table.records.map(({ line, fields }) => ({ file, line, fields }));
  if (notices) reportRepairs(file, text, table, rows, notices);
  return rows;
}

/** Reports what the CSV reader repaired on the way: each is read as the reference means it. */
function reportRepairs(file: string, text: string, table: ReturnType<typeof parseCsv>, rows: GtfsRow[], notices: Notices): void {
  if (text.charCodeAt(0) === 0xfeff) notices.add({ code: 'byte_order_mark', severity: 'INFO', file, line: 1, message: 'starts with a UTF-8 byte-order mark; it was skipped' });
  if (text.includes('\r\n')) notices.add({ code: 'crlf_line_endings', severity: 'INFO', file, message: 'uses Windows (CRLF) line ends; read as lines' });
  for (const line of table.blankLines) notices.add({ code: 'empty_row', severity: 'WARNING', file, line, message: 'a blank line; skipped' });
  for (const line of table.longRecordLines) notices.add({ code: 'wrong_number_of_fields', severity: 'WARNING', file, line, message: 'more values than the header has columns; the extra values were dropped' });
  const known = SPEC_COLUMNS[file] ?? [];
  for (const column of table.header) {
    if (!known.includes(column)) notices.add({ code: 'unknown_column', severity: 'INFO', file, line: 1, field: column, message: `column "${column}" is not in the GTFS reference; ignored` });
  }
  // Only a quoted field can hold a line break: a file without quotes needs no scan.
  if (!text.includes('"')) return;
  for (const row of rows) {
    let repaired: Record<string, string | undefined> | undefined;
    for (const [column, value] of Object.entries(row.fields)) {
      if (value === undefined || !/[\r\n]/.test(value)) continue;
      repaired ??= { ...row.fields };
      repaired[column] = value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      notices.add({ code: 'new_line_in_value', severity: 'WARNING', file, line: row.line, field: column, message: 'a quoted value spans lines; its line breaks were read as spaces' });
    }
    if (repaired) row.fields = repaired;
  }
}

/** Like readTable, for a file the feed must have. */
export function readRequiredTable(files: FeedFiles, file: string, columns: readonly ColumnRule[], notices?: Notices): GtfsRow[] {
  const rows = readTable(files, file, columns, notices);
  if (!rows) throw new GtfsError({ file }, 'required file is missing from the feed', 'missing_required_file');
  return rows;
}
