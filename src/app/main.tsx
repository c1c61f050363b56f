// First-load module: the entry point, where the shell, the data and the features are wired.
import { render } from 'preact';
import { onFeedApplied } from '../data/apply-feed-update';
import { startData } from '../data/start-data';
import { resumeLocation } from '../features/hazards/location';
import { prepareFormats } from '../i18n/format';
import { initI18n } from '../i18n/i18n';
import { startClock } from '../data/clock';
import { App } from './app';
import { startPwa } from './pwa';
import { startRouter } from './router';
import './app.css';

// The search index is rebuilt and stored whenever data is applied, in the background, so a
// search offline finds what the phone holds; its code loads only then.
onFeedApplied(() => void import('../features/search/search-state').then((search) => search.refreshSearchIndex()));

async function start(): Promise<void> {
  // Strings and stored data load in parallel: neither waits on the network once installed.
  const data = startData();
  // Home formats dates the moment its data arrives: make the formatters while strings and data load.
  await initI18n(prepareFormats);
  startRouter();
  startClock();
  const root = document.getElementById('app')!;
  root.textContent = ''; // drop the static "loading" text; Preact would otherwise render beside it
  render(<App />, root);
  void startPwa(data);
  resumeLocation();
  await data;
}

void start();
