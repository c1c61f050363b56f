import * as v from 'valibot';
import { AgencySchema } from '../../src/model/record-schemas';
import type { Agency } from '../../src/model/datasets';
import { GtfsError } from './gtfs-error';
import { fieldError, optionalText, requiredText } from './gtfs-fields';
import type { GtfsRow } from './gtfs-table';
import type { ImportContext } from './import-context';
import { RecordIds } from './record-ids';

/** The columns agency.txt must have. */
export const AGENCY_COLUMNS = ['agency_name', 'agency_timezone'] as const;

// The app's own rules for links and phone numbers, so the importer drops what the schema would refuse.
const UrlSchema = v.pick(AgencySchema, ['url']);
const PhoneSchema = v.pick(AgencySchema, ['phone']);

/** Agencies from agency.txt, and a lookup from a routes.txt row to its agency's record id. */
export function readAgencies(
  rows: readonly GtfsRow[],
  context: ImportContext,
): { agencies: Agency[]; agencyIdOf: (route: GtfsRow) => string } {
  if (rows.length === 0) throw new GtfsError({ file: 'agency.txt' }, 'lists no agency');
  const ids = new RecordIds();
  const agencies = rows.map((row): Agency => {
    const gtfsId = optionalText(row, 'agency_id');
    if (gtfsId === undefined && rows.length > 1) throw fieldError(row, 'agency_id', 'is required when the feed has several agencies');
    const timezone = requiredText(row, 'agency_timezone');
    if (!isTimeZone(timezone)) throw fieldError(row, 'agency_timezone', `"${timezone}" is not an IANA time zone`);
    const agency: Agency = {
      id: ids.add(row, 'agency_id', gtfsId ?? 'agency'),
      source: context.source,
      verifiedAt: context.verifiedAt,
      name: context.translate('agency', 'agency_name', gtfsId, requiredText(row, 'agency_name')),
      timezone,
    };
    const url = optionalText(row, 'agency_url');
    if (url !== undefined && v.is(UrlSchema, { url })) agency.url = url;
    const phone = optionalText(row, 'agency_phone');
    if (phone !== undefined && v.is(PhoneSchema, { phone })) agency.phone = phone;
    return agency;
  });
  const agencyIdOf = (route: GtfsRow): string => {
    const gtfsId = optionalText(route, 'agency_id');
    if (gtfsId === undefined) {
      if (agencies.length === 1) return agencies[0]!.id;
      throw fieldError(route, 'agency_id', 'is required when the feed has several agencies');
    }
    const id = ids.get(gtfsId);
    if (id === undefined) throw fieldError(route, 'agency_id', `"${gtfsId}" is not in agency.txt`, 'foreign_key_violation');
    return id;
  };
  return { agencies, agencyIdOf };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
