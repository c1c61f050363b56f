// Plays the feed server in browser tests: publishes new feed versions with the demo key into a
// temporary directory and serves it through Playwright's request routing.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { publishFeed } from '../../feed/publish-feed';
import { readSigningKey, DEFAULT_KEY_PATH, DEFAULT_ROOT_KEY_PATH, type SigningKey } from '../../feed/signing';
import { readAllTables, type AllTables } from '../../feed/read-all-tables';

/** The demo feed's tables, as `npm run build` published them. */
export async function demoTables(): Promise<AllTables> {
  return (await readAllTables('feed/sources', 'feed/demo-gtfs')).tables;
}

/** The demo tables with the first hazard retitled, as a publisher's one-record edit. */
export function withHazardTitle(tables: AllTables, title: string): AllTables {
  const [first, ...rest] = tables.hazards.hazards;
  return { ...tables, hazards: { hazards: [{ ...first!, title: { en: title, hy: title, az: title, ru: title } }, ...rest] } };
}

/**
 * A feed directory that tests publish new versions into: a copy of the published demo feed, or,
 * with `fresh`, an empty one (a publisher who lost the directory). Signed with the demo keys
 * unless others are given (a forger brings their own root key too).
 */
export async function testFeed(options: { key?: SigningKey; rootKey?: SigningKey; fresh?: boolean } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'homeward-e2e-feed-'));
  if (!options.fresh) await cp('feed/published', dir, { recursive: true });
  let key = options.key ?? (await readSigningKey(DEFAULT_KEY_PATH));
  const rootKey = options.rootKey ?? (await readSigningKey(DEFAULT_ROOT_KEY_PATH));
  const publish = async (tables: AllTables, now = new Date(), validDays = 30) =>
    (await publishFeed({ outDir: dir, feedId: 'homeward-demo', demo: true, tables, key, rootKey, now, validDays })).manifest;
  /** From now on, sign with another key (after a rotation). */
  const signWith = (next: SigningKey) => (key = next);
  return { dir, publish, rootKey, signWith };
}

export type Breaker = (name: string, bytes: Buffer) => Buffer | 'abort';

/** Serves `dir` for every /feed/ request of the context; `breaker` may damage or cut a file. */
export async function serveFeed(context: BrowserContext, dir: string, breaker?: Breaker): Promise<string[]> {
  const requested: string[] = [];
  await context.unroute('**/feed/**');
  await context.route('**/feed/**', async (route: Route) => {
    const name = new URL(route.request().url()).pathname.replace(/^\/feed\//, '');
    requested.push(name);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const served = breaker ? breaker(name, bytes) : bytes;
    if (served === 'abort') return route.abort('connectionreset');
    return route.fulfill({ status: 200, body: served, headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' } });
  });
  return requested;
}

/** One bit flipped in the middle of the file. */
export const flipMiddleBit = (bytes: Buffer) => {
  const copy = Buffer.from(bytes);
  copy[Math.floor(copy.length / 2)]! ^= 1;
  return copy;
};
