// First-load module: service-worker registration and the update prompt.
import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';
import { SYNC_TAG } from '../sync/feed-config';
import { listenForInstallPrompt } from '../ui/install-prompt';

/** A new version is installed and waits for the user's yes. */
export const isUpdateWaiting = signal(false);
/** A security release took over: it applies from the next page load, and the tab says so. */
export const isSecurityReleaseActive = signal(false);

let workbox: Workbox | undefined;

/**
 * Registers the service worker and checks for updates on start and whenever the app is shown
 * again. On a first visit, only once `firstData` (the first sync) has settled: installing it
 * precaches the whole shell, about 230 KB, which on 2G would share the link with the feed.
 */
export async function startPwa(firstData: Promise<unknown> = Promise.resolve()): Promise<void> {
  listenForInstallPrompt();
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'homeward-security-release') {
      isSecurityReleaseActive.value = true;
      isUpdateWaiting.value = false;
    }
  });
  if (!navigator.serviceWorker.controller) await firstData.catch(() => {});
  // workbox-window is not needed to paint the first screen: it loads right after.
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => (isUpdateWaiting.value = true));
  void workbox.register().then(registerPeriodicSync);
  // Installed apps on iOS are rarely restarted, so "visible again" is the moment to look.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox?.update().catch(() => {});
  });
}

/** The user said yes: activate the waiting version, then reload once it controls the page. */
export function acceptUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}

type PeriodicSyncRegistration = ServiceWorkerRegistration & {
  periodicSync?: { register(tag: string, options: { minInterval: number }): Promise<void> };
};

/** Where the browser grants it (installed Chromium apps), check the feed twice a day even when closed. */
async function registerPeriodicSync(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const periodicSync = (registration as PeriodicSyncRegistration | undefined)?.periodicSync;
  if (!periodicSync) return;
  try {
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    if (status.state === 'granted') await periodicSync.register(SYNC_TAG, { minInterval: 12 * 3_600_000 });
  } catch {
    // Not supported or refused: the page's own triggers still sync whenever it is open.
  }
}
