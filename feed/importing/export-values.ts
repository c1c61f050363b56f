// Reading values the way GIS and directory tools export them: texts in one column per language,
// dates as ArcGIS epoch milliseconds, ISO dates or day.month.year. Shared by the GeoJSON and HSDS importers.
import { LANGUAGES, type L10n } from '../../src/model/vocabulary';

/** Properties of one exported record: a GeoJSON feature's, or a CSV row's. */
export type ExportRecord = Readonly<Record<string, unknown>>;

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** A property as trimmed text; undefined when missing, null or blank. */
export function exportText(record: ExportRecord, name: string): string | undefined {
  return textOf(record[name]);
}

/**
 * A text in every language the record has: `<name>_en`, `<name>_hy`, `<name>_az`, `<name>_ru` (or
 * upper-case suffixes), with `<name>` alone read as English when there is no `<name>_en`. Undefined
 * when it has no English.
 */
export function exportL10n(record: ExportRecord, name: string): L10n | undefined {
  const en = exportText(record, `${name}_en`) ?? exportText(record, `${name}_EN`) ?? exportText(record, name);
  if (en === undefined) return undefined;
  const text: L10n = { en };
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    // GIS tools upper-case field names: TITLE_HY is read like title_hy.
    const translated = exportText(record, `${name}_${language}`) ?? exportText(record, `${name}_${language.toUpperCase()}`);
    if (translated !== undefined) text[language] = translated;
  }
  return text;
}

/**
 * A date as YYYY-MM-DD from what tools export: ArcGIS epoch milliseconds, an ISO date or date-time,
 * "YYYY/MM/DD" and "DD.MM.YYYY" (with or without a time after them). Undefined when it is none of those.
 */
export function exportDate(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value).toISOString().slice(0, 10) : undefined;
  const text = textOf(value);
  if (text === undefined) return undefined;
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ].*)?$/.exec(text);
  const european = /^(\d{2})\.(\d{2})\.(\d{4})(?: .*)?$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : european ? [european[3], european[2], european[1]] : [];
  if (!year) return undefined;
  const date = `${year}-${month}-${day}`;
  // 2020-02-30 parses to March: a date that does not round-trip does not exist.
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined;
}
