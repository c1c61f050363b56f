// Which texts a record's share code carries: as much as fits a QR code a cheap phone camera reads
// off a phone screen. The wanted languages come in order (the sender's, then English, then any
// asked for); the code drops the last text groups of the last languages first, then whole
// languages, and at the very least carries the first group (titles, names) of the first language.
import { encode } from 'uqr';
import { textGroupCount } from '../../../model/datasets';
import { splitTexts } from '../../../model/record-signing';
import { LANGUAGES, type Language } from '../../../model/vocabulary';
import { encodeRecordCode, recordCodeLink, type CarriedGroups, type RecordToShare } from './record-code';

/** The densest code shared: version 15 (77 modules) reads at 280 CSS px from a 1× screen. */
export const MAX_QR_VERSION = 15;
/** Level M: a smudge or a glare spot on either screen still leaves the code readable. */
export const QR_ECC = 'M';
export type QrEcc = 'M';

/** A code that fits, what it carries, and how dense it is. */
export interface FittingCode {
  fits: true;
  link: string;
  version: number;
  ecc: QrEcc;
  carried: CarriedGroups;
}

/** A record too large for one code (a long polygon): it goes as an animated sequence of the whole record. */
export interface TooLargeCode {
  fits: false;
  /** The code's bytes with every wanted language whole, for the fountain-coded sender. */
  bytes: Uint8Array;
  carried: CarriedGroups;
}

/** The QR version a link needs at `ecc`, or undefined past `maxVersion`. */
export function qrVersionOf(link: string, ecc: QrEcc = QR_ECC, maxVersion = MAX_QR_VERSION): number | undefined {
  try {
    return encode(link, { ecc, maxVersion, border: 4 }).version;
  } catch {
    return undefined;
  }
}

/**
 * The steps from everything wanted down to the first group of the first language, most first.
 * Groups leave in the reverse of their worth: a text group of a later language before the same
 * group of an earlier one, later groups before earlier ones. So English's title stays longer than
 * the sender's own advice: the receiver may read only English.
 */
export function carryLadder(table: string, record: object, wanted: readonly Language[]): CarriedGroups[] {
  const groups = textGroupCount(table);
  const { texts } = splitTexts(table, record);
  // A language the record does not have costs a byte per text when carried and 12 bytes as a
  // digest: carry it, whoever wants it, as long as it has fewer than 16 texts.
  const isFree = (lang: Language) => texts[lang].every((group) => group.every((text) => text === null)) && texts[lang].flat().length < 16;
  const order = [...new Set(wanted)].filter((lang) => !isFree(lang));
  const full = Object.fromEntries(LANGUAGES.map((lang) => [lang, isFree(lang) ? groups : 0])) as CarriedGroups;
  // Every (language, group) in order of worth; each step of the ladder carries a prefix of it.
  const worth = Array.from({ length: groups }, (_, group) => order.map((lang) => ({ lang, group }))).flat();
  const ladder: CarriedGroups[] = [];
  for (let length = worth.length; length >= 1; length--) {
    const carried = { ...full };
    for (const { lang } of worth.slice(0, length)) carried[lang] += 1;
    ladder.push(carried);
  }
  return ladder.length > 0 ? ladder : [full];
}

/** The fullest code of the ladder that fits, or the whole record for the animated sender. */
export async function chooseShareCode(shared: RecordToShare, origin: string, wanted: readonly Language[]): Promise<FittingCode | TooLargeCode> {
  const ladder = carryLadder(shared.table, shared.record, wanted);
  const links = await Promise.all(ladder.map(async (carried) => ({ carried, link: recordCodeLink(origin, await encodeRecordCode(shared, carried)) })));
  for (const { carried, link } of links) {
    const version = qrVersionOf(link);
    if (version !== undefined) return { fits: true, link, version, ecc: QR_ECC, carried };
  }
  return { fits: false, bytes: await encodeRecordCode(shared, ladder[0]!), carried: ladder[0]! };
}
