// Writes file.br and file.gz beside each compressible file of the build, once, at the highest
// levels, so nginx (brotli_static, gzip_static) and Caddy (precompressed) serve them without
// compressing on every request, and smaller than on-the-fly compression would.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { MUTABLE_FEED_FILES } from './host-policy.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
// Below this, the saving is smaller than a packet and not worth a second file.
const MIN_BYTES = 1024;
// The feed's manifest and signatures change under the same name whenever the feed is published,
// which can happen without a new build: a .br written now would be served stale after that.
// By name wherever they are, so a feed directory precompressed on its own is safe too.
const SKIPPED: ReadonlySet<string> = new Set(MUTABLE_FEED_FILES);

/** What precompressing a directory did: files written for, and total bytes before and after. */
export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Every file under `dir`, as paths relative to it, except in hidden directories (.vite/). */
async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(path, root);
      return [relative(root, path)];
    }),
  );
  return nested.flat();
}

/** Writes .br and .gz beside each compressible file of `dir` over 1 KB, where they are smaller. */
export async function precompressDirectory(dir: string): Promise<PrecompressSummary> {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const candidates = (await listFiles(dir)).filter((path) => COMPRESSIBLE.test(path) && !SKIPPED.has(basename(path)));
  for (const path of candidates) {
    const full = join(dir, path);
    if ((await stat(full)).size < MIN_BYTES) continue;
    const bytes = await readFile(full);
    const [br, gz] = await Promise.all([
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      }),
      gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    // A server sends the compressed file whenever it exists, so write it only where it helps.
    if (br.byteLength < bytes.byteLength) await writeFile(`${full}.br`, br);
    if (gz.byteLength < bytes.byteLength) await writeFile(`${full}.gz`, gz);
    summary.files += 1;
    summary.bytes += bytes.byteLength;
    summary.brotliBytes += Math.min(br.byteLength, bytes.byteLength);
    summary.gzipBytes += Math.min(gz.byteLength, bytes.byteLength);
  }
  return summary;
}

/**
 * Precompresses dist/ at the very end of the build: after the service worker is written and the
 * feed copied in (both in closeBundle hooks, which run in plugin order; this one is last).
 */
export function precompress(outDir = 'dist'): Plugin {
  return {
    name: 'homeward-precompress',
    apply: 'build',
    enforce: 'post',
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const { files, bytes, brotliBytes, gzipBytes } = await precompressDirectory(outDir);
        const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
        this.info(`precompressed ${files} files: ${kb(bytes)} → br ${kb(brotliBytes)}, gzip ${kb(gzipBytes)}`);
      },
    },
  };
}
