// First-load module: Home's emergency numbers are tel: links.
/** Link schemes the app may open; anything else (javascript:, data:, http:) is dropped. */
const ALLOWED_SCHEMES = new Set(['https:', 'tel:', 'sms:', 'geo:']);

/** Returns `href` when its scheme is allowed, else undefined (render it as text instead). */
export function safeHref(href: string): string | undefined {
  try {
    return ALLOWED_SCHEMES.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** A tel: link for a number as printed (spaces dropped). */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '')}`;
}
