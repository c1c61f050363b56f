// The words a share code writes by number (compact-value.ts): fixed for ever, so a code printed
// today reads the same in every later release.

/**
 * Words by number: field names of every shareable table, then values from the vocabulary.
 * Append only; a word's number is its place in this list.
 */
export const WORDS = [
  // provenance and shared fields
  'id', 'source', 'verifiedAt', 'signature', 'name', 'description', 'kind', 'lat', 'lon',
  // hazards
  'status', 'geometry', 'type', 'coordinates', 'radiusM', 'title', 'advice', 'district', 'reportedAt', 'Point', 'Polygon',
  'cha', 'sha', 'erw', 'accident', 'released', 'active', 'clearance',
  // contacts
  'categories', 'phones', 'number', 'label', 'email', 'website', 'address', 'hours', 'timezone', 'periods', 'days', 'opens', 'closes', 'languages', 'area',
  'emergency', 'medical', 'shelter', 'food', 'cash', 'legal', 'tracing', 'psychosocial', 'mine-action', 'transport',
  'voice', 'sms', 'whatsapp', 'telegram', 'viber', 'hy', 'az', 'ru', 'en', 'Asia/Yerevan', 'Asia/Baku',
  // sites
  'otherNames', 'access', 'grantedBy', 'rules', 'church', 'monastery', 'mosque', 'cemetery', 'museum', 'archaeological',
  'open', 'escort', 'permit', 'closed', 'unknown',
  // trips
  'routeId', 'serviceId', 'headsign', 'stopTimes',
] as const;
export const WORD_NUMBERS = new Map<string, number>(WORDS.map((word, i) => [word, i]));
