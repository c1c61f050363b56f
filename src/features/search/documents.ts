// Search only: turns feed records into the documents the search index is built from. No DOM here.
import type { Contact, Hazard, L10n, Place, Site, Stop } from '../../sync/feed-schema';
import type { SearchDocument } from './search-index';

/** The records one search covers; places, if given, lend hazards their district's names. */
export interface SearchableData {
  hazards: readonly Hazard[];
  stops: readonly Stop[];
  contacts: readonly Contact[];
  sites: readonly Site[];
  places?: readonly Place[];
}

/** One search document per hazard, stop, contact and site, with every language of each text. */
export function toSearchDocuments(data: SearchableData): SearchDocument[] {
  // Every language, whatever the screen's: a reader searches in their own language and script.
  const placesById = new Map((data.places ?? []).map((place) => [place.id, place]));
  const documents: SearchDocument[] = [];
  for (const hazard of data.hazards) {
    // Titles usually name the place, but not always ("Survey under way in the fields"): the
    // district's names make every hazard findable by its place, in every language. The id is
    // kept too, for when places are not loaded.
    const district = placesById.get(hazard.district);
    documents.push(document('hazards', hazard.id, allLanguages(hazard.title), [hazard.district, ...allLanguages(district?.name)]));
  }
  for (const stop of data.stops) {
    // The description says where the bus stops ("Kilikia bus station"), which people search for.
    documents.push(document('stops', stop.id, allLanguages(stop.name), allLanguages(stop.description)));
  }
  for (const contact of data.contacts) {
    // The area answers "who helps in Goris?".
    documents.push(document('contacts', contact.id, allLanguages(contact.name), [...allLanguages(contact.description), ...allLanguages(contact.area)]));
  }
  for (const site of data.sites) {
    documents.push(document('sites', site.id, [...allLanguages(site.name), ...site.otherNames], allLanguages(site.description)));
  }
  return documents;
}

function document(section: SearchDocument['section'], id: string, names: string[], otherTexts: string[]): SearchDocument {
  return { section, id, texts: [...names, ...otherTexts], nameCount: names.length };
}

function allLanguages(text: L10n | undefined): string[] {
  if (!text) return [];
  return [text.en, text.hy, text.az, text.ru].filter((value): value is string => value !== undefined);
}
