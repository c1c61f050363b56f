/** Where in a feed a problem is: a file, and where known a line and a column. */
export interface GtfsLocation {
  file: string;
  line?: number;
  column?: string;
}

/** A problem in a GTFS feed; the message names the file and, where known, the line and column. */
export class GtfsError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  /** The validation report's notice code, after the canonical GTFS validator's where it has one. */
  readonly code: string;
  readonly reason: string;
  constructor(where: GtfsLocation, reason: string, code = 'invalid_row') {
    const line = where.line === undefined ? '' : ` line ${where.line}`;
    const column = where.column === undefined ? '' : `, column ${where.column}`;
    super(`${where.file}${line}${column}: ${reason}`);
    this.name = 'GtfsError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.code = code;
    this.reason = reason;
  }
}
