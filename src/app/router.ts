// First-load module: a tiny history router. Links stay real <a href> elements, so they work
// with keyboard, screen readers, "open in new tab", and before any script has run.
import { currentLocation, navigate } from '../ui/navigation';

/** The target of a same-origin app link (HTML or SVG <a>), or undefined for anything else. */
function appLinkTarget(event: MouseEvent, anchor: Element): URL | undefined {
  const href = anchor.getAttribute('href');
  if (href === null || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
  const target = anchor.getAttribute('target');
  if (anchor.hasAttribute('download') || (target && target !== '_self')) return undefined;
  const url = new URL(href, location.href);
  return url.origin === location.origin && !url.pathname.startsWith('/feed/') ? url : undefined;
}

/** Routes clicks on same-origin links through `navigate`, and follows back/forward. */
export function startRouter(): void {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    const url = anchor && !event.defaultPrevented ? appLinkTarget(event, anchor) : undefined;
    if (!url) return;
    event.preventDefault();
    navigate(url.href);
  });
  window.addEventListener('popstate', () => {
    currentLocation.value = { path: location.pathname, search: location.search };
  });
}
