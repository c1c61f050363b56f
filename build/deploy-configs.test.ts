import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile } from './headers-file';
import { deployConfigs } from './write-deploy-configs';

describe('deploy/', () => {
  it('holds the configs build/host-policy.ts gives today (run npx tsx build/write-deploy-configs.ts)', () => {
    for (const [path, text] of Object.entries(deployConfigs(undefined))) {
      expect(readFileSync(`deploy/${path}`, 'utf8'), `deploy/${path} is out of date`).toBe(text);
    }
  });

  it('lets every config connect to a feed on another origin, and serves that feed at its path', () => {
    const configs = deployConfigs('https://feed.example.org/homeward/');
    for (const path of ['nginx/homeward.conf', 'caddy/homeward.caddy']) {
      expect(configs[path], path).toContain("connect-src 'self' https://feed.example.org; ");
    }
    expect(configs['nginx/homeward-feed.conf']).toContain('location ^~ /homeward/ {');
    expect(configs['caddy/homeward-feed.caddy']).toContain('handle /homeward/* {');
    expect(headersFile('https://feed.example.org/homeward/', ['hazards'])).toContain("connect-src 'self' https://feed.example.org; ");
  });
});
