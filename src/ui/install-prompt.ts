// First-load module: whether and how the app can be installed to the home screen.
import { signal } from '@preact/signals';

/** The event Chromium fires when the app may be installed (not in lib.dom yet). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser offers installation; null when it does not (or already installed). */
export const installPrompt = signal<BeforeInstallPromptEvent | null>(null);

/** Running from the home screen rather than in a browser tab. */
export const isStandalone =
  matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;

/** iOS (and iPadOS, which reports itself as a Mac with touch). */
export const isIos = /iphone|ipad|ipod/i.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);

/** Keeps the browser's install offer for our own Install button, instead of its mini-infobar. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.value = event as BeforeInstallPromptEvent;
  });
  window.addEventListener('appinstalled', () => (installPrompt.value = null));
}

/** Shows the browser's install dialog. */
export async function promptInstall(): Promise<void> {
  const event = installPrompt.value;
  if (!event) return;
  await event.prompt();
  await event.userChoice;
  installPrompt.value = null;
}
