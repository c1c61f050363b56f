import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonSource, SourceError } from './read-sources';
import { sampleTables } from './testing/sample-tables';

async function sourcesWith(hazards: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-sources-'));
  await writeFile(join(dir, 'hazards.json'), typeof hazards === 'string' ? hazards : JSON.stringify(hazards));
  return dir;
}

describe('readJsonSource', () => {
  it('reads valid records', async () => {
    const dir = await sourcesWith({ demo: true, hazards: sampleTables().hazards.hazards });
    const { demo, tables } = await readJsonSource(dir, 'hazards');
    expect(demo).toBe(true);
    expect(tables.hazards.map((hazard) => hazard.id)).toEqual(['hz-1']);
  });

  it('names the file, the record id and the field of an invalid record', async () => {
    const [hazard] = sampleTables().hazards.hazards;
    const dir = await sourcesWith({ demo: true, hazards: [{ ...hazard, status: 'safe' }] });
    const error = await readJsonSource(dir, 'hazards').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/hazards\.json: hazards record "hz-1", field status: /);
  });

  it('names the nested field of a missing translation', async () => {
    const [hazard] = sampleTables().hazards.hazards;
    const dir = await sourcesWith({ demo: true, hazards: [{ ...hazard, title: { ru: 'Мины' } }] });
    await expect(readJsonSource(dir, 'hazards')).rejects.toThrow(/record "hz-1", field title\.en/);
  });

  it('rejects an id used twice', async () => {
    const [hazard] = sampleTables().hazards.hazards;
    const dir = await sourcesWith({ demo: true, hazards: [hazard, hazard] });
    await expect(readJsonSource(dir, 'hazards')).rejects.toThrow(/"hz-1": the id is used twice/);
  });

  it('rejects a file that is not JSON, naming it', async () => {
    const dir = await sourcesWith('{ "demo": true, "hazards": [ ');
    await expect(readJsonSource(dir, 'hazards')).rejects.toThrow(/hazards\.json: /);
  });

  it('rejects a source without its demo flag', async () => {
    const dir = await sourcesWith({ hazards: [] });
    await expect(readJsonSource(dir, 'hazards')).rejects.toThrow(/field demo/);
  });
});
