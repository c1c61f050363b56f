// The densest record share code of the demo feed: every hazard, contact, site and departure as
// published (feed/published, current manifest), shared from each interface language, through
// the share screen's own choice of what to carry (code-selection.ts).
import { readFileSync } from 'node:fs';
import { chooseShareCode } from '../../src/features/share/record-code/code-selection';
import type { RecordToShare } from '../../src/features/share/record-code/record-code';
import { textGroupCount } from '../../src/model/datasets';
import { LANGUAGES } from '../../src/model/vocabulary';

const PUBLISHED = 'feed/published/';
const ORIGIN = 'https://homeward.example';
const TABLES = [
  ['hazards', 'hazards'],
  ['contacts', 'contacts'],
  ['sites', 'sites'],
  ['transit', 'trips'],
] as const;

export async function runRecordQrBench(): Promise<Record<string, number>> {
  const manifest = JSON.parse(readFileSync(`${PUBLISHED}manifest.json`, 'utf8')) as { feedId: string; datasets: Record<string, { path: string }> };
  let versionMax = 0;
  let codes = 0;
  let whole = 0;
  let animated = 0;
  let linkMax = 0;
  for (const [dataset, table] of TABLES) {
    const records = (JSON.parse(readFileSync(`${PUBLISHED}${manifest.datasets[dataset]!.path}`, 'utf8')) as { tables: Record<string, object[]> }).tables[table]!;
    for (const record of records) {
      for (const lang of LANGUAGES) {
        const code = await chooseShareCode({ feedId: manifest.feedId, table, record } as RecordToShare, ORIGIN, [lang, 'en']);
        codes++;
        if (!code.fits) {
          animated++;
          continue;
        }
        versionMax = Math.max(versionMax, code.version);
        linkMax = Math.max(linkMax, code.link.length);
        // Every text of the sender's own language: the code's title and its advice, not the title alone.
        if (code.carried[lang] >= textGroupCount(table)) whole++;
      }
    }
  }
  return { record_qr_version_max: versionMax, record_qr_codes: codes, record_qr_codes_sender_language_whole: whole, record_qr_codes_animated: animated, record_qr_link_chars_max: linkMax };
}
