// npx tsx build/write-deploy-configs.ts [--out <dir>]
// Writes the nginx and Caddy configs from build/host-policy.ts: into deploy/ (the committed copies,
// for a feed on the app's origin), or, with VITE_FEED_URL set, wherever --out says.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { caddyAppConfig, caddyFeedHostConfig } from './caddy-config';
import { nginxAppConfig, nginxFeedHostConfig } from './nginx-config';

/** Every generated config, by its path under deploy/. */
export function deployConfigs(feedUrl: string | undefined): Record<string, string> {
  return {
    'nginx/homeward.conf': nginxAppConfig(feedUrl),
    'nginx/homeward-feed.conf': nginxFeedHostConfig(feedUrl),
    'caddy/homeward.caddy': caddyAppConfig(feedUrl),
    'caddy/homeward-feed.caddy': caddyFeedHostConfig(feedUrl),
  };
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1] : 'deploy';
  if (!out) throw new Error('--out needs a directory');
  const feedUrl = process.env.VITE_FEED_URL || undefined;
  if (feedUrl && out === 'deploy') {
    throw new Error('deploy/ holds the configs for a feed on the app\'s origin: write those for VITE_FEED_URL elsewhere, with --out <dir>');
  }
  for (const [path, text] of Object.entries(deployConfigs(feedUrl))) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), text);
    console.log(`wrote ${join(out, path)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
