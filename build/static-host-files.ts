// The files a static host reads from the build itself: _headers (Cloudflare Pages, Netlify) and
// the 404 pages that keep /feed/ and /assets/ from falling back to the app on Cloudflare Pages.
import type { Plugin } from 'vite';
import { DATASET_NAMES } from '../src/model/datasets.ts';
import { headersFile } from './headers-file.ts';
import { FEED_PATH, NOT_FOUND_PAGE } from './host-policy.ts';

/** Adds dist/_headers, dist/feed/404.html and dist/assets/404.html to the build. */
export function staticHostFiles(feedUrl: string | undefined): Plugin {
  return {
    name: 'homeward-static-host-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(feedUrl, DATASET_NAMES) });
      // No top-level 404.html: without one, Cloudflare Pages serves index.html for any other path.
      for (const dir of [FEED_PATH.slice(1), 'assets/']) {
        this.emitFile({ type: 'asset', fileName: `${dir}404.html`, source: NOT_FOUND_PAGE });
      }
    },
  };
}
