// How Cloudflare Pages and Netlify read a _headers file, as their own code does it, so a test can
// ask what headers one path gets on each without deploying:
// - Cloudflare (workers-sdk, pages-shared/asset-server): a rule's "*" is ".*" (a second "*" makes
//   the pattern invalid, and the rule is dropped), ":name" is "[^/]+"; every matching rule applies
//   in file order: its "! Name" lines delete, then a header set again by a later rule is appended,
//   comma-joined.
// - Netlify (netlify/build, headers-parser and headersForPath): a segment that starts with ":" is
//   "[^/]+", a lone "*" segment is ".*", a "*" inside a segment is ".*"; matching is
//   case-insensitive; a line without ":" ("! Name") is skipped; every matching rule applies in
//   file order, a later value replacing an earlier one.

interface HeaderRule {
  path: string;
  set: [string, string][];
  detach: string[];
}

/** The rules of a _headers file, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('/') || line.startsWith('https://')) {
      rules.push({ path: line, set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`a header before any path: ${line}`);
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim());
    else if (line.includes(':')) rule.set.push([line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
  }
  return rules;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function cloudflarePattern(path: string): RegExp | undefined {
  if (path.split('*').length > 2) return undefined;
  const source = path
    .split('*')
    .map((part) => escape(part).replace(/:(\w+)/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function netlifyPattern(path: string): RegExp {
  const parts = path.split('/').filter(Boolean).map((part) => {
    if (part.startsWith(':')) return '([^/]+)';
    if (part === '*') return '?(.*)';
    return part.split('*').map(escape).join('(.*)');
  });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The headers Cloudflare Pages adds to a response for `path` (names lower-cased). */
export function cloudflareHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, string>();
  const set = new Set<string>();
  for (const rule of rules) {
    if (!cloudflarePattern(rule.path)?.test(path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const existing = headers.get(key);
      headers.set(key, set.has(key) && existing !== undefined ? `${existing}, ${value}` : value);
      set.add(key);
    }
  }
  return Object.fromEntries(headers);
}

/** The headers Netlify adds to a response for `path` (names lower-cased). */
export function netlifyHeaders(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!netlifyPattern(rule.path).test(path)) continue;
    for (const [name, value] of rule.set) headers[name.toLowerCase()] = value;
  }
  return headers;
}
