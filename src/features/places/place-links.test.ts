import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import contactsSource from '../../../feed/sources/contacts.json';
import hazardsSource from '../../../feed/sources/hazards.json';
import placesSource from '../../../feed/sources/places.json';
import sitesSource from '../../../feed/sources/sites.json';
import { ContactSchema, HazardSchema, PlaceSchema, SiteSchema } from '../../model/record-schemas';
import type { Stop } from '../../model/datasets';
import { contactsOfPlace, hazardsOfPlace, sitesNearPlace, stopsOfPlace } from './place-links';

const places = v.parse(v.array(PlaceSchema), placesSource.places);
const hazards = v.parse(v.array(HazardSchema), hazardsSource.hazards);
const contacts = v.parse(v.array(ContactSchema), contactsSource.contacts);
const sites = v.parse(v.array(SiteSchema), sitesSource.sites);
const place = (id: string) => places.find((candidate) => candidate.id === id)!;
const stop = (id: string, lat: number, lon: number): Stop => ({ id, name: { en: id }, lat, lon, source: 'test', verifiedAt: '2020-12-01' });

describe('what a place’s screen gathers from the demo feed', () => {
  it('lists the hazards of its district, newest first', () => {
    expect(hazardsOfPlace(place('agdam'), hazards).map((hazard) => hazard.id)).toEqual(['hz-agdam-north-accident', 'hz-agdam-town-ruins']);
    expect(hazardsOfPlace(place('yerevan'), hazards)).toEqual([]);
  });

  it('lists the heritage sites within 25 km, nearest first', () => {
    expect(sitesNearPlace(place('shushi'), sites).map(({ record }) => record.id)).toEqual(['site-ghazanchetsots', 'site-govhar-agha-upper']);
    expect(sitesNearPlace(place('agdam'), sites).map(({ record }) => record.id)).toEqual(['site-agdam-juma-mosque', 'site-tigranakert']);
    expect(sitesNearPlace(place('kelbajar'), sites).map(({ record }) => record.id)).toEqual(['site-dadivank']);
    expect(sitesNearPlace(place('yerevan'), sites)).toEqual([]);
  });

  it('lists the contacts whose area or name names the place, by any of its names', () => {
    expect(contactsOfPlace(place('goris'), contacts).map((contact) => contact.id)).toEqual(['ct-icrc-goris']);
    expect(contactsOfPlace(place('stepanakert'), contacts).map((contact) => contact.id)).toEqual(['ct-emercom-stepanakert']);
    expect(contactsOfPlace(place('baku'), contacts).map((contact) => contact.id)).toEqual(['ct-icrc-baku']);
    expect(contactsOfPlace(place('fizuli'), contacts)).toEqual([]);
  });

  it('lists the stops within 5 km', () => {
    const stops = [stop('square', 39.815, 46.752), stop('bus-station', 39.82, 46.76), stop('shushi', 39.758, 46.748)];
    expect(stopsOfPlace(place('stepanakert'), stops).map(({ record }) => record.id)).toEqual(['square', 'bus-station']);
    expect(stopsOfPlace(place('agdam'), stops)).toEqual([]);
  });
});
