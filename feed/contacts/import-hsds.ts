// Open Referral HSDS (Human Services Data Specification, 3.0 CSV) → the contacts table. One contact
// per active service, as a directory tool exports them (docs/publishing.md, "Contacts"):
// - organizations.csv, services.csv (required); phones.csv, locations.csv, addresses.csv,
//   service_at_location.csv, schedules.csv, languages.csv, attributes.csv + taxonomy_terms.csv (optional).
// - Texts per language: a column "<field>_<lang>" beside the field, e.g. name_hy, description_ru.
// - Categories: the service's taxonomy terms (attributes.csv) whose code is a Homeward category.
// - Where it helps (area): services.csv "area" column, else the names of the service's locations.
// - Opening hours: weekly schedules (freq WEEKLY, byday MO,TU…, opens_at, closes_at) in one time zone.
// A contact's id is "ct-" and the service id, so it stays the same from one export to the next.
import type { Contact } from '../../src/model/datasets';
import { ContactSchema } from '../../src/model/record-schemas';
import { CONTACT_CATEGORIES, type ContactCategory, type L10n } from '../../src/model/vocabulary';
import { toRecordId } from '../gtfs/record-ids';
import { exportDate, exportL10n } from '../importing/export-values';
import { SourceError, validateRecords } from '../read-sources';
import type { Notices } from '../validation-report';
import { readCsvFile, type CsvRow } from './read-csv-file';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
// HSDS 3.0 statuses; only an active service is one a returnee can turn to today.
const INACTIVE = new Set(['inactive', 'defunct', 'temporarily closed']);

/** HSDS phone types → the app's; fax, pager and video cannot be used from the app and are skipped. */
const PHONE_TYPES: Readonly<Record<string, Contact['phones'][number]['type']>> = { voice: 'voice', cell: 'voice', text: 'sms', textphone: 'sms', sms: 'sms', whatsapp: 'whatsapp', telegram: 'telegram', viber: 'viber' };

function groupBy(rows: readonly CsvRow[], column: string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = row.values[column];
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const at = (row: CsvRow, column?: string) => `${row.file} line ${row.line}${column ? `, field ${column}` : ''}`;

/** Imports the contacts of an HSDS CSV directory; every problem is one line, all of them at once. */
export async function importHsdsContacts(dir: string, options: { today: string; notices?: Notices }): Promise<Contact[]> {
  const read = (name: string, required: boolean, columns: readonly string[]) => readCsvFile(dir, name, { required, columns });
  const [organizations, services, phones, locations, addresses, serviceAtLocation, schedules, languages, attributes, terms] = await Promise.all([
    read('organizations.csv', true, ['id', 'name']),
    read('services.csv', true, ['id', 'organization_id', 'name']),
    read('phones.csv', false, ['number']),
    read('locations.csv', false, ['id']),
    read('addresses.csv', false, ['location_id']),
    read('service_at_location.csv', false, ['service_id', 'location_id']),
    read('schedules.csv', false, []),
    read('languages.csv', false, []),
    read('attributes.csv', false, ['link_id', 'taxonomy_term_id']),
    read('taxonomy_terms.csv', false, ['id']),
  ]);
  const problems: string[] = [];
  const problem = (row: CsvRow, column: string | undefined, text: string) => problems.push(`${at(row, column)}: ${text}`);
  const organizationById = new Map(organizations.map((row) => [row.values.id!, row]));
  const locationById = new Map(locations.map((row) => [row.values.id!, row]));
  const termById = new Map(terms.map((row) => [row.values.id!, row]));
  const locationsOf = groupBy(serviceAtLocation, 'service_id');
  const phonesBy = { service: groupBy(phones, 'service_id'), serviceAtLocation: groupBy(phones, 'service_at_location_id'), location: groupBy(phones, 'location_id'), organization: groupBy(phones, 'organization_id') };
  const addressesOf = groupBy(addresses, 'location_id');
  const schedulesOf = groupBy(schedules, 'service_id');
  const schedulesAt = groupBy(schedules, 'service_at_location_id');
  const languagesOf = groupBy(languages, 'service_id');
  const attributesOf = groupBy(
    attributes.filter((row) => (row.values.link_type ?? 'service') === 'service'),
    'link_id',
  );

  const contacts: Contact[] = [];
  for (const service of services) {
    const serviceId = service.values.id;
    if (serviceId === undefined) {
      problem(service, 'id', 'is empty');
      continue;
    }
    const status = service.values.status?.toLowerCase();
    if (status && INACTIVE.has(status)) {
      options.notices?.add({ code: 'inactive_service_skipped', severity: 'INFO', file: service.file, line: service.line, field: 'status', message: `service "${serviceId}" is ${status}; not published` });
      continue;
    }
    const organization = organizationById.get(service.values.organization_id ?? '');
    if (!organization) {
      problem(service, 'organization_id', `"${service.values.organization_id ?? ''}" is not in organizations.csv`);
      continue;
    }
    const links = locationsOf.get(serviceId) ?? [];
    const serviceLocations = links.flatMap((link) => {
      const location = locationById.get(link.values.location_id!);
      if (!location) problem(link, 'location_id', `"${link.values.location_id}" is not in locations.csv`);
      return location ? [location] : [];
    });

    const name = exportL10n(service.values, 'name');
    if (!name) problem(service, 'name', `service "${serviceId}" has no name`);
    const description = exportL10n(service.values, 'description') ?? exportL10n(organization.values, 'description');
    if (!description) problem(service, 'description', `service "${serviceId}" has no description, and neither has its organization`);
    const area = exportL10n(service.values, 'area') ?? joinTexts(serviceLocations.map((location) => exportL10n(location.values, 'name')));
    if (!area) problem(service, 'area', `service "${serviceId}" says nowhere where it helps: give an area column, or a location in service_at_location.csv`);
    const categories = categoriesOf(attributesOf.get(serviceId) ?? [], termById, options.notices);
    if (categories.length === 0) {
      problem(service, 'id', `service "${serviceId}" has no taxonomy term in attributes.csv whose code is a Homeward category (${CONTACT_CATEGORIES.join(', ')})`);
    }
    const contactPhones = phonesOf(serviceId, links, serviceLocations, organization, phonesBy, problem, options.notices);
    const hours = hoursOf([...(schedulesOf.get(serviceId) ?? []), ...links.flatMap((link) => (link.values.id ? (schedulesAt.get(link.values.id) ?? []) : []))], problem);
    const spoken = (languagesOf.get(serviceId) ?? []).flatMap((row) => {
      const code = row.values.code?.toLowerCase();
      if (code && /^[a-z]{2,3}$/.test(code)) return [code];
      problem(row, 'code', `"${row.values.code ?? ''}" is not a language code such as hy, az, ru or en`);
      return [];
    });
    const verifiedAt = exportDate(service.values.assured_date) ?? exportDate(service.values.last_modified);
    if (!verifiedAt) {
      options.notices?.add({ code: 'missing_assured_date', severity: 'WARNING', file: service.file, line: service.line, field: 'assured_date', message: `service "${serviceId}" says not when it was last checked; stamped with today, ${options.today}` });
    }
    const address = joinTexts(serviceLocations.flatMap((location) => (addressesOf.get(location.values.id!) ?? []).map(addressText)));
    const email = service.values.email ?? organization.values.email;
    const website = service.values.url ?? organization.values.url;
    if (website && !website.startsWith('https://')) {
      options.notices?.add({ code: 'insecure_url_dropped', severity: 'WARNING', file: service.file, line: service.line, field: 'url', message: `"${website}" is not an https:// link; left out` });
    }
    if (!name || !description || !area || categories.length === 0) continue;
    contacts.push({
      // HSDS ids are often UUIDs; toRecordId keeps a longer one within 64 characters, the same on every export.
      id: toRecordId(`ct-${serviceId}`),
      source: exportL10n(organization.values, 'name')!.en,
      verifiedAt: verifiedAt ?? options.today,
      name,
      description,
      categories,
      phones: contactPhones,
      ...(email ? { email } : {}),
      ...(website?.startsWith('https://') ? { website } : {}),
      ...(address ? { address } : {}),
      ...(hours ? { hours } : {}),
      languages: [...new Set(spoken)],
      area,
    });
  }
  if (problems.length > 0) throw new SourceError(problems.join('\n'));
  return validateRecords(`${dir}/services.csv`, 'contacts', contacts, ContactSchema) as Contact[];
}

/** Texts of several records as one, language by language ("Goris; Stepanakert"). */
function joinTexts(texts: readonly (L10n | undefined)[]): L10n | undefined {
  const present = texts.filter((text): text is L10n => text !== undefined);
  if (present.length === 0) return undefined;
  const joined: L10n = { en: present.map((text) => text.en).join('; ') };
  for (const language of ['hy', 'az', 'ru'] as const) {
    if (present.every((text) => text[language])) joined[language] = present.map((text) => text[language]).join('; ');
  }
  return joined;
}

const ADDRESS_COLUMNS = ['address_1', 'address_2', 'city', 'state_province', 'region', 'country'];

function addressText(row: CsvRow): L10n | undefined {
  const en = ADDRESS_COLUMNS.map((column) => row.values[column]).filter(Boolean).join(', ');
  if (!en) return undefined;
  const text: L10n = { en };
  for (const language of ['hy', 'az', 'ru'] as const) {
    // A translated address needs its street at least; the rest falls back to the original.
    if (row.values[`address_1_${language}`]) text[language] = ADDRESS_COLUMNS.map((column) => row.values[`${column}_${language}`] ?? row.values[column]).filter(Boolean).join(', ');
  }
  return text;
}

function categoriesOf(attributes: readonly CsvRow[], termById: ReadonlyMap<string, CsvRow>, notices: Notices | undefined): ContactCategory[] {
  const categories = new Set<ContactCategory>();
  for (const attribute of attributes) {
    const term = termById.get(attribute.values.taxonomy_term_id!);
    const code = (term?.values.code ?? term?.values.name ?? attribute.values.taxonomy_term_id!).toLowerCase();
    if ((CONTACT_CATEGORIES as readonly string[]).includes(code)) categories.add(code as ContactCategory);
    else notices?.add({ code: 'unmapped_taxonomy_term', severity: 'INFO', file: attribute.file, line: attribute.line, field: 'taxonomy_term_id', message: `term "${code}" is not a Homeward category; ignored` });
  }
  return [...categories];
}

/** The service's own phones (at any of its locations too); else its locations'; else its organization's general ones. */
function phonesOf(
  serviceId: string,
  links: readonly CsvRow[],
  locations: readonly CsvRow[],
  organization: CsvRow,
  phonesBy: Record<'service' | 'serviceAtLocation' | 'location' | 'organization', Map<string, CsvRow[]>>,
  problem: (row: CsvRow, column: string | undefined, text: string) => void,
  notices: Notices | undefined,
): Contact['phones'] {
  const own = [...(phonesBy.service.get(serviceId) ?? []), ...links.flatMap((link) => (link.values.id ? (phonesBy.serviceAtLocation.get(link.values.id) ?? []) : []))];
  const atLocations = locations.flatMap((location) => (phonesBy.location.get(location.values.id!) ?? []).filter((row) => !row.values.service_id && !row.values.service_at_location_id));
  const general = (phonesBy.organization.get(organization.values.id!) ?? []).filter((row) => !row.values.service_id && !row.values.location_id);
  const rows = own.length > 0 ? own : atLocations.length > 0 ? atLocations : general;
  return rows.flatMap((row) => {
    const type = PHONE_TYPES[(row.values.type ?? 'voice').toLowerCase()];
    if (!type) {
      notices?.add({ code: 'unusable_phone_type', severity: 'INFO', file: row.file, line: row.line, field: 'type', message: `a ${row.values.type} number cannot be called from a phone's app; left out` });
      return [];
    }
    // Dialling punctuation goes; a leading 00 is the international prefix a phone writes as +.
    const number = row.values.number!.replace(/[-().\u00a0]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^00/, '+');
    if (!/^\+?[0-9][0-9 ]{1,19}$/.test(number)) {
      problem(row, 'number', `"${row.values.number}" is not a phone number (digits, spaces and an optional leading +)`);
      return [];
    }
    const label = exportL10n(row.values, 'description');
    const extension = row.values.extension;
    const labelled = extension ? { ...(label ?? { en: '' }), en: [label?.en, `ext. ${extension}`].filter(Boolean).join(', ') } : label;
    return [{ number, type, ...(labelled ? { label: labelled } : {}) }];
  });
}

/** Weekly opening hours from schedules.csv rows: RRULE-style byday (MO,TU…) or a weekday column. */
function hoursOf(rows: readonly CsvRow[], problem: (row: CsvRow, column: string | undefined, text: string) => void): Contact['hours'] {
  if (rows.length === 0) return undefined;
  let timezone: string | undefined;
  const periods: NonNullable<Contact['hours']>['periods'] = [];
  for (const row of rows) {
    const freq = row.values.freq?.toUpperCase();
    if (freq && freq !== 'WEEKLY') {
      problem(row, 'freq', `"${row.values.freq}": only weekly opening hours can be shown`);
      continue;
    }
    const days = (row.values.byday ?? row.values.weekday ?? '').split(',').map((day) => day.trim().toUpperCase()).filter(Boolean).map((day) => (/^[1-7]$/.test(day) ? Number(day) : WEEKDAYS.indexOf(day.slice(0, 2) as (typeof WEEKDAYS)[number]) + 1));
    if (days.length === 0 || days.some((day) => day < 1)) {
      problem(row, 'byday', `"${row.values.byday ?? row.values.weekday ?? ''}" is not a list of weekdays such as MO,TU,WE`);
      continue;
    }
    const opens = clock(row.values.opens_at);
    const closes = clock(row.values.closes_at);
    if (!opens || !closes) {
      problem(row, opens ? 'closes_at' : 'opens_at', `"${(opens ? row.values.closes_at : row.values.opens_at) ?? ''}" is not a time of day (HH:MM)`);
      continue;
    }
    const zone = zoneOf(row.values.timezone);
    if (!zone) {
      problem(row, 'timezone', `"${row.values.timezone ?? ''}": give a time zone such as Asia/Yerevan or Asia/Baku, or a whole-hour UTC offset such as 4`);
      continue;
    }
    if (timezone && zone !== timezone) problem(row, 'timezone', `"${zone}" differs from the service's other opening hours (${timezone})`);
    timezone = zone;
    periods.push({ days: [...new Set(days)].sort(), opens, closes });
  }
  return timezone ? { timezone, periods } : undefined;
}

function clock(text: string | undefined): string | undefined {
  const match = text && /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(text);
  if (!match || Number(match[1]) > 24) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** An IANA zone as given, or HSDS 3.0's UTC offset in hours as the IANA Etc zone (whose sign is inverted). */
function zoneOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^[A-Za-z]+\/[A-Za-z_]+$/.test(text)) return text;
  const offset = /^[+-]?\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(offset) || Math.abs(offset) > 14) return undefined;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
