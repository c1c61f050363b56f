// Texts at one byte per letter in any of the app's four languages: UTF-8 spends two bytes on each
// Armenian or Cyrillic letter, and deflate gains little on a few sentences. A string names a
// window; ASCII stands as itself, the window's 96 letters and 32 shared punctuation marks take the
// bytes 0x80–0xFF, and anything else is escaped (0x7F, then its code point).
import { ByteReader, CodeError, type ByteWriter } from './byte-stream';

const ESCAPE = 0x7f;

/** Typographic marks all four languages use: quotes, dashes, the ellipsis, a no-break space. */
const PUNCTUATION = [...'\u00a0«»‘’‚“”„–—…·•№°×′″‹›€₽₼֏\u202f\u2011\u2010¶§©\u2212'];

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => String.fromCodePoint(from + i));

/**
 * The windows, by number. Fixed for ever: a code printed today must read the same in every later
 * release. 1 Armenian (U+0530–U+058F), 2 Cyrillic (U+0400–U+045F), 3 Latin letters of
 * Azerbaijani and its neighbours (Latin-1's letters, then ə ğ ı İ ş and their capitals…).
 */
const WINDOWS: readonly (readonly string[])[] = [
  [],
  range(0x0530, 96),
  range(0x0400, 96),
  [...range(0x00c0, 64), ...'ƏəĞğİıŞşŽžČčĆćŠšŁłŃńĀāĒēĪīŌōŪūŘř'],
];
for (const window of WINDOWS.slice(1)) if (window.length !== 96) throw new Error('a text window holds 96 letters');
if (PUNCTUATION.length !== 32) throw new Error('the shared punctuation holds 32 marks');

const CODES = WINDOWS.map((letters) => new Map([...letters, ...PUNCTUATION].map((char, i) => [char, 0x80 + i])));

/** The number of windows, for a tag range. */
export const WINDOW_COUNT = WINDOWS.length;

function encodedLength(text: string, window: number): number {
  let length = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < ESCAPE || CODES[window]!.has(char)) length += 1;
    else length += 1 + Math.ceil(Math.max(1, Math.log2(point + 1)) / 7);
  }
  return length;
}

/** The window that spells `text` in the fewest bytes (0, plain ASCII with escapes, for ties). */
export function bestWindow(text: string): number {
  let best = 0;
  let bestLength = encodedLength(text, 0);
  for (let window = 1; window < WINDOWS.length; window++) {
    const length = encodedLength(text, window);
    if (length < bestLength) [best, bestLength] = [window, length];
  }
  return best;
}

/** Writes `text` in `window`: its byte length, then its bytes. */
export function writeWindowed(out: ByteWriter, text: string, window: number): void {
  const codes = CODES[window]!;
  const bytes: number[] = [];
  for (const char of text) {
    const point = char.codePointAt(0)!;
    const code = codes.get(char);
    if (code !== undefined) bytes.push(code);
    else if (point < ESCAPE) bytes.push(point);
    else {
      bytes.push(ESCAPE);
      for (let rest = point; ; rest >>= 7) {
        if (rest < 0x80) {
          bytes.push(rest);
          break;
        }
        bytes.push((rest & 0x7f) | 0x80);
      }
    }
  }
  out.varint(bytes.length);
  for (const byte of bytes) out.byte(byte);
}

/** Reads a text written by writeWindowed in `window`; throws CodeError on a malformed one. */
export function readWindowed(input: ByteReader, window: number): string {
  const letters = window < WINDOWS.length ? [...WINDOWS[window]!, ...PUNCTUATION] : undefined;
  if (!letters) throw new CodeError('unknown text window');
  const bytes = new ByteReader(input.raw(input.varint()));
  let text = '';
  while (!bytes.isAtEnd) {
    const byte = bytes.byte();
    if (byte < ESCAPE) text += String.fromCharCode(byte);
    else if (byte > ESCAPE) {
      const letter = letters[byte - 0x80];
      if (letter === undefined) throw new CodeError('no letter at this place of the window');
      text += letter;
    } else {
      const point = bytes.varint();
      // Lone surrogates would not survive UTF-8 on the way to the signature check.
      if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) throw new CodeError('not a code point');
      text += String.fromCodePoint(point);
    }
  }
  return text;
}
