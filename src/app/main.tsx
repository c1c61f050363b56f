// First-load module: the entry point.
import { render } from 'preact';
import { initI18n } from '../i18n/i18n';
import { App } from './app';
import { startClock } from '../ui/clock';
import { startPwa } from './pwa';
import { startRouter } from './router';
import { startData } from './sync-controller';
import { resumeLocation } from '../features/hazards/location';
import './app.css';

async function start(): Promise<void> {
  // Strings and stored data load in parallel: neither waits on the network once installed.
  const data = startData();
  await initI18n();
  startRouter();
  startClock();
  const root = document.getElementById('app')!;
  root.textContent = ''; // drop the static "loading" text; Preact would otherwise render beside it
  render(<App />, root);
  void startPwa();
  resumeLocation();
  await data;
}

void start();
