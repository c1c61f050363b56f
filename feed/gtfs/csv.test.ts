import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('keys each record by the header and numbers its line', () => {
    const table = parseCsv('a,b\n1,2\n3,4\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, fields: { a: '1', b: '2' } },
      { line: 3, fields: { a: '3', b: '4' } },
    ]);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    const { records } = parseCsv('name,desc\n"Hotel, Casino","say ""hi"""\n"",x\n');
    expect(records[0]!.fields).toEqual({ name: 'Hotel, Casino', desc: 'say "hi"' });
    expect(records[1]!.fields).toEqual({ name: '', desc: 'x' });
  });

  it('keeps newlines inside quoted fields and reports the line each record starts on', () => {
    const { records } = parseCsv('id,note\n1,"two\nlines"\n2,"three\r\nmore\rlines"\n3,plain\n');
    expect(records.map((record) => [record.line, record.fields.note])).toEqual([
      [2, 'two\nlines'],
      [4, 'three\r\nmore\rlines'],
      [7, 'plain'],
    ]);
  });

  it('strips a UTF-8 byte order mark from the first column name', () => {
    expect(parseCsv('\uFEFFstop_id,stop_name\nS1,Goris\n').records[0]!.fields).toEqual({ stop_id: 'S1', stop_name: 'Goris' });
  });

  it.each([
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CR', 'a,b\r1,2\r3,4\r'],
    ['no final line end', 'a,b\n1,2\n3,4'],
  ])('reads %s line ends alike', (_name, text) => {
    expect(parseCsv(text).records).toEqual([
      { line: 2, fields: { a: '1', b: '2' } },
      { line: 3, fields: { a: '3', b: '4' } },
    ]);
  });

  it('ignores extra values and leaves columns a short record lacks undefined', () => {
    const { records } = parseCsv('a,b,c\n1,2,3,4,5\n1\n');
    expect(records[0]!.fields).toEqual({ a: '1', b: '2', c: '3' });
    expect(records[1]!.fields.a).toBe('1');
    expect(records[1]!.fields.b).toBeUndefined();
    expect('c' in records[1]!.fields).toBe(true);
  });

  it('skips blank lines but counts them', () => {
    const { records, blankLines } = parseCsv('a,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(records.map((record) => record.line)).toEqual([3, 5]);
    expect(blankLines).toEqual([2, 4, 6]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,c\n1,,\n').records[0]!.fields).toEqual({ a: '1', b: '', c: '' });
  });

  it('returns no header and no records for empty text', () => {
    expect(parseCsv('')).toEqual({ header: [], records: [], blankLines: [], longRecordLines: [] });
  });

  it('reports a quoted field that is never closed at the line it starts on', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n\n')).toThrow(new CsvError(3, 'a quoted field is never closed'));
  });

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('a,b\n"x"y,2\n')).toThrow('line 2: unexpected "y" after a closing quote');
  });

  it('refuses a header that names a column twice', () => {
    expect(() => parseCsv('a,b,a\n1,2,3\n')).toThrow('line 1: column "a" appears twice in the header');
  });
});
