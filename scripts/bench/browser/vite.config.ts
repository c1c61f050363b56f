// The hazard query benchmark page as its own app: no PWA, no service worker, nothing cached.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  // The list benchmark renders the app's real Preact components.
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: fileURLToPath(new URL('../../../dist-bench', import.meta.url)),
    // The output sits outside `root`, where Vite will not empty it unless told to.
    emptyOutDir: true,
    target: 'es2022',
  },
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; queries
  // take well under a millisecond, so the coarse clock would round most of them to 0 or 0.1.
  preview: { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } },
});
