import { LANGUAGES, type L10n, type Language } from '../../src/model/vocabulary';
import { fieldError, optionalText, requiredText } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';

/** The columns translations.txt must have, in the GTFS reference form. */
export const TRANSLATION_COLUMNS = ['table_name', 'field_name', 'language', 'translation'] as const;

/** Maps a BCP 47 tag such as "hy-AM" to one of the app's languages; undefined for any other. */
export function toLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/** The L10n text of a feed field: table and field as GTFS names them, the record's GTFS id, its value. */
export type Translate = (table: string, field: string, gtfsId: string | undefined, value: string) => L10n;

type Texts = Partial<Record<Language, string>>;
interface Entry {
  texts: Texts;
  lines: Partial<Record<Language, number>>;
}

/** Reads translations.txt (languages other than hy, az, ru, en are ignored); the feed's own values are in feedLanguage. */
export function readTranslations(rows: readonly GtfsRow[] | undefined, feedLanguage: Language): Translate {
  const byRecord = new Map<string, Entry>();
  const byValue = new Map<string, Entry>();
  for (const row of rows ?? []) {
    const language = toLanguage(requiredText(row, 'language'));
    if (!language) continue;
    const table = requiredText(row, 'table_name');
    const field = requiredText(row, 'field_name');
    const recordId = optionalText(row, 'record_id');
    const fieldValue = optionalText(row, 'field_value');
    if (recordId !== undefined) add(byRecord, key(table, field, recordId), language, row);
    else if (fieldValue !== undefined) add(byValue, key(table, field, fieldValue), language, row);
    else if (table !== 'feed_info') throw fieldError(row, 'record_id', 'a translation needs a record_id or a field_value');
  }
  return (table, field, gtfsId, value) => {
    const texts: Texts = {};
    texts[feedLanguage] = value;
    // The GTFS reference: a translation by record_id wins over one by field_value.
    Object.assign(texts, byValue.get(key(table, field, value))?.texts);
    if (gtfsId !== undefined) Object.assign(texts, byRecord.get(key(table, field, gtfsId))?.texts);
    return { ...texts, en: texts.en ?? value };
  };
}

function key(table: string, field: string, value: string): string {
  return `${table}\u0000${field}\u0000${value}`;
}

function add(entries: Map<string, Entry>, entryKey: string, language: Language, row: GtfsRow): void {
  let entry = entries.get(entryKey);
  if (!entry) entries.set(entryKey, (entry = { texts: {}, lines: {} }));
  const earlier = entry.lines[language];
  if (earlier !== undefined) throw fieldError(row, 'translation', `the same text is already translated to ${language} on line ${earlier}`);
  entry.texts[language] = requiredText(row, 'translation');
  entry.lines[language] = row.line;
}
