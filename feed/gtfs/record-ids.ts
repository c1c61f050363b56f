import { fieldError } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';

const MAX_LENGTH = 64;

/** Turns a GTFS id into a record id (lower-case letters, digits and dashes, at most 64), deterministically. */
export function toRecordId(gtfsId: string): string {
  let id = gtfsId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  if (!/^[a-z0-9]/.test(id)) id = `x${id}`;
  // A long id keeps a readable head and a hash of the whole GTFS id, so distinct ids stay distinct.
  if (id.length > MAX_LENGTH) id = `${id.slice(0, MAX_LENGTH - 9)}-${fnv1a(gtfsId)}`;
  return id;
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

interface Origin {
  gtfsId: string;
  row: GtfsRow;
}

/** One table's record ids: refuses a GTFS id given twice, and two GTFS ids that become one record id. */
export class RecordIds {
  readonly #byGtfsId = new Map<string, string>();
  readonly #origins = new Map<string, Origin>();

  /** Registers a GTFS id read from a row's column and returns its record id. */
  add(row: GtfsRow, column: string, gtfsId: string): string {
    const known = this.#byGtfsId.get(gtfsId);
    if (known !== undefined) {
      throw fieldError(row, column, `"${gtfsId}" is given twice (first at ${where(this.#origins.get(known))})`, 'duplicate_key');
    }
    return this.#register(row, column, gtfsId);
  }

  /** The record id of a GTFS id, registering it when it is new. */
  ensure(row: GtfsRow, column: string, gtfsId: string): string {
    return this.#byGtfsId.get(gtfsId) ?? this.#register(row, column, gtfsId);
  }

  /** The record id of a registered GTFS id. */
  get(gtfsId: string): string | undefined {
    return this.#byGtfsId.get(gtfsId);
  }

  #register(row: GtfsRow, column: string, gtfsId: string): string {
    const id = toRecordId(gtfsId);
    const other = this.#origins.get(id);
    if (other) {
      throw fieldError(row, column, `"${gtfsId}" and "${other.gtfsId}" (${where(other)}) both become record id "${id}"`, 'duplicate_key');
    }
    this.#byGtfsId.set(gtfsId, id);
    this.#origins.set(id, { gtfsId, row });
    return id;
  }
}

function where(origin: Origin | undefined): string {
  return origin ? `${origin.row.file} line ${origin.row.line}` : 'an earlier line';
}
