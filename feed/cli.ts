// The publisher's command line: `npm run feed -- <command>`. See docs/feed-format.md. Every
// option and input is checked before anything is written; each problem is one line, never a
// stack trace.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { changeKeyList, readKeyList, writeKeyList } from './key-list';
import { readAllTables } from './read-all-tables';
import { publishFeed, readPublishedManifest } from './publish-feed';
import { replaceDirectory, carryOver } from './publish-dir';
import { DEFAULT_KEY_PATH, DEFAULT_ROOT_KEY_PATH, generateSigningKey, publicKeyPath, readOrCreateSigningKey, readSigningKey } from './signing';
import { verifyFeedDirectory } from './verify-feed';
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { GtfsError } from './gtfs/gtfs-error';
import { Notices, validationReportJson, validationReportLines } from './validation-report';

const DEFAULT_OUT = 'feed/published';
const REPORT_FILE = 'validation-report.json';
const DEFAULT_FEED_ID = 'homeward-demo';

const USAGE = `usage: npm run feed -- <command>
  keygen [--key ${DEFAULT_KEY_PATH}]        write a new online signing key; print its id and public key
  keygen --root [--key ${DEFAULT_ROOT_KEY_PATH}]   write a new root key; its public key goes in VITE_FEED_ROOT_KEYS
  build  [--sources feed/sources] [--gtfs feed/demo-gtfs | <feed.zip>] [--out ${DEFAULT_OUT}] [--key ${DEFAULT_KEY_PATH}]
         [--root-key ${DEFAULT_ROOT_KEY_PATH}] [--feed-id ${DEFAULT_FEED_ID}] [--valid-days 30]
         [--hazards <export.geojson> --hazards-map <map.json>] [--contacts-hsds <HSDS csv directory>]
         prints a validation report and writes it beside the feed as ${REPORT_FILE} (docs/publishing.md)
  rotate --key <new signing key> [--root-key ${DEFAULT_ROOT_KEY_PATH}] [--out ${DEFAULT_OUT}] [--feed-id ${DEFAULT_FEED_ID}]
         [--revoke <key id>]… [--reason compromised|retired]
         list a signing key (made if the file does not exist) in the key list, revoking others
  revoke <key id> [--root-key ${DEFAULT_ROOT_KEY_PATH}] [--out ${DEFAULT_OUT}] [--reason compromised|retired]
  verify [${DEFAULT_OUT}] [--root-keys <base64url>[,<base64url>]]   check a published directory as a phone would
         (default: the root keys the app build trusts: VITE_FEED_ROOT_KEYS, else ${publicKeyPath(DEFAULT_ROOT_KEY_PATH)})`;

/** A problem with the command line or the inputs: printed as is, one line each, exit 1. */
class CliError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** parseArgs with its own errors turned into one line each (unknown option, missing value). */
function parse<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError([`${(error as Error).message.split('\n')[0]} (npm run feed -- help)`]);
  }
}

const FEED_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function checkFeedId(value: string, problems: string[]): void {
  if (!FEED_ID.test(value)) problems.push(`--feed-id "${value}": must be lower-case letters, digits and dashes`);
}

function checkValidDays(value: string, problems: string[]): number {
  const days = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(days) || days < 1 || days > 3650) problems.push(`--valid-days "${value}": must be a whole number of days from 1 to 3650`);
  return days;
}

function checkReason(value: string, problems: string[]): 'compromised' | 'retired' {
  if (value !== 'compromised' && value !== 'retired') problems.push(`--reason "${value}": must be compromised or retired`);
  return value as 'compromised' | 'retired';
}

function checkPath(label: string, path: string, kind: 'dir' | 'file' | 'dir-or-file', problems: string[]): void {
  if (!existsSync(path)) return void problems.push(`${label} ${path}: no such ${{ dir: 'directory', file: 'file', 'dir-or-file': 'file or directory' }[kind]}`);
  if (kind === 'dir' && !statSync(path).isDirectory()) problems.push(`${label} ${path}: not a directory`);
  if (kind === 'file' && statSync(path).isDirectory()) problems.push(`${label} ${path}: a directory, not a file`);
}

function failIf(problems: string[]): void {
  if (problems.length > 0) throw new CliError(problems);
}

async function keygen(args: string[]): Promise<void> {
  const { values } = parse(args, { key: { type: 'string' }, root: { type: 'boolean', default: false } });
  const path = values.key ?? (values.root ? DEFAULT_ROOT_KEY_PATH : DEFAULT_KEY_PATH);
  const key = await generateSigningKey(path);
  console.log(`${values.root ? 'root' : 'signing'} key ${key.id} written to ${path} (keep it secret; feed/.keys/ is git-ignored)`);
  console.log(values.root ? `public key (put it in VITE_FEED_ROOT_KEYS of the app build): ${key.publicKey}` : `public key: ${key.publicKey}`);
  if (values.root) console.log('keep the root key offline: it only signs the key list (rotate, revoke)');
}

async function build(args: string[]): Promise<void> {
  const { values } = parse(args, {
    sources: { type: 'string', default: 'feed/sources' },
    gtfs: { type: 'string', default: 'feed/demo-gtfs' },
    out: { type: 'string', default: DEFAULT_OUT },
    key: { type: 'string', default: DEFAULT_KEY_PATH },
    'root-key': { type: 'string', default: DEFAULT_ROOT_KEY_PATH },
    'feed-id': { type: 'string', default: DEFAULT_FEED_ID },
    'valid-days': { type: 'string', default: '30' },
    hazards: { type: 'string' },
    'hazards-map': { type: 'string' },
    'contacts-hsds': { type: 'string' },
  });
  const problems: string[] = [];
  checkFeedId(values['feed-id'], problems);
  const validDays = checkValidDays(values['valid-days'], problems);
  checkPath('--sources', values.sources, 'dir', problems);
  checkPath('--gtfs', values.gtfs, 'dir-or-file', problems);
  if ((values.hazards === undefined) !== (values['hazards-map'] === undefined)) problems.push('--hazards and --hazards-map go together: the export, and the mapping file that says which property is which');
  if (values.hazards !== undefined) checkPath('--hazards', values.hazards, 'file', problems);
  if (values['hazards-map'] !== undefined) checkPath('--hazards-map', values['hazards-map'], 'file', problems);
  if (values['contacts-hsds'] !== undefined) checkPath('--contacts-hsds', values['contacts-hsds'], 'dir', problems);
  failIf(problems);

  const now = new Date();
  const notices = new Notices();
  let read;
  try {
    read = await readAllTables(values.sources, values.gtfs, {
      hazards: values.hazards === undefined ? undefined : { file: values.hazards, map: values['hazards-map']! },
      contactsHsds: values['contacts-hsds'],
      notices,
      today: now.toISOString().slice(0, 10),
    });
  } catch (error) {
    // A refused feed's report ends with why, in the same terms; the error itself is the one line on stderr.
    if (error instanceof GtfsError) notices.add({ code: error.code, severity: 'ERROR', file: error.file, line: error.line, field: error.column, message: error.reason });
    throw error;
  } finally {
    // What was repaired is worth seeing even when something else refuses the build.
    for (const line of validationReportLines(notices.list)) console.log(line);
  }
  const { demo, tables } = read;
  const key = await readOrCreateSigningKey(values.key);
  if (key.isNew) console.log(`made a new signing key ${key.id} at ${values.key}`);
  // A first key list needs the root key; the demo makes one, a real publisher brings theirs.
  const hasKeyList = (await readKeyList(values.out)) !== undefined;
  const rootKey = hasKeyList ? undefined : await readOrCreateSigningKey(values['root-key']);
  if (rootKey?.isNew) console.log(`made a new root key ${rootKey.id} at ${values['root-key']}; the app build trusts ${publicKeyPath(values['root-key'])}`);
  const summary = {
    builtAt: now.toISOString(),
    // Names only: the report is published, the publisher's folders are their own.
    inputs: Object.fromEntries(
      Object.entries({ sources: values.sources, gtfs: values.gtfs, hazards: values.hazards, hazardsMap: values['hazards-map'], contactsHsds: values['contacts-hsds'] }).flatMap(([input, path]) => (path === undefined ? [] : [[input, basename(path)]])),
    ),
    records: Object.fromEntries(Object.values(tables).flatMap((dataset) => Object.entries(dataset).map(([table, records]) => [table, (records as unknown[]).length]))),
  };
  const report = new TextEncoder().encode(validationReportJson(notices.list, summary));
  const { manifest, changed } = await publishFeed({ outDir: values.out, feedId: values['feed-id'], demo, tables, key, rootKey, now, validDays, extraFiles: { [REPORT_FILE]: report } });
  console.log(`feed ${manifest.feedId} v${manifest.version} in ${values.out}, signed by ${key.id}, current until ${manifest.expiresAt}: ${changed.length ? `changed ${changed.join(', ')}` : 'no record changed'}`);
}

/** Writes a new key list into `out`, keeping every other file as it was. */
async function publishKeyList(out: string, feedId: string, rootKeyPath: string, change: Parameters<typeof changeKeyList>[0]['add'], revoke: { id: string; reason: 'compromised' | 'retired' }[]) {
  const rootKey = await readSigningKey(rootKeyPath);
  const previous = await readKeyList(out);
  const list = changeKeyList({ feedId: previous?.feedId ?? feedId, previous, now: new Date(), add: change, revoke });
  await replaceDirectory(out, async (staging) => {
    for (const name of await readdir(out).catch(() => [] as string[])) if (name !== 'keys.json' && name !== 'keys.sig') await carryOver(out, staging, name);
    await writeKeyList(staging, list, rootKey);
  });
  return list;
}

async function rotate(args: string[]): Promise<void> {
  const { values } = parse(args, {
    key: { type: 'string' },
    'root-key': { type: 'string', default: DEFAULT_ROOT_KEY_PATH },
    out: { type: 'string', default: DEFAULT_OUT },
    'feed-id': { type: 'string', default: DEFAULT_FEED_ID },
    revoke: { type: 'string', multiple: true, default: [] },
    reason: { type: 'string', default: 'compromised' },
  });
  const problems: string[] = [];
  if (!values.key) problems.push('--key <signing key file> is needed: the key to list (made if the file does not exist)');
  checkFeedId(values['feed-id'], problems);
  const reason = checkReason(values.reason, problems);
  if (!existsSync(values['root-key'])) problems.push(`--root-key ${values['root-key']}: no such key file`);
  failIf(problems);
  const key = await readOrCreateSigningKey(values.key!);
  if (key.isNew) console.log(`made a new signing key ${key.id} at ${values.key}`);
  const list = await publishKeyList(values.out, values['feed-id'], values['root-key'], key, values.revoke.map((id) => ({ id, reason })));
  console.log(`key list v${list.version} in ${values.out}: signing keys ${list.keys.map((listed) => listed.id).join(', ')}; revoked ${list.revoked.map((revoked) => revoked.id).join(', ') || 'none'}`);
  const published = await readPublishedManifest(values.out);
  if (published.manifest) console.log(`now publish with the listed key: npm run feed -- build --key ${values.key} --out ${values.out}`);
}

async function revoke(args: string[]): Promise<void> {
  const { values, positionals } = parse(
    args,
    { 'root-key': { type: 'string', default: DEFAULT_ROOT_KEY_PATH }, out: { type: 'string', default: DEFAULT_OUT }, reason: { type: 'string', default: 'compromised' } },
    true,
  );
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push('revoke takes one key id, e.g. npm run feed -- revoke k-0123456789abcdef');
  const reason = checkReason(values.reason, problems);
  if (!existsSync(values['root-key'])) problems.push(`--root-key ${values['root-key']}: no such key file`);
  if (!(await readKeyList(values.out))) problems.push(`${values.out} has no key list to revoke a key from`);
  failIf(problems);
  const list = await publishKeyList(values.out, DEFAULT_FEED_ID, values['root-key'], undefined, [{ id: positionals[0]!, reason }]);
  console.log(`key list v${list.version} in ${values.out}: ${positionals[0]} revoked (${reason}); signing keys ${list.keys.map((listed) => listed.id).join(', ')}`);
}

/** The root keys the app build trusts, as `vite.config.ts` reads them. */
function appRootKeys(): string[] {
  const keys = process.env.VITE_FEED_ROOT_KEYS ?? (existsSync(publicKeyPath(DEFAULT_ROOT_KEY_PATH)) ? readFileSync(publicKeyPath(DEFAULT_ROOT_KEY_PATH), 'utf8') : '');
  return keys.split(',').map((key) => key.trim()).filter(Boolean);
}

async function verify(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { 'root-keys': { type: 'string' } }, true);
  const dir = positionals[0] ?? DEFAULT_OUT;
  const rootKeys = values['root-keys'] ? values['root-keys'].split(',').map((key) => key.trim()).filter(Boolean) : appRootKeys();
  const problems: string[] = [];
  checkPath('', dir, 'dir', problems);
  if (rootKeys.length === 0) problems.push(`no root keys to verify with: pass --root-keys, set VITE_FEED_ROOT_KEYS, or make ${publicKeyPath(DEFAULT_ROOT_KEY_PATH)}`);
  failIf(problems.map((problem) => problem.trim()));
  failIf(await verifyFeedDirectory(dir, rootKeys));
  console.log(`${dir}: key list, manifest, datasets, deltas and record signatures all verify`);
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { keygen, build, rotate, revoke, verify };
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(command === 'help' ? 0 : 2);
}
run(rest).catch((error: unknown) => {
  // Every problem the publisher can fix is one line; anything else is a bug, and says so.
  const known = error instanceof CliError || ['SourceError', 'GtfsError', 'PublishError', 'KeyListError', 'KeyFileError'].includes((error as Error).name);
  console.error(known ? (error as Error).message : `unexpected error (please report it): ${(error as Error).message}`);
  process.exit(1);
});
