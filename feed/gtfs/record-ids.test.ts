import { describe, expect, it } from 'vitest';
import type { GtfsRow } from './gtfs-table';
import { RecordIds, toRecordId } from './record-ids';

const row = (line: number): GtfsRow => ({ file: 'stops.txt', line, fields: {} });

describe('toRecordId', () => {
  it('lower-cases and turns other characters into dashes', () => {
    expect(toRecordId('FUR_CREEK_RES')).toBe('fur-creek-res');
    expect(toRecordId('Stop 12/A')).toBe('stop-12-a');
  });

  it('makes an id start with a letter or digit', () => {
    expect(toRecordId('_hidden')).toBe('x-hidden');
  });

  it('shortens long ids to 64 characters, keeping them distinct with a hash', () => {
    const a = toRecordId(`${'x'.repeat(70)}A`);
    const b = toRecordId(`${'x'.repeat(70)}B`);
    expect(a).toHaveLength(64);
    expect(a).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    expect(a).not.toBe(b);
    expect(toRecordId(`${'x'.repeat(70)}A`)).toBe(a);
  });
});

describe('RecordIds', () => {
  it('refuses two GTFS ids that become the same record id', () => {
    const ids = new RecordIds();
    ids.add(row(2), 'stop_id', 'A_1');
    expect(() => ids.add(row(3), 'stop_id', 'a-1')).toThrow(
      'stops.txt line 3, column stop_id: "a-1" and "A_1" (stops.txt line 2) both become record id "a-1"',
    );
  });

  it('refuses a GTFS id given twice, and ensure() reuses it', () => {
    const ids = new RecordIds();
    const id = ids.add(row(2), 'stop_id', 'S1');
    expect(ids.ensure(row(5), 'stop_id', 'S1')).toBe(id);
    expect(() => ids.add(row(4), 'stop_id', 'S1')).toThrow('stops.txt line 4, column stop_id: "S1" is given twice (first at stops.txt line 2)');
  });
});
