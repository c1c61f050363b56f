import { GtfsError } from './gtfs-error';
import { toDayNumber } from '../../src/model/gtfs-date';
import type { GtfsRow } from './gtfs-table';
import { MAX_SERVICE_SECONDS, parseGtfsTime } from './gtfs-time';

/** A GtfsError about one field of a row. */
export function fieldError(row: GtfsRow, column: string, reason: string, code = 'invalid_field'): GtfsError {
  return new GtfsError({ file: row.file, line: row.line, column }, reason, code);
}

/** A field's text without surrounding spaces; undefined when the column is absent or the field empty. */
export function optionalText(row: GtfsRow, column: string): string | undefined {
  const text = row.fields[column]?.trim();
  return text ? text : undefined;
}

/** A field's text without surrounding spaces; throws when it is empty. */
export function requiredText(row: GtfsRow, column: string): string {
  const text = optionalText(row, column);
  if (text === undefined) throw fieldError(row, column, 'is empty but required', 'missing_required_field');
  return text;
}

/** A GTFS time (H:MM:SS, hours may pass 24) as seconds; undefined when empty. */
export function optionalTime(row: GtfsRow, column: string): number | undefined {
  const text = optionalText(row, column);
  if (text === undefined) return undefined;
  const seconds = parseGtfsTime(text);
  if (seconds === undefined) throw fieldError(row, column, `"${text}" is not a time (H:MM:SS)`, 'invalid_time');
  if (seconds > MAX_SERVICE_SECONDS) throw fieldError(row, column, `"${text}" is more than 7 days after the service day starts`, 'invalid_time');
  return seconds;
}

/** A GTFS time as seconds; throws when it is empty. */
export function requiredTime(row: GtfsRow, column: string): number {
  const seconds = optionalTime(row, column);
  if (seconds === undefined) throw fieldError(row, column, 'is empty but required', 'missing_required_field');
  return seconds;
}

/** A GTFS date (YYYYMMDD) that exists in the calendar. */
export function requiredDate(row: GtfsRow, column: string): string {
  const text = requiredText(row, column);
  if (toDayNumber(text) === undefined) throw fieldError(row, column, `"${text}" is not a date (YYYYMMDD)`, 'invalid_date');
  return text;
}

/** A decimal number between min and max. */
export function requiredNumber(row: GtfsRow, column: string, min: number, max: number): number {
  const text = requiredText(row, column);
  const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw fieldError(row, column, `"${text}" is not a number from ${min} to ${max}`, 'number_out_of_range');
  return value;
}

/** A whole number between min and max; undefined when empty. */
export function optionalInteger(row: GtfsRow, column: string, min: number, max: number): number | undefined {
  const text = optionalText(row, column);
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) throw fieldError(row, column, `"${text}" is not a whole number from ${min} to ${max}`, 'invalid_integer');
  return value;
}

/** A whole number between min and max; throws when it is empty. */
export function requiredInteger(row: GtfsRow, column: string, min: number, max: number): number {
  const value = optionalInteger(row, column, min, max);
  if (value === undefined) throw fieldError(row, column, 'is empty but required', 'missing_required_field');
  return value;
}
