import { storedMeta } from '../../data/feed-state';
import { recordsById } from '../../data/tables';
import { IN_MEMORY_TABLES, tableInfo, type InMemoryTable, type RelatedText } from '../../model/datasets';
import type { L10n } from '../../model/vocabulary';

/** A text of a record held in memory (a trip's route name), for share titles. */
const related: RelatedText = (table, id, field) =>
  (IN_MEMORY_TABLES as readonly string[]).includes(table)
    ? ((recordsById[table as InMemoryTable].value.get(id) as Record<string, unknown> | undefined)?.[field] as L10n | undefined)
    : undefined;

/** The heading of a record of any shareable table, as the registry names it; its id otherwise. */
export function recordTitle(table: string, record: { id: string } & Record<string, unknown>): L10n {
  return tableInfo(table)?.share?.title(record as never, related) ?? { en: record.id };
}

/** The feed the phone's data comes from (a shared record names it). */
export const currentFeedId = () => storedMeta.value.feed?.feedId;
