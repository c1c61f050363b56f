import { contacts, hazards, sites, storedMeta, transit } from '../../app/data';
import type { L10n } from '../../sync/feed-schema';

/** Tables whose records can be shared one by one. */
export const SHAREABLE_TABLES = ['hazards', 'contacts', 'sites', 'trips'] as const;
export type ShareableTable = (typeof SHAREABLE_TABLES)[number];

export const isShareableTable = (table: string): table is ShareableTable => (SHAREABLE_TABLES as readonly string[]).includes(table);

/** A record from the store, by table and id. */
export function findRecord(table: ShareableTable, id: string): ({ id: string; verifiedAt: string; source: string } & Record<string, unknown>) | undefined {
  const records = { hazards: hazards.value, contacts: contacts.value, sites: sites.value, trips: transit.value.trips }[table];
  return (records as ({ id: string; verifiedAt: string; source: string } & Record<string, unknown>)[]).find((record) => record.id === id);
}

/** The heading of a record of any shareable table. */
export function recordTitle(table: string, record: Record<string, unknown>): L10n {
  if (table === 'hazards') return record.title as L10n;
  if (table === 'trips') {
    const route = transit.value.routes.find((candidate) => candidate.id === record.routeId);
    return (record.headsign as L10n | undefined) ?? route?.longName ?? { en: String(record.id) };
  }
  return record.name as L10n;
}

/** The feed the phone's data comes from (a shared record names it). */
export const currentFeedId = () => storedMeta.value.feed?.feedId;
