import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress';

// Text that compresses, as built files do, and enough of it to be worth a second file.
const script = 'export const greeting = "Homeward";\n'.repeat(100);

describe('precompressDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    await mkdir(join(dir, 'assets'));
    await mkdir(join(dir, 'feed'));
    await mkdir(join(dir, '.vite'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes .br and .gz beside a file over 1 KB, each decompressing to its bytes', async () => {
    await writeFile(join(dir, 'assets/app-1a2b.js'), script);
    const summary = await precompressDirectory(dir);
    expect(brotliDecompressSync(await readFile(join(dir, 'assets/app-1a2b.js.br'))).toString()).toBe(script);
    expect(gunzipSync(await readFile(join(dir, 'assets/app-1a2b.js.gz'))).toString()).toBe(script);
    expect(summary.files).toBe(1);
    expect(summary.brotliBytes).toBeLessThan(200);
  });

  it('leaves small files, images, hidden directories and the feed\'s changing files alone', async () => {
    await writeFile(join(dir, 'assets/tiny-9f8e.css'), 'a{color:red}');
    await writeFile(join(dir, 'icon.png'), script);
    // A feed directory precompressed on its own has its manifest at the top.
    await writeFile(join(dir, 'manifest.json'), script);
    await writeFile(join(dir, '.vite/manifest.json'), script);
    for (const name of ['manifest.json', 'manifest.sig', 'keys.json', 'keys.sig']) await writeFile(join(dir, 'feed', name), script);
    await writeFile(join(dir, 'feed/hazards-v2-0123456789ab.json'), script);
    await precompressDirectory(dir);
    expect((await readdir(join(dir, 'assets'))).sort()).toEqual(['tiny-9f8e.css']);
    expect((await readdir(dir)).filter((name) => /\.(br|gz)$/.test(name))).toEqual([]);
    expect(await readdir(join(dir, '.vite'))).toEqual(['manifest.json']);
    expect((await readdir(join(dir, 'feed'))).sort()).toEqual([
      'hazards-v2-0123456789ab.json',
      'hazards-v2-0123456789ab.json.br',
      'hazards-v2-0123456789ab.json.gz',
      'keys.json',
      'keys.sig',
      'manifest.json',
      'manifest.sig',
    ]);
  });
});
