// A contact as a vCard file for "save to phone". Version 3.0 (RFC 2426), because that is what phone
// scanners and contact apps read best; where RFC 6350 (4.0) agrees on the grammar (CRLF, folding at
// 75 octets, text escaping) the output follows both.
import { pickText } from '../../i18n/content-text';
import type { Contact } from '../../model/datasets';
import type { L10n, Language } from '../../model/vocabulary';

type Phone = Contact['phones'][number];
type PhoneType = Phone['type'];

/** The fixed words on a card; English unless the caller passes the UI's translations. */
export interface VCardWords {
  source: string;
  verified: string;
}

const ENGLISH_WORDS: VCardWords = { source: 'Source', verified: 'Verified' };

// Brand names and the two abbreviations people read in any language; used in the NOTE, because
// vCard 3.0 has no portable way to say "this number is on WhatsApp" (IMPP is 4.0-era and each app
// spells its own X- property).
const CHANNEL_NAMES: Record<PhoneType, string> = {
  voice: 'Tel',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  viber: 'Viber',
};

const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';
// CHARSET is a vCard 2.1 parameter that 3.0 left to MIME, but it is a syntactically valid parameter
// and Android's importer and common QR scanners garble Armenian and Cyrillic without it.
const UTF8 = 'CHARSET=utf-8';
const FILE_NAME_MAX = 40;

/** The contact as a vCard 3.0 text with CRLF line ends, texts in `lang` (English where missing). */
export function contactToVCard(contact: Contact, lang: Language, words: VCardWords = ENGLISH_WORDS): string {
  const text = (l10n: L10n) => pickText(l10n, lang).text;
  const name = escapeText(text(contact.name));
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN;${UTF8}:${name}`,
    // N is required in 3.0; an organisation has no given name, so its name is the family name.
    `N;${UTF8}:${name};;;;`,
    `ORG;${UTF8}:${name}`,
  ];
  for (const { number, types } of distinctNumbers(contact.phones)) {
    lines.push(`TEL;TYPE=${telType(types)}:${number}`);
  }
  if (contact.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(contact.email)}`);
  const website = httpsHref(contact.website);
  if (website) lines.push(`URL:${website}`);
  // Street, city and region come as one free text, so all of it goes in the street component.
  if (contact.address) lines.push(`ADR;TYPE=WORK;${UTF8}:;;${escapeText(text(contact.address))};;;;`);

  const note = [text(contact.description)];
  for (const phone of contact.phones) {
    if (phone.type === 'voice' && !phone.label) continue;
    const label = phone.label ? ` (${text(phone.label)})` : '';
    note.push(`${CHANNEL_NAMES[phone.type]}: ${phone.number}${label}`);
  }
  note.push(`${words.source}: ${contact.source} · ${words.verified}: ${contact.verifiedAt}`);
  lines.push(`NOTE;${UTF8}:${escapeText(note.join('\n'))}`, 'END:VCARD');

  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** A safe ASCII file name for the card, e.g. `homeward-icrc-delegation-in-yerevan.vcf`. */
export function vCardFileName(contact: Pick<Contact, 'id' | 'name'>, lang: Language): string {
  // The name the user read, where its script spells in ASCII (en, az); Armenian and Cyrillic would
  // need a transliteration table, so they fall back to English, and a name with no letters to the id.
  const slug = latinSlug(pickText(contact.name, lang).text) ?? latinSlug(contact.name.en) ?? contact.id;
  return `homeward-${slug}.vcf`;
}

/** RFC 2426 §4 / RFC 6350 §3.4 text escaping; other control characters have no place in a line. */
function escapeText(value: string): string {
  return value
    .replace(/[\\,;]/g, (char) => `\\${char}`)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Folds a content line so no physical line passes 75 octets of UTF-8, continuation lines led by a space. */
function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  // Whole code points (never half a UTF-8 sequence or a surrogate pair) and whole escapes: RFC 6350
  // allows splitting "\n" across a fold, but some importers unescape before they unfold.
  for (const unit of line.match(/\\.|[\s\S]/gu) ?? []) {
    const size = utf8Length(unit);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

function utf8Length(unit: string): number {
  let octets = 0;
  for (const char of unit) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}

/** One entry per number as dialled: a hotline listed for calls and for WhatsApp is one phone in a contact book. */
function distinctNumbers(phones: Contact['phones']): { number: string; types: Set<PhoneType> }[] {
  const byDigits = new Map<string, { number: string; types: Set<PhoneType> }>();
  for (const phone of phones) {
    const key = phone.number.replace(/\s+/g, '');
    const entry = byDigits.get(key);
    if (entry) entry.types.add(phone.type);
    else byDigits.set(key, { number: phone.number, types: new Set([phone.type]) });
  }
  return [...byDigits.values()];
}

// Only RFC 2426 TYPE values, because an unknown one becomes a literal custom label on Android
// ("TEXT" is 4.0-only). A number that takes texts or a messenger is a mobile number: CELL (Android
// "Mobile", iOS "mobile", and where messenger apps look for their users). A call-only line is the
// organisation's desk phone: WORK,VOICE (Android and iOS "Work"; VOICE alone is "Other" on Android).
function telType(types: Set<PhoneType>): string {
  return [...types].some((type) => type !== 'voice') ? 'CELL' : 'WORK,VOICE';
}

/** The normalised https URL, or undefined; a URI value is not text-escaped, so it must hold no line breaks. */
function httpsHref(website: string | undefined): string | undefined {
  if (!website) return undefined;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function latinSlug(text: string): string | undefined {
  const folded = text
    .toLowerCase()
    // Azerbaijani letters with no Unicode decomposition to a Latin base letter.
    .replace(/ə/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  if (/[^\P{L}a-z]/u.test(folded)) return undefined;
  let slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (slug.length > FILE_NAME_MAX) {
    const cut = slug.lastIndexOf('-', FILE_NAME_MAX);
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, FILE_NAME_MAX);
  }
  return slug || undefined;
}
