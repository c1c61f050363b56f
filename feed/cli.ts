// The publisher's command line: `npm run feed -- <command>`. See docs/feed-format.md.
import { parseArgs } from 'node:util';
import { SourceError } from './read-sources';
import { readAllTables } from './read-all-tables';
import { publishFeed } from './publish-feed';
import { DEFAULT_KEY_PATH, generateSigningKey, readOrCreateSigningKey } from './signing';
import { verifyFeedDirectory } from './verify-feed';

const USAGE = `usage: npm run feed -- <command>
  keygen [--key ${DEFAULT_KEY_PATH}]            write a new private key, print its public key
  build  [--sources feed/sources] [--gtfs feed/demo-gtfs] [--out feed/published]
         [--key ${DEFAULT_KEY_PATH}] [--feed-id homeward-demo] [--valid-days 30]
  verify <dir> --public-key <base64url>[,<base64url>]   check a published directory`;

async function keygen(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { key: { type: 'string', default: DEFAULT_KEY_PATH } } });
  const { publicKey } = await generateSigningKey(values.key);
  console.log(`private key written to ${values.key} (keep it secret; it is git-ignored)`);
  console.log(`public key (put it in VITE_FEED_KEYS): ${publicKey}`);
}

async function build(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string', default: 'feed/sources' },
      gtfs: { type: 'string', default: 'feed/demo-gtfs' },
      out: { type: 'string', default: 'feed/published' },
      key: { type: 'string', default: DEFAULT_KEY_PATH },
      'feed-id': { type: 'string', default: 'homeward-demo' },
      'valid-days': { type: 'string', default: '30' },
    },
  });
  const { demo, tables } = await readAllTables(values.sources, values.gtfs);
  const key = await readOrCreateSigningKey(values.key);
  if (key.isNew) console.log(`made a new signing key at ${values.key}; public key ${key.publicKey}`);
  const { manifest, changed } = await publishFeed({
    outDir: values.out,
    feedId: values['feed-id'],
    demo,
    tables,
    key,
    now: new Date(),
    validDays: Number(values['valid-days']),
  });
  console.log(`feed ${manifest.feedId} v${manifest.version} in ${values.out}: ${changed.length ? `changed ${changed.join(', ')}` : 'no change'}`);
}

async function verify(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'public-key': { type: 'string' } } });
  const dir = positionals[0];
  if (!dir || !values['public-key']) throw new UsageError();
  const problems = await verifyFeedDirectory(dir, values['public-key'].split(','));
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  console.log(`${dir}: signature, manifest, datasets and deltas all verify`);
}

class UsageError extends Error {}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { keygen, build, verify };
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
run(rest).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(USAGE);
    process.exit(2);
  }
  // Source problems are the publisher's to fix: print them plainly, without a stack trace.
  console.error(error instanceof SourceError || (error as Error).name === 'GtfsError' ? (error as Error).message : error);
  process.exit(1);
});
