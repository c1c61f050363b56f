// First-load module: the feed's fixed vocabularies, without the schemas (valibot loads with sync).

/** The languages the app and its content speak. */
export const LANGUAGES = ['hy', 'az', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The datasets a feed carries, in the order Settings lists them. */
export const DATASET_NAMES = ['places', 'hazards', 'transit', 'contacts', 'sites', 'basemap'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const HAZARD_KINDS = ['cha', 'sha', 'erw', 'accident', 'released'] as const;
export const HAZARD_STATUSES = ['active', 'clearance', 'released'] as const;

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
export const PHONE_TYPES = ['voice', 'sms', 'whatsapp', 'telegram', 'viber'] as const;

/** What a service alert says about a route. */
export const ALERT_KINDS = ['cancelled', 'delayed', 'road-closed', 'notice'] as const;

/** Lines drawn on the offline map. */
export const MAP_LINE_KINDS = ['main-road', 'road', 'contact-line'] as const;

export const SITE_KINDS = ['church', 'monastery', 'mosque', 'cemetery', 'museum', 'archaeological'] as const;
export const ACCESS_STATUSES = ['open', 'escort', 'permit', 'closed', 'unknown'] as const;
