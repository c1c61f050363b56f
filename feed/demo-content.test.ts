// Checks on the demo feed's content that a schema cannot express: the rules of docs/domain.md.
import { describe, expect, it } from 'vitest';
import { readAllTables } from './read-all-tables';
import { LANGUAGES } from '../src/model/vocabulary';

const SOURCES = 'feed/sources';
// The only numbers docs/domain.md gives; anything else would be invented.
const KNOWN_NUMBERS = new Set(['112', '911', '101', '102', '103', '0 8000 9000']);
const FORBIDDEN = [/\bsafe\b/i, /безопасн/i, /təhlükəsiz/i, /անվտանգ/, /\boccupied\b/i, /\bliberated\b/i, /Artsakh Republic/i, /оккупир/i, /освобожд/i, /işğal/i, /azad edil/i];

const load = async () => {
  const { tables } = await readAllTables(SOURCES, 'feed/demo-gtfs');
  return { places: tables.places.places, hazards: tables.hazards.hazards, contacts: tables.contacts.contacts, sites: tables.sites.sites, transit: tables.transit, basemap: tables.basemap.mapLines };
};

/** Every `{ en, … }` text inside a value, with its path. */
function texts(value: unknown, path = ''): [string, Record<string, string>][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') return [[path, record as Record<string, string>]];
    return Object.entries(record).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('demo feed content', () => {
  it('has enough records on both sides: ≥12 hazards, ≥10 contacts, ≥8 sites', async () => {
    const { hazards, contacts, sites } = await load();
    expect(hazards.length).toBeGreaterThanOrEqual(12);
    expect(contacts.length).toBeGreaterThanOrEqual(10);
    expect(sites.length).toBeGreaterThanOrEqual(8);
    const districts = new Set(hazards.map((hazard) => hazard.district));
    for (const district of ['fizuli', 'agdam', 'jebrail', 'hadrut', 'kelbajar']) expect(districts).toContain(district);
  });

  it('writes every human text in all four languages', async () => {
    const missing = texts(await load()).flatMap(([path, text]) => LANGUAGES.filter((lang) => !text[lang]).map((lang) => `${path}.${lang}`));
    expect(missing).toEqual([]);
  });

  it('uses no phone number that docs/domain.md does not give', async () => {
    const { contacts, transit } = await load();
    const numbers = [...contacts.flatMap((contact) => contact.phones.map((phone) => phone.number)), ...transit.agencies.flatMap((agency) => agency.phone ?? [])];
    expect(numbers.filter((number) => !KNOWN_NUMBERS.has(number))).toEqual([]);
  });

  it('never calls a place safe and uses no political wording, in any language', async () => {
    const offending = texts(await load()).flatMap(([path, text]) =>
      Object.values(text).flatMap((value) => FORBIDDEN.filter((pattern) => pattern.test(value)).map((pattern) => `${path}: ${pattern} in "${value}"`)),
    );
    expect(offending).toEqual([]);
  });

  it('shows both names of two-name places', async () => {
    const { places } = await load();
    const stepanakert = places.find((place) => place.id === 'stepanakert')!;
    expect(stepanakert.name.en).toBe('Stepanakert (Khankendi)');
    expect(stepanakert.name.az).toBe('Xankəndi (Stepanakert)');
    expect(stepanakert.name.hy).toBe('Ստեփանակերտ (Խանքենդի)');
    expect(stepanakert.name.ru).toBe('Степанакерт (Ханкенди)');
  });
});
