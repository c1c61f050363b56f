// First-load module: the feed's fixed vocabularies, without the schemas (valibot loads with sync).

/** The languages the app and its content speak. */
export const LANGUAGES = ['hy', 'az', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A human text in up to four languages; English is required and is the fallback. */
export interface L10n {
  en: string;
  hy?: string;
  az?: string;
  ru?: string;
}

/** IMAS terms: confirmed and suspected hazardous areas, explosive remnants, accidents, released land. */
export const HAZARD_KINDS = ['cha', 'sha', 'erw', 'accident', 'released'] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];
export const HAZARD_STATUSES = ['active', 'clearance', 'released'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const CONTACT_CATEGORIES = [
  'emergency',
  'medical',
  'shelter',
  'food',
  'cash',
  'legal',
  'tracing',
  'psychosocial',
  'mine-action',
  'transport',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];
export const PHONE_TYPES = ['voice', 'sms', 'whatsapp', 'telegram', 'viber'] as const;

/** What a service alert says about a route. */
export const ALERT_KINDS = ['cancelled', 'delayed', 'road-closed', 'notice'] as const;

/** Lines drawn on the offline map. */
export const MAP_LINE_KINDS = ['main-road', 'road', 'contact-line'] as const;

export const PLACE_KINDS = ['city', 'town', 'district'] as const;

export const SITE_KINDS = ['church', 'monastery', 'mosque', 'cemetery', 'museum', 'archaeological'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export const ACCESS_STATUSES = ['open', 'escort', 'permit', 'closed', 'unknown'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

/**
 * The sections search results are grouped in, in the order the groups are shown: the place
 * first (its screen gathers the rest), then mine hazards, which are what keeps people alive.
 */
export const SEARCH_SECTIONS = ['places', 'hazards', 'contacts', 'sites', 'stops'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number];
