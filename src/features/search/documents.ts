// Search only: turns feed records into the documents the search index is built from, as the
// dataset registry declares for each table. No DOM here.
import { TABLES, type RelatedText, type SearchText, type TableName } from '../../model/datasets';
import type { SearchDocument } from './search-index';

/** The records one search covers, by table; a table's summaries where it has them. Others lend their texts (a hazard's district names). */
export type SearchableData = Partial<Record<TableName, readonly { id: string }[]>>;

/** One search document per record of every searchable table, with every language of each text. */
export function toSearchDocuments(data: SearchableData): SearchDocument[] {
  const byId = new Map<string, Map<string, Record<string, unknown>>>();
  const related: RelatedText = (table, id, field) => {
    let records = byId.get(table);
    if (!records) {
      records = new Map((data[table as TableName] ?? []).map((record) => [record.id, record as Record<string, unknown>]));
      byId.set(table, records);
    }
    return records.get(id)?.[field] as ReturnType<RelatedText>;
  };
  const documents: SearchDocument[] = [];
  for (const table of TABLES) {
    if (!table.search) continue;
    const { section, names, texts } = table.search;
    for (const record of data[table.name] ?? []) {
      // Every language, whatever the screen's: a reader searches in their own language and script.
      const nameTexts = names(record as never, related).flatMap(allLanguages);
      const otherTexts = (texts?.(record as never, related) ?? []).flatMap(allLanguages);
      documents.push({ section, id: record.id, texts: [...nameTexts, ...otherTexts], nameCount: nameTexts.length });
    }
  }
  return documents;
}

function allLanguages(text: SearchText): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [text];
  return [text.en, text.hy, text.az, text.ru].filter((value): value is string => value !== undefined);
}
