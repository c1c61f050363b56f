// The feed's key list (keys.json, signed by the root key in keys.sig): which online keys may sign.
// Only the root key, kept offline, can change it: `feed keygen --root`, `rotate`, `revoke`.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { KeyListSchema, describeIssues, type KeyList } from '../src/model/file-schemas';
import { signBytes, verifyBytes, type SigningKey } from './signing';

export const KEY_LIST_FILE = 'keys.json';
export const KEY_LIST_SIGNATURE_FILE = 'keys.sig';

/** A key-list problem a publisher can act on. */
export class KeyListError extends Error {
  override name = 'KeyListError';
}

/** The key list published in `dir`, checked against its own schema; undefined when there is none. */
export async function readKeyList(dir: string): Promise<KeyList | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, KEY_LIST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KeyListError(`${join(dir, KEY_LIST_FILE)}: not JSON (${(error as Error).message})`);
  }
  const parsed = v.safeParse(KeyListSchema, json);
  if (!parsed.success) throw new KeyListError(`${join(dir, KEY_LIST_FILE)}: ${describeIssues(parsed.issues).join('; ')}`);
  return parsed.output;
}

/** Whether keys.sig in `dir` is a signature of keys.json by one of the root keys. */
export async function isKeyListSignedBy(dir: string, rootPublicKeys: readonly string[]): Promise<boolean> {
  const [bytes, signatures] = await Promise.all([readFile(join(dir, KEY_LIST_FILE)).catch(() => undefined), readFile(join(dir, KEY_LIST_SIGNATURE_FILE), 'utf8').catch(() => '')]);
  if (!bytes) return false;
  const lines = signatures.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.some((signature) => rootPublicKeys.some((root) => verifyBytes(new Uint8Array(bytes), signature, root)));
}

/** The next version of a list or manifest: up by one, and never below the time in seconds, so a rebuilt directory still goes up. */
export function nextVersion(previous: number | undefined, now: Date): number {
  return Math.max((previous ?? 0) + 1, Math.floor(now.getTime() / 1000));
}

/** A key list that adds `add` (when given) and revokes the keys in `revoke`, one version up from `previous`. */
export function changeKeyList(input: {
  feedId: string;
  previous: KeyList | undefined;
  now: Date;
  add?: Pick<SigningKey, 'id' | 'publicKey'>;
  revoke?: { id: string; reason: 'compromised' | 'retired' }[];
}): KeyList {
  const { previous, now } = input;
  if (previous && previous.feedId !== input.feedId) throw new KeyListError(`the key list belongs to feed "${previous.feedId}", not "${input.feedId}"`);
  const at = now.toISOString();
  let keys = [...(previous?.keys ?? [])];
  const revoked = [...(previous?.revoked ?? [])];
  if (input.add) {
    if (revoked.some((key) => key.id === input.add!.id)) throw new KeyListError(`key ${input.add.id} was revoked; a revoked key can never sign again — make a new one`);
    if (!keys.some((key) => key.id === input.add!.id)) keys.push({ id: input.add.id, publicKey: input.add.publicKey, addedAt: at });
  }
  for (const { id, reason } of input.revoke ?? []) {
    const key = keys.find((candidate) => candidate.id === id);
    if (!key) {
      if (revoked.some((candidate) => candidate.id === id)) continue;
      throw new KeyListError(`the key list has no key ${id}`);
    }
    keys = keys.filter((candidate) => candidate.id !== id);
    revoked.push({ id, publicKey: key.publicKey, revokedAt: at, reason });
  }
  if (keys.length === 0) throw new KeyListError('that would leave no key to sign the feed: add a new key in the same step (`rotate`)');
  return { format: 1, feedId: input.feedId, version: nextVersion(previous?.version, now), issuedAt: at, keys, revoked };
}

/** Writes keys.json and its root signature into `dir` (a staging directory). */
export async function writeKeyList(dir: string, list: KeyList, rootKey: SigningKey): Promise<void> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(list, null, 1)}\n`);
  await writeFile(join(dir, KEY_LIST_FILE), bytes);
  await writeFile(join(dir, KEY_LIST_SIGNATURE_FILE), `${signBytes(bytes, rootKey)}\n`);
}
