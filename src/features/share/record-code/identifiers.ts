// Identifiers (a stop's id, a record's id: lower-case letters, digits, - _ . :) in a share code,
// three letters to two bytes as a base-40 number: "stepanakert-square" in 12 bytes rather than 18.
import { type ByteReader, type ByteWriter, CodeError } from './byte-stream';

const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyz-_.:';
const VALUES = new Map([...LETTERS].map((letter, value) => [letter, value]));
/** Longest identifier a code may hold: a bound on what a hostile code makes the reader build. */
const MAX_LETTERS = 4096;

/** Whether `text` is written as an identifier: three letters or more, all of them from LETTERS. */
export const isIdentifier = (text: string) => text.length >= 3 && [...text].every((letter) => VALUES.has(letter));

/** Its length, then each three letters as two bytes (a last one or two as one or two bytes). */
export function writeIdentifier(out: ByteWriter, text: string): void {
  out.varint(text.length);
  for (let at = 0; at < text.length; at += 3) {
    const value = [...text.slice(at, at + 3)].reduce((sum, letter) => sum * 40 + VALUES.get(letter)!, 0);
    if (text.length - at >= 2) out.byte(value >> 8);
    out.byte(value & 0xff);
  }
}

export function readIdentifier(input: ByteReader): string {
  const length = input.varint();
  if (length > MAX_LETTERS) throw new CodeError('identifier too long');
  let text = '';
  for (let at = 0; at < length; at += 3) {
    const letters = Math.min(3, length - at);
    let value = letters >= 2 ? input.byte() * 256 + input.byte() : input.byte();
    if (value >= 40 ** letters) throw new CodeError('not an identifier');
    let group = '';
    for (let i = 0; i < letters; i++) {
      group = LETTERS[value % 40]! + group;
      value = Math.floor(value / 40);
    }
    text += group;
  }
  // One spelling per string: a short or foreign-lettered one is never written this way.
  if (!isIdentifier(text)) throw new CodeError('not an identifier');
  return text;
}
