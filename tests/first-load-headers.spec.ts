// A build check, run after `npm run build` with the browser tests: the "First-load module"
// header is on exactly the modules the first visit downloads (the entry chunk and the chunks it
// imports statically), so the header is a fact a reader can rely on when weighing a change.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>;
const chunkModules = JSON.parse(readFileSync('dist/.vite/chunk-modules.json', 'utf8')) as Record<string, string[]>;

/** Every chunk file the first visit loads before any dynamic import. */
function firstLoadChunks(): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|fixture)\.tsx?$/.test(name) ? [path] : [];
  });
}

test('"First-load module" heads exactly the source modules of the entry chunk', () => {
  const firstLoad = new Set([...firstLoadChunks()].flatMap((file) => chunkModules[file] ?? []));
  expect(firstLoad.size).toBeGreaterThan(20);
  const claims = sourceFiles('src').filter((path) => readFileSync(path, 'utf8').startsWith('// First-load module'));
  const wrongClaims = claims.filter((path) => !firstLoad.has(path));
  const missingClaims = [...firstLoad].filter((path) => path.startsWith('src/') && /\.tsx?$/.test(path) && !claims.includes(path));
  expect(wrongClaims, 'headed "First-load module" but not in the first-load chunks').toEqual([]);
  expect(missingClaims, 'in the first-load chunks but not headed "First-load module"').toEqual([]);
});
