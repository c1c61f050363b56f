// RFC 4180 CSV, as GTFS files use it. No Node or DOM APIs: it parses text, whoever supplies it.

/** One record: the physical line it starts on (1 = header) and its fields keyed by header. */
export interface CsvRecord {
  line: number;
  /** A column the record is too short for is undefined; values beyond the header are dropped. */
  fields: Readonly<Record<string, string | undefined>>;
}

/** A parsed CSV text: its header row and the records after it. */
export interface CsvTable {
  header: readonly string[];
  records: CsvRecord[];
  /** Lines that held nothing, skipped (GTFS consumers skip them; the report names them). */
  blankLines: number[];
  /** Records with more values than the header has columns, by line: the extra values are dropped. */
  longRecordLines: number[];
}

/** Malformed CSV, at the physical line where the bad record starts. */
export class CsvError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvError';
    this.line = line;
    this.reason = reason;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Parses CSV text (UTF-8 BOM, CRLF, LF or CR line ends) into a header and records keyed by it. */
export function parseCsv(text: string): CsvTable {
  const rows = readRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const blankLines: number[] = [];
  let first = rows.next();
  for (; !first.done && first.value.values === undefined; first = rows.next()) blankLines.push(first.value.line);
  if (first.done) return { header: [], records: [], blankLines, longRecordLines: [] };
  // Spaces around a column name are a spreadsheet's doing; no column is named with them.
  const header = first.value.values!.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError(first.value.line, `column "${name}" appears twice in the header`);
    seen.add(name);
  }
  const records: CsvRecord[] = [];
  const longRecordLines: number[] = [];
  for (const { line, values } of rows) {
    if (values === undefined) {
      blankLines.push(line);
      continue;
    }
    if (values.length > header.length) longRecordLines.push(line);
    records.push({ line, fields: Object.fromEntries(header.map((name, i) => [name, values[i]])) });
  }
  return { header, records, blankLines, longRecordLines };
}

/** Yields the rows of a CSV text with the physical line each starts on; a blank line has no values. */
function* readRows(text: string): Generator<{ line: number; values: string[] | undefined }> {
  const end = text.length;
  let i = 0;
  let line = 1;
  while (i < end) {
    const start = line;
    const values: string[] = [];
    let isQuoted = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        isQuoted = true;
        value = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) throw new CsvError(start, 'a quoted field is never closed');
          const chunk = text.slice(from, quote);
          value += chunk;
          line += countLineBreaks(chunk);
          if (text.charCodeAt(quote + 1) !== QUOTE) {
            i = quote + 1;
            break;
          }
          value += '"';
          from = quote + 2;
        }
        const next = text.charCodeAt(i);
        if (i < end && next !== COMMA && next !== CR && next !== LF) {
          throw new CsvError(line, `unexpected ${JSON.stringify(text[i])} after a closing quote`);
        }
      } else {
        // A quote inside an unquoted field is kept as a literal character, as most GTFS consumers do.
        let j = i;
        for (let c = text.charCodeAt(j); j < end && c !== COMMA && c !== CR && c !== LF; c = text.charCodeAt(++j));
        value = text.slice(i, j);
        i = j;
      }
      values.push(value);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (c === LF) i++;
      line++;
      break;
    }
    const isBlankLine = values.length === 1 && values[0] === '' && !isQuoted;
    yield { line: start, values: isBlankLine ? undefined : values };
  }
}

/** Counts CRLF, LF and lone CR line breaks. */
function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === LF || (c === CR && chunk.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}
