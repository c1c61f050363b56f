// npm run translations -- export <lang> <file.xlf> [--pending]
// npm run translations -- import <file.xlf> [--dry-run]
// The publisher's tool for a native speaker's review (docs/translating.md). It runs on the
// publisher's machine, never on a phone.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportReview, formatImportReport, importReview } from './review';
import { isTargetLanguage, TARGET_LANGUAGES } from './text-unit';

const USAGE = `usage:
  npm run translations -- export <${TARGET_LANGUAGES.join('|')}> <file.xlf> [--pending]   write the language's texts for review (--pending: only those not yet approved)
  npm run translations -- import <file.xlf> [--dry-run]                write the reviewed texts back (--dry-run: only say what would change)`;

function main(args: string[]): number {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const [command, ...rest] = args.filter((arg) => !arg.startsWith('--'));
  const root = process.cwd();
  if (command === 'export' && rest.length === 2 && isTargetLanguage(rest[0]!)) {
    const { xliff, counts } = exportReview(root, rest[0], { pendingOnly: flags.has('--pending') });
    writeFileSync(rest[1]!, xliff);
    console.log(`${rest[1]}: ${counts['needs-review-translation']} to review, ${counts['needs-translation']} with no translation yet, ${counts.final} approved before`);
    return 0;
  }
  if (command === 'import' && rest.length === 1) {
    const dryRun = flags.has('--dry-run');
    const report = importReview(root, readFileSync(rest[0]!, 'utf8'), { dryRun });
    console.log(formatImportReport(report, { dryRun }));
    // The accepted units are written; a refusal still fails the command, so it is not missed.
    return report.refused.length > 0 ? 2 : 0;
  }
  console.error(USAGE);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`translations: ${(error as Error).message}`);
  process.exitCode = 1;
}
