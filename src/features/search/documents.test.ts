import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import contactsSource from '../../../feed/sources/contacts.json';
import hazardsSource from '../../../feed/sources/hazards.json';
import placesSource from '../../../feed/sources/places.json';
import sitesSource from '../../../feed/sources/sites.json';
import { ContactSchema, HazardSchema, PlaceSchema, SiteSchema } from '../../model/record-schemas';
import type { Stop } from '../../model/datasets';
import { toSearchDocuments } from './documents';
import { buildSearchIndex } from './search-index';
import { groupBySection } from './search-groups';
import { searchIndex } from './search-query';

const hazards = v.parse(v.array(HazardSchema), hazardsSource.hazards);
const contacts = v.parse(v.array(ContactSchema), contactsSource.contacts);
const sites = v.parse(v.array(SiteSchema), sitesSource.sites);
const places = v.parse(v.array(PlaceSchema), placesSource.places);
const stops: Stop[] = [
  {
    id: 'yerevan-kilikia',
    source: 'test',
    verifiedAt: '2020-12-01',
    name: { en: 'Yerevan', hy: 'Երևան', az: 'İrəvan', ru: 'Ереван' },
    lat: 40.183,
    lon: 44.517,
    description: { en: 'Kilikia bus station', ru: 'Автовокзал «Киликия»' },
  },
  { id: 'goris', source: 'test', verifiedAt: '2020-12-01', name: { en: 'Goris' }, lat: 39.508, lon: 46.339 },
];

describe('toSearchDocuments', () => {
  const documents = toSearchDocuments({ hazards, stops, contacts, sites, places });

  it('makes one document per place, hazard, stop, contact and site', () => {
    expect(documents.map((document) => `${document.section}/${document.id}`)).toEqual([
      ...places.map((place) => `places/${place.id}`),
      ...hazards.map((hazard) => `hazards/${hazard.id}`),
      ...stops.map((stop) => `stops/${stop.id}`),
      ...contacts.map((contact) => `contacts/${contact.id}`),
      ...sites.map((site) => `sites/${site.id}`),
    ]);
  });

  it('puts names and titles in every language first, then the other texts', () => {
    const site = sites[0]!;
    const siteDocument = documents.find((document) => document.id === site.id)!;
    expect(siteDocument.texts.slice(0, siteDocument.nameCount)).toEqual([site.name.en, site.name.hy, site.name.az, site.name.ru, ...site.otherNames]);
    expect(siteDocument.texts.slice(siteDocument.nameCount)).toEqual([site.description.en, site.description.hy, site.description.az, site.description.ru]);

    const contact = contacts.find((candidate) => candidate.id === 'ct-icrc-goris')!;
    const contactDocument = documents.find((document) => document.id === contact.id)!;
    expect(contactDocument.nameCount).toBe(4);
    expect(contactDocument.texts).toContain(contact.description.az);
    expect(contactDocument.texts).toContain(contact.area.ru);

    expect(documents.find((document) => document.section === 'stops' && document.id === 'goris')).toEqual({ section: 'stops', id: 'goris', texts: ['Goris'], nameCount: 1 });
    expect(documents.find((document) => document.section === 'places' && document.id === 'goris')).toEqual({
      section: 'places',
      id: 'goris',
      texts: ['Goris', 'Գորիս', 'Gorus', 'Горис'],
      nameCount: 4,
    });
    expect(documents.find((document) => document.id === 'yerevan-kilikia')!.texts.slice(4)).toEqual(['Kilikia bus station', 'Автовокзал «Киликия»']);
  });

  it("gives a hazard its district's names in every language, or the district id without places", () => {
    const hazard = hazards.find((candidate) => candidate.district === 'askeran')!;
    const withPlaces = documents.find((document) => document.id === hazard.id)!;
    expect(withPlaces.texts.slice(withPlaces.nameCount)).toEqual(['askeran', 'Askeran', 'Ասկերան', 'Əsgəran', 'Аскеран']);
    const withoutPlaces = toSearchDocuments({ hazards: [hazard], stops: [], contacts: [], sites: [] });
    expect(withoutPlaces[0]!.texts.slice(withoutPlaces[0]!.nameCount)).toEqual(['askeran']);
  });
});

describe('searching the demo feed', () => {
  const index = buildSearchIndex(toSearchDocuments({ hazards, stops, contacts, sites, places }));
  const first = (query: string) => searchIndex(index, query)[0];

  it('finds the hazards of a place from any of its names, whatever language the title is in', () => {
    for (const query of ['Ağdam', 'Агдам', 'Աղդամ', 'Akna']) {
      const agdamHazards = searchIndex(index, query).filter((result) => result.section === 'hazards');
      expect(agdamHazards.map((result) => result.id).sort(), query).toEqual(hazards.filter((hazard) => hazard.district === 'agdam').map((hazard) => hazard.id).sort());
    }
  });

  it('finds contacts, stops and sites by name, place and description', () => {
    expect(first('ICRC Goris')?.id).toBe('ct-icrc-goris');
    expect(first('МККК Горис')?.id).toBe('ct-icrc-goris');
    expect(first('Kilikia')?.id).toBe('yerevan-kilikia');
    expect(first('Xudavəng')?.id).toBe('site-dadivank');
    expect(first('Гандзасар')?.id).toBe('site-gandzasar');
    expect(first('HALO')?.id).toBe('ct-halo-trust');
  });

  it('shows the place first however its name is typed: plain keyboard, slip, wrong layout', () => {
    // What the screen shows first: the best result of the first group.
    const top = (query: string) => {
      const result = groupBySection(searchIndex(index, query))[0]?.results[0];
      return result && `${result.section}/${result.id}`;
    };
    expect(top('susa')).toBe('places/shushi');
    expect(top('lacin')).toBe('places/lachin');
    expect(top('Lahcin')).toBe('places/lachin');
    expect(top('Agam')).toBe('places/agdam');
    expect(top('Gois')).toBe('places/goris');
    expect(top('Siian')).toBe('places/sisian');
    expect(top('Cntgfyfrthn')).toBe('places/stepanakert');
    expect(top('Ieif')).toBe('places/shushi');
    expect(top('Ыргырш')).toBe('places/shushi');
    expect(top('Ste3anake8t')).toBe('places/stepanakert');
    expect(top('Սհւսհի')).toBe('places/shushi');
  });

  it('groups a place search by section', () => {
    const results = searchIndex(index, 'Stepanakert', 50);
    const groups = groupBySection(results);
    // The place itself, its hazards and the EMERCOM contact name it; site descriptions mention it.
    expect(groups.map((group) => group.section)).toEqual(['places', 'hazards', 'contacts', 'sites']);
    expect(groups[0]!.results.map((result) => result.id)).toEqual(['stepanakert']);
    expect(groups.flatMap((group) => group.results)).toHaveLength(results.length);
  });
});
