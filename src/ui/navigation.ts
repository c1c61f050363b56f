// First-load module: where the app is, and how a screen moves elsewhere without a page load.
import { signal } from '@preact/signals';

/** The location the app shows now. */
export const currentLocation = signal({ path: location.pathname, search: location.search });

/** Shows `href` (same-origin path) without a page load. */
export function navigate(href: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  currentLocation.value = { path: url.pathname, search: url.search };
  if (!options.keepScroll) window.scrollTo(0, 0);
}
