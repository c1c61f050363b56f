// The publisher's command line: `npm run feed -- <command>`. See docs/feed-format.md.
import { parseArgs } from 'node:util';
import { checkReferences, readJsonSource, SourceError } from './read-sources';
import { publishFeed } from './publish-feed';
import { importGtfs } from './gtfs/import-gtfs';

const USAGE = `usage: npm run feed -- build [--sources feed/sources] [--gtfs feed/demo-gtfs] [--out feed/published]`;

async function build(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      sources: { type: 'string', default: 'feed/sources' },
      gtfs: { type: 'string', default: 'feed/demo-gtfs' },
      out: { type: 'string', default: 'feed/published' },
      'feed-id': { type: 'string', default: 'homeward-demo' },
      'valid-days': { type: 'string', default: '30' },
    },
  });
  const [places, hazards, contacts, sites] = await Promise.all([
    readJsonSource(values.sources, 'places'),
    readJsonSource(values.sources, 'hazards'),
    readJsonSource(values.sources, 'contacts'),
    readJsonSource(values.sources, 'sites'),
  ]);
  const transit = await importGtfs(values.gtfs, {});
  const tables = { places: places.tables, hazards: hazards.tables, transit, contacts: contacts.tables, sites: sites.tables };
  checkReferences(tables);
  // The feed is a demo as soon as any of its sources is one: it must never pass for real data.
  const demo = [places, hazards, contacts, sites].some((source) => source.demo);
  const { manifest, changed } = await publishFeed({
    outDir: values.out,
    feedId: values['feed-id'],
    demo,
    tables,
    now: new Date(),
    validDays: Number(values['valid-days']),
  });
  console.log(`feed ${manifest.feedId} v${manifest.version} in ${values.out}: ${changed.length ? `changed ${changed.join(', ')}` : 'no change'}`);
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { build };
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(2);
}
run(rest).catch((error: unknown) => {
  // Source problems are the publisher's to fix: print them plainly, without a stack trace.
  console.error(error instanceof SourceError || (error as Error).name === 'GtfsError' ? (error as Error).message : error);
  process.exit(1);
});
