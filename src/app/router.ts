// First-load module: a tiny history router. Links stay real <a href> elements, so they work
// with keyboard, screen readers, "open in new tab", and before any script has run.
import { signal } from '@preact/signals';

/** The location the app shows now. */
export const currentLocation = signal({ path: location.pathname, search: location.search });

/** Shows `href` (same-origin path) without a page load. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  currentLocation.value = { path: url.pathname, search: url.search };
  window.scrollTo(0, 0);
}

function isAppLink(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  return (
    event.button === 0 &&
    !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey &&
    anchor.origin === location.origin &&
    !anchor.hasAttribute('download') &&
    (!anchor.target || anchor.target === '_self') &&
    !anchor.pathname.startsWith('/feed/')
  );
}

/** Routes clicks on same-origin links through `navigate`, and follows back/forward. */
export function startRouter(): void {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || event.defaultPrevented || !isAppLink(event, anchor)) return;
    event.preventDefault();
    navigate(anchor.href);
  });
  window.addEventListener('popstate', () => {
    currentLocation.value = { path: location.pathname, search: location.search };
  });
}
