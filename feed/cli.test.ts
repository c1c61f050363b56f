// The publisher's command line as a publisher runs it: a child process, its exit code, its lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function feed(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'feed/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, VITE_FEED_ROOT_KEYS: '' } });
  return { status: run.status, out: run.stdout.trim().split('\n').filter(Boolean), err: run.stderr.trim().split('\n').filter(Boolean) };
}

describe('feed build refuses bad options before writing anything', () => {
  const cases: [string[], RegExp][] = [
    [['--valid-days', 'abc'], /^--valid-days "abc": must be a whole number of days from 1 to 3650$/],
    [['--valid-days', '0'], /^--valid-days "0": must be a whole number/],
    [['--feed-id', 'Homeward Demo'], /^--feed-id "Homeward Demo": must be lower-case letters, digits and dashes$/],
    [['--sources', '/no/such/dir'], /^--sources \/no\/such\/dir: no such directory$/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ];
  for (const [args, message] of cases) {
    it(`says, in one line, what is wrong with ${args.join(' ')}`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'homeward-cli-')), 'published');
      const run = feed('build', '--out', out, '--key', join(out, '..', 'k.pem'), '--root-key', join(out, '..', 'root.pem'), ...args);
      expect(run.status).toBe(1);
      expect(run.err).toHaveLength(1);
      expect(run.err[0]).toMatch(message);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(out, '..', 'k.pem'))).toBe(false);
    });
  }
});

describe('the leaked-key procedure, as docs/feed-format.md gives it', () => {
  it('revokes the leaked key with the root key, lists a new one, and the next build verifies again', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-cli-keys-'));
    const [root, first, second, out] = ['root.pem', 'first.pem', 'second.pem', 'published'].map((name) => join(dir, name));
    expect(feed('keygen', '--root', '--key', root!).status).toBe(0);
    const rootPublic = readFileSync(join(dir, 'root.pub'), 'utf8').trim();
    expect(feed('build', '--out', out!, '--key', first!, '--root-key', root!).status).toBe(0);
    expect(feed('verify', out!, '--root-keys', rootPublic)).toMatchObject({ status: 0, err: [] });

    const leaked = /signed by (k-[0-9a-f]{16})/.exec(feed('build', '--out', out!, '--key', first!).out.join(' '))![1]!;
    const rotated = feed('rotate', '--key', second!, '--revoke', leaked, '--root-key', root!, '--out', out!);
    expect(rotated.status).toBe(0);
    expect(rotated.out.join('\n')).toMatch(new RegExp(`revoked ${leaked}`));
    // Until the next build, the directory's manifest is signed by the revoked key: verify says so.
    expect(feed('verify', out!, '--root-keys', rootPublic)).toMatchObject({ status: 1, err: [`manifest.json: signed by the revoked key ${leaked}`] });
    expect(feed('build', '--out', out!, '--key', second!).status).toBe(0);
    expect(feed('verify', out!, '--root-keys', rootPublic)).toMatchObject({ status: 0, err: [] });
    // The revoked key can sign no more.
    expect(feed('build', '--out', out!, '--key', first!)).toMatchObject({ status: 1, err: [expect.stringMatching(/is revoked in/)] });
    expect(readdirSync(dir).filter((name) => name.includes('staging'))).toEqual([]);
  });
});
