// First-load module: the entry point, where the shell, the data and the features are wired.
import { render } from 'preact';
import { onFeedApplied } from '../data/apply-feed-update';
import { readStoredData, startSync } from '../data/start-data';
import { hasData } from '../data/feed-state';
import { resumeLocation } from '../features/hazards/location';
import { initI18n } from '../i18n/i18n';
import { startClock } from '../data/clock';
import { App } from './app';
import { startPwa } from './pwa';
import { startRouter } from './router';
import './app.css';

// An installed phone reads its store in a fraction of this. A store that takes longer (another
// tab holds an old schema open, the disk is slow) must not keep the reader on the loading text.
const STORE_WAIT_MS = 1_000;

// The search index is rebuilt and stored whenever data is applied, in the background, so a
// search offline finds what the phone holds; its code loads only then.
onFeedApplied(() => void import('../features/search/search-state').then((search) => search.refreshSearchIndex()));

async function start(): Promise<void> {
  // Strings and stored data load in parallel: neither waits on the network once installed.
  const stored = readStoredData();
  const strings = initI18n();
  let markRendered = () => {};
  const rendered = new Promise<void>((resolve) => (markRendered = resolve));
  const synced = stored.then(async (isReadable) => {
    if (!isReadable) return;
    // With data stored, Home is drawn from it first: a check that finds nothing new changes
    // nothing on screen, and its work would only delay the drawing. With nothing stored (a
    // first visit), the feed is what Home waits for: ask for it at once, beside the strings.
    if (hasData.value) await rendered;
    await startSync();
  });
  // The first render waits for the stored data too: drawing an empty Home, then drawing it
  // again a moment later, costs a whole render and layout on a slow phone, and the page jumps.
  await Promise.all([strings, Promise.race([stored, new Promise((resolve) => setTimeout(resolve, STORE_WAIT_MS))])]);
  startRouter();
  startClock();
  const root = document.getElementById('app')!;
  root.textContent = ''; // drop the static "loading" text; Preact would otherwise render beside it
  render(<App />, root);
  markRendered();
  void startPwa(synced);
  resumeLocation();
  await synced;
}

void start();
