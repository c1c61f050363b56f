// A record in few bytes, exactly as the publisher signed it: field names and common values by
// number, integers as varints, decimals as digits and an exponent (so 47.1512 comes back as the
// same number, spelt the same in canonical JSON), dates as days, texts one byte per letter. Human
// texts (model/record-signing.ts `isL10n`) become slots: the encoder writes, for each language the
// code carries in that text's group, its text or "none"; the decoder reads them back in the same
// canonical order. Fixed for ever: a code printed today reads the same in every later release.
import { isL10n } from '../../../model/record-signing';
import { ByteReader, ByteWriter, CodeError } from './byte-stream';
import { isIdentifier, readIdentifier, writeIdentifier } from './identifiers';
import { WORD_NUMBERS, WORDS } from './words';
import { bestWindow, readWindowed, WINDOW_COUNT, writeWindowed } from './text-windows';


// One byte before every value says what follows.
const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const UINT = 3;
const NEGATIVE = 4; // −1 − varint
const DECIMAL = 5; // zigzag varint mantissa, then the power of ten as a zigzag varint
const DATE = 6; // YYYY-MM-DD as days since 1970-01-01
const WORD = 7; // a number in WORDS
const ARRAY = 8; // count, then the items
const OBJECT = 9; // count, then key and value pairs; a key is a WORDS number + 1, or 0 and a string
const TEXT = 10; // a human text: see the file comment
const STRING = 11; // … 11 + WINDOW_COUNT − 1: a string in text window (tag − 11)
const FLOAT64 = 15; // a number no decimal spells exactly in 53 bits: its eight IEEE 754 bytes
// Coordinates: a decimal of 1 to 16 places in the tag, then its zigzag mantissa (SHORT_DECIMAL),
// or the difference from the decimal at the same place of the previous array (DECIMAL_STEP), so
// a polygon's corners cost two or three bytes a number rather than eight.
const SHORT_DECIMAL = 16; // … 31: 10^−1 … 10^−16
const DECIMAL_STEP = 32; // … 47
const SHORT_PLACES = 16;
// An integer as the difference from the integer at the same place of the previous array: a
// departure's times in seconds cost one or two bytes, not three.
const INT_STEP = 48;
// An integer as the difference from the integer just before it in the same array: a departure
// that leaves the minute it arrives costs one byte.
const INT_AFTER = 49;
// An identifier (a stop's id, a record's id: lower-case letters, digits, - _ . :) three letters
// to two bytes, as a base-40 number: "stepanakert-square" in 12 bytes rather than 18.
const ID = 50;


const MAX_DEPTH = 12;
const MAX_ITEMS = 4096;
const DAY_MS = 86_400_000;

/** Which languages a text slot carries, in order, for a text in a given group. */
export type CarriedLanguages = (group: number) => readonly string[];

/** The last decimal at each place of an array, which a DECIMAL_STEP counts from. */
type LastDecimals = Map<number, { mantissa: number; exponent: number }>;
/** The last integer at each place of an array, which an INT_STEP counts from. */
type LastIntegers = Map<number, number>;

const varintBytes = (n: number) => Math.max(1, Math.ceil(Math.log2(n + 1) / 7));

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function writeString(out: ByteWriter, text: string): void {
  if (isIdentifier(text)) {
    out.byte(ID);
    writeIdentifier(out, text);
    return;
  }
  const window = bestWindow(text);
  out.byte(STRING + window);
  writeWindowed(out, text, window);
}

/** A finite non-integer as mantissa × 10^exponent, when that spells it back exactly. */
function decimalParts(value: number): [number, number] | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return undefined;
  const [, sign, whole, fraction = '', power = '0'] = match;
  const mantissa = Number(`${sign}${whole}${fraction}`);
  const exponent = Number(power) - fraction.length;
  if (!Number.isSafeInteger(zigzag(mantissa)) || Number(`${mantissa}e${exponent}`) !== value) return undefined;
  return [mantissa, exponent];
}

const isDateString = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text)).toISOString().slice(0, 10) === text;

/** Writes `value`; `groupOfField` names the text group of a top-level field, `carried` the languages a slot of that group holds. */
export function writeValue(out: ByteWriter, value: unknown, carried: CarriedLanguages, groupOfField: (field: string) => number): void {
  const last: LastDecimals = new Map();
  const lastIntegers: LastIntegers = new Map();
  const write = (item: unknown, group: number, depth: number, place = -1, before?: unknown): void => {
    if (depth > MAX_DEPTH) throw new RangeError('record nested too deeply for a share code');
    if (item === null) out.byte(NULL);
    else if (item === false) out.byte(FALSE);
    else if (item === true) out.byte(TRUE);
    else if (typeof item === 'number') {
      if (Number.isSafeInteger(item)) {
        const previous = place >= 0 ? lastIntegers.get(place) : undefined;
        if (place >= 0) lastIntegers.set(place, item);
        const plain = varintBytes(item >= 0 ? item : -1 - item);
        const step = previous === undefined ? undefined : zigzag(item - previous);
        const after = typeof before === 'number' && Number.isSafeInteger(before) ? zigzag(item - before) : undefined;
        const isStepShorter = step !== undefined && Number.isSafeInteger(step) && varintBytes(step) < plain;
        if (after !== undefined && Number.isSafeInteger(after) && varintBytes(after) < plain && (!isStepShorter || varintBytes(after) <= varintBytes(step))) {
          out.byte(INT_AFTER);
          out.varint(after);
        } else if (isStepShorter) {
          out.byte(INT_STEP);
          out.varint(step);
        } else {
          out.byte(item >= 0 ? UINT : NEGATIVE);
          out.varint(item >= 0 ? item : -1 - item);
        }
      } else {
        const parts = Number.isFinite(item) ? decimalParts(item) : undefined;
        if (parts) writeDecimal(out, parts[0], parts[1], place, last);
        else if (Number.isFinite(item)) writeFloat64(out, item);
        else throw new RangeError(`number ${item} cannot travel in a share code`);
      }
    } else if (typeof item === 'string') {
      const word = WORD_NUMBERS.get(item);
      if (word !== undefined) {
        out.byte(WORD);
        out.varint(word);
      } else if (isDateString(item)) {
        out.byte(DATE);
        out.varint(zigzag(Date.parse(item) / DAY_MS));
      } else writeString(out, item);
    } else if (Array.isArray(item)) {
      out.byte(ARRAY);
      out.varint(item.length);
      item.forEach((element, index) => write(element, group, depth + 1, index, item[index - 1]));
    } else if (isL10n(item)) {
      out.byte(TEXT);
      for (const lang of carried(group)) {
        const text = (item as Record<string, string | undefined>)[lang];
        if (text === undefined) out.byte(NULL);
        else writeString(out, text);
      }
    } else if (typeof item === 'object') {
      const keys = Object.keys(item).sort();
      out.byte(OBJECT);
      out.varint(keys.length);
      for (const key of keys) {
        const word = WORD_NUMBERS.get(key);
        if (word !== undefined) out.varint(word + 1);
        else {
          out.varint(0);
          writeString(out, key);
        }
        write((item as Record<string, unknown>)[key], depth === 0 ? groupOfField(key) : group, depth + 1);
      }
    } else throw new RangeError(`a ${typeof item} cannot travel in a share code`);
  };
  write(value, 0, 0);
}

function writeFloat64(out: ByteWriter, value: number): void {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, value);
  out.byte(FLOAT64);
  out.raw(bytes);
}

function writeDecimal(out: ByteWriter, mantissa: number, exponent: number, place: number, last: LastDecimals): void {
  const previous = place >= 0 ? last.get(place) : undefined;
  if (place >= 0) last.set(place, { mantissa, exponent });
  if (exponent < -SHORT_PLACES || exponent > -1) {
    out.byte(DECIMAL);
    out.varint(zigzag(mantissa));
    out.varint(zigzag(exponent));
    return;
  }
  const scaled = previous && previous.exponent >= exponent ? previous.mantissa * 10 ** (previous.exponent - exponent) : undefined;
  if (scaled !== undefined && Number.isSafeInteger(scaled) && Number.isSafeInteger(zigzag(mantissa - scaled)) && varintBytes(zigzag(mantissa - scaled)) < varintBytes(zigzag(mantissa))) {
    out.byte(DECIMAL_STEP - 1 - exponent);
    out.varint(zigzag(mantissa - scaled));
  } else {
    out.byte(SHORT_DECIMAL - 1 - exponent);
    out.varint(zigzag(mantissa));
  }
}

/** A text slot as read: the carried languages' texts (a language the text lacks is absent). */
export class TextSlot {
  constructor(
    readonly group: number,
    readonly texts: Partial<Record<string, string>>,
  ) {}
}

/** Reads a value written by writeValue; texts come back as TextSlots. Throws CodeError on anything malformed. */
export function readValue(input: ByteReader, carried: CarriedLanguages, groupOfField: (field: string) => number): unknown {
  let items = 0;
  const last: LastDecimals = new Map();
  const lastIntegers: LastIntegers = new Map();
  const integer = (value: number, place: number): number => {
    if (!Number.isSafeInteger(value)) throw new CodeError('number out of range');
    if (place >= 0) lastIntegers.set(place, value);
    return value;
  };
  const decimal = (mantissa: number, exponent: number, place: number): number => {
    if (!Number.isSafeInteger(mantissa) || Math.abs(exponent) > 400) throw new CodeError('number out of range');
    if (place >= 0) last.set(place, { mantissa, exponent });
    const value = Number(`${mantissa}e${exponent}`);
    if (!Number.isFinite(value)) throw new CodeError('not a finite number');
    return value;
  };
  const readString = (tag: number): string => {
    if (tag === ID) return readIdentifier(input);
    if (tag < STRING || tag >= STRING + WINDOW_COUNT) throw new CodeError('not a string');
    return readWindowed(input, tag - STRING);
  };
  const read = (group: number, depth: number, place = -1, before?: unknown): unknown => {
    if (depth > MAX_DEPTH) throw new CodeError('nested too deeply');
    if (++items > MAX_ITEMS) throw new CodeError('too many values');
    const tag = input.byte();
    if (tag >= SHORT_DECIMAL && tag < SHORT_DECIMAL + SHORT_PLACES) return decimal(unzigzag(input.varint()), SHORT_DECIMAL - 1 - tag, place);
    if (tag >= DECIMAL_STEP && tag < DECIMAL_STEP + SHORT_PLACES) {
      const exponent = DECIMAL_STEP - 1 - tag;
      const previous = place >= 0 ? last.get(place) : undefined;
      if (!previous || previous.exponent < exponent) throw new CodeError('a step with nothing to count from');
      return decimal(previous.mantissa * 10 ** (previous.exponent - exponent) + unzigzag(input.varint()), exponent, place);
    }
    switch (tag) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case UINT:
        return integer(input.varint(), place);
      case NEGATIVE:
        return integer(-1 - input.varint(), place);
      case INT_AFTER: {
        if (typeof before !== 'number' || !Number.isSafeInteger(before)) throw new CodeError('a step with nothing to count from');
        return integer(before + unzigzag(input.varint()), place);
      }
      case INT_STEP: {
        const previous = place >= 0 ? lastIntegers.get(place) : undefined;
        if (previous === undefined) throw new CodeError('a step with nothing to count from');
        return integer(previous + unzigzag(input.varint()), place);
      }
      case DECIMAL:
        return decimal(unzigzag(input.varint()), unzigzag(input.varint()), place);
      case FLOAT64: {
        const value = new DataView(input.raw(8).buffer).getFloat64(0);
        if (!Number.isFinite(value)) throw new CodeError('not a finite number');
        return value;
      }
      case DATE: {
        const days = unzigzag(input.varint());
        const date = new Date(days * DAY_MS);
        if (Number.isNaN(date.getTime())) throw new CodeError('date out of range');
        return date.toISOString().slice(0, 10);
      }
      case WORD: {
        const word = WORDS[input.varint()];
        if (word === undefined) throw new CodeError('unknown word');
        return word;
      }
      case ARRAY: {
        const count = input.varint();
        if (count > MAX_ITEMS) throw new CodeError('too many items');
        const items: unknown[] = [];
        for (let index = 0; index < count; index++) items.push(read(group, depth + 1, index, items[index - 1]));
        return items;
      }
      case OBJECT: {
        const count = input.varint();
        if (count > MAX_ITEMS) throw new CodeError('too many fields');
        const object: Record<string, unknown> = {};
        let previous = '';
        for (let i = 0; i < count; i++) {
          const number = input.varint();
          const key = number === 0 ? readString(input.byte()) : WORDS[number - 1];
          if (key === undefined) throw new CodeError('unknown field');
          // One spelling per record: keys in canonical order, each once ("__proto__" is refused with the rest).
          if (i > 0 && key <= previous) throw new CodeError('fields out of order');
          if (key === '__proto__') throw new CodeError('forbidden field');
          previous = key;
          object[key] = read(depth === 0 ? groupOfField(key) : group, depth + 1);
        }
        return object;
      }
      case TEXT: {
        const texts: Partial<Record<string, string>> = {};
        for (const lang of carried(group)) {
          const textTag = input.byte();
          if (textTag !== NULL) texts[lang] = readString(textTag);
        }
        return new TextSlot(group, texts);
      }
      default:
        return readString(tag);
    }
  };
  return read(0, 0);
}
