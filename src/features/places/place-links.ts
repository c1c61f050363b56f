// What a place's screen gathers: the records that belong to it. Hazards name their district;
// sites and stops carry only coordinates, so they belong by distance; contacts name their area
// (and often their town) in free text, so they belong by name. No DOM here.
import type { Contact, HazardSummary, Place, Site, Stop } from '../../model/datasets';
import type { L10n } from '../../model/vocabulary';
import { distanceMeters } from '../hazards/geo';
import { plainKeyboardKey, skeletonWords } from '../search/transliterate';

/** Sites this close to a place's centre are listed on its screen (most heritage sites stand outside the towns). */
export const PLACE_SITE_RADIUS_M = 25_000;
/** Stops this close to a place's centre are the place's stops (coordinates are approximate, ±1 km). */
export const PLACE_STOP_RADIUS_M = 5_000;

/** The hazards reported in the place's district, newest first. */
export function hazardsOfPlace(place: Pick<Place, 'id'>, hazards: readonly HazardSummary[]): HazardSummary[] {
  return hazards.filter((hazard) => hazard.district === place.id).sort((a, b) => (a.reportedAt < b.reportedAt ? 1 : a.reportedAt > b.reportedAt ? -1 : 0));
}

/** Records within `radius` metres of the place's centre, nearest first, with their distance. */
function near<R extends { lat: number; lon: number }>(place: Pick<Place, 'lat' | 'lon'>, candidates: readonly R[], radius: number): { record: R; metres: number }[] {
  return candidates
    .map((record) => ({ record, metres: distanceMeters([place.lon, place.lat], [record.lon, record.lat]) }))
    .filter(({ metres }) => metres <= radius)
    .sort((a, b) => a.metres - b.metres);
}

/** Heritage sites within PLACE_SITE_RADIUS_M, nearest first. */
export function sitesNearPlace(place: Pick<Place, 'lat' | 'lon'>, sites: readonly Site[]): { record: Site; metres: number }[] {
  return near(place, sites, PLACE_SITE_RADIUS_M);
}

/** Bus stops within PLACE_STOP_RADIUS_M, nearest first. */
export function stopsOfPlace(place: Pick<Place, 'lat' | 'lon'>, stops: readonly Stop[]): { record: Stop; metres: number }[] {
  return near(place, stops, PLACE_STOP_RADIUS_M);
}

const texts = (text: L10n) => [text.en, text.hy, text.az, text.ru].filter((value): value is string => value !== undefined);

/** Each name a place carries, one by one: "Stepanakert (Khankendi)" is Stepanakert and Khankendi. */
function separateNames(name: L10n): string[] {
  return texts(name).flatMap((text) => text.split(/[(),]/)).map((part) => part.trim()).filter((part) => part !== '');
}

/** The word keys of a text, as search compares them: any script, any spelling. */
const wordKeys = (text: string) => skeletonWords(text).map(plainKeyboardKey);

/** Contacts whose area or name names the place, by any of its names in any language ("ICRC — sub-delegation in Goris"). */
export function contactsOfPlace(place: Pick<Place, 'name'>, contacts: readonly Contact[]): Contact[] {
  const names = separateNames(place.name).map(wordKeys).filter((keys) => keys.length > 0);
  return contacts.filter((contact) => {
    const words = new Set([...texts(contact.area), ...texts(contact.name)].flatMap(wordKeys));
    return names.some((keys) => keys.every((key) => words.has(key)));
  });
}
