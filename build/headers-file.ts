// dist/_headers, for Cloudflare Pages and Netlify, written by the build from build/host-policy.ts.
//
// Both hosts apply every rule whose path matches, in file order. When two rules set one header,
// Netlify keeps the later rule's value but Cloudflare joins both with a comma, so each later rule
// first detaches the header with "! Name" (Cloudflare's syntax; Netlify skips a line without a
// colon). Cloudflare allows one "*" per rule and Netlify reads ":name" as a whole path segment,
// so the feed's content-addressed files get one "/feed/<dataset>-*" rule per dataset.
import { FEED_HEADERS, FEED_PATH, IMMUTABLE, REVALIDATE, appHeaders } from './host-policy.ts';

type Rule = { path: string; detach?: string[]; set: Record<string, string> };

const ruleText = ({ path, detach = [], set }: Rule) =>
  [path, ...detach.map((name) => `  ! ${name}`), ...Object.entries(set).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The _headers file for this build: `datasets` are the registry's names, `feedUrl` is VITE_FEED_URL. */
export function headersFile(feedUrl: string | undefined, datasets: readonly string[]): string {
  const app = appHeaders(feedUrl);
  const immutable: Omit<Rule, 'path'> = { detach: ['Cache-Control'], set: { 'Cache-Control': IMMUTABLE } };
  const rules: Rule[] = [
    // Everything, SPA routes included (both hosts answer them with index.html): revalidated.
    { path: '/*', set: { ...app, 'Cache-Control': REVALIDATE } },
    { path: '/assets/*', ...immutable },
    // The feed is data: its own short policy instead of the app's (see FEED_HEADERS); it keeps
    // the nosniff and the revalidation of "/*".
    {
      path: `${FEED_PATH}*`,
      detach: ['Content-Security-Policy', 'Referrer-Policy', 'Permissions-Policy'],
      set: { 'Content-Security-Policy': FEED_HEADERS['Content-Security-Policy']! },
    },
    ...datasets.map((dataset) => ({ path: `${FEED_PATH}${dataset}-*`, ...immutable })),
  ];
  return [
    '# Homeward: response headers on Cloudflare Pages and Netlify, written by build/headers-file.ts',
    '# from build/host-policy.ts at each build (docs/deploy.md). Later rules replace what earlier ones set.',
    '',
    rules.map(ruleText).join('\n\n'),
    '',
  ].join('\n');
}
