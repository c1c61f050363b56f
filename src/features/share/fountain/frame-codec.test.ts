import { describe, expect, it } from 'vitest';
import { createFountainDecoder } from './fountain-decoder';
import { createFountainEncoder } from './fountain-encoder';
import { MAX_FRAGMENT_COUNT, type FountainPart } from './fountain-scheme';
import { decodeFrame, encodeFrame, FRAME_PREFIX } from './frame-codec';

/** Mulberry32, so every run fuzzes with the same inputs. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const QR_ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const message = Uint8Array.from({ length: 2000 }, (_, i) => (i * 97 + 13) & 0xff);
const partsOf = (bytes: Uint8Array, fragmentLength: number, count: number) => {
  const encoder = createFountainEncoder(bytes, fragmentLength);
  return Array.from({ length: count }, () => encoder.nextPart());
};

describe('encodeFrame / decodeFrame', () => {
  it('round-trips plain fragments and mixes', () => {
    for (const part of [...partsOf(message, 100, 40), ...partsOf(new Uint8Array([7]), 100, 3)]) expect(decodeFrame(encodeFrame(part))).toEqual(part);
  });

  it('uses only the QR alphanumeric alphabet, behind the HW1: prefix', () => {
    const text = encodeFrame(partsOf(message, 500, 5)[4]!);
    expect(text.startsWith(FRAME_PREFIX)).toBe(true);
    expect([...text].every((char) => QR_ALPHANUMERIC.includes(char))).toBe(true);
  });

  it('costs 1.5 characters per byte plus 18 bytes of header and CRC', () => {
    expect(encodeFrame(partsOf(message, 500, 1)[0]!).length).toBe(FRAME_PREFIX.length + ((500 + 18) / 2) * 3);
  });

  it('keeps the header fields at their largest values', () => {
    const part: FountainPart = { seqNum: 2 ** 32 - 1, fragmentCount: MAX_FRAGMENT_COUNT, messageLength: 2_000_000, checksum: 2 ** 32 - 1, data: new Uint8Array(200).fill(0xff) };
    expect(decodeFrame(encodeFrame(part))).toEqual(part);
    expect(MAX_FRAGMENT_COUNT).toBeLessThanOrEqual(0xffff); // the header's 16-bit field
  });

  it('refuses to encode a part no decoder would accept', () => {
    const part = partsOf(message, 100, 1)[0]!;
    expect(() => encodeFrame({ ...part, data: new Uint8Array(99) })).toThrow(RangeError);
    expect(() => encodeFrame({ ...part, fragmentCount: MAX_FRAGMENT_COUNT + 1 })).toThrow(RangeError);
  });

  it('rejects a frame with any one character changed', () => {
    const text = encodeFrame(partsOf(message.subarray(0, 120), 40, 5)[4]!);
    let accepted = 0;
    for (let at = 0; at < text.length; at++) {
      for (const char of QR_ALPHANUMERIC) {
        if (char === text[at]) continue;
        if (decodeFrame(text.slice(0, at) + char + text.slice(at + 1))) accepted++;
      }
    }
    expect(accepted).toBe(0);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, -3)],
    ['one character short', (text: string) => text.slice(0, -1)],
    ['extended', (text: string) => text + '000'],
    ['in lower case', (text: string) => text.toLowerCase()],
    ['without its prefix', (text: string) => text.slice(FRAME_PREFIX.length)],
    ['with another version', (text: string) => 'HW2:' + text.slice(FRAME_PREFIX.length)],
    ['with a trailing newline', (text: string) => text + '\n'],
    ['with two characters swapped', (text: string) => text.slice(0, 10) + text[11] + text[10] + text.slice(12)],
  ])('rejects a frame %s', (_, change) => {
    const text = encodeFrame(partsOf(message, 100, 30)[29]!);
    expect(change(text)).not.toBe(text);
    expect(decodeFrame(change(text))).toBeUndefined();
  });

  it.each([[''], ['HW1:'], ['HW1:000'], ['https://example.org/'], ['WIFI:S:x;;'], ['HW1:' + '0'.repeat(5000)]])('rejects %j', (text) => {
    expect(decodeFrame(text)).toBeUndefined();
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['HW1:']]) expect(decodeFrame(value as unknown as string)).toBeUndefined();
  });
});

describe('frame fuzzing', () => {
  const random = seededRandom(99);
  const alphanumeric = [...QR_ALPHANUMERIC];
  const others = [...'abcxyz\n\t~=_éЖ€😀\u0000'];
  const randomChar = () => {
    const pool = random() < 0.8 ? alphanumeric : others;
    return pool[Math.floor(random() * pool.length)]!;
  };
  const randomString = (length: number) => Array.from({ length }, randomChar).join('');

  it('rejects 5,000 random strings without throwing', () => {
    const decoder = createFountainDecoder();
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(random() * 1200);
      const text = random() < 0.7 ? FRAME_PREFIX + randomString(length) : randomString(length);
      const part = decodeFrame(text);
      if (part) {
        accepted++;
        decoder.receive(part);
      }
    }
    expect(accepted).toBe(0);
    expect(decoder.progress()).toBe(0);
  });

  it('drops 5,000 mutated frames, and the receiver still completes with the right message afterwards', () => {
    const encoder = createFountainEncoder(message, 100);
    const frames = Array.from({ length: 60 }, () => encodeFrame(encoder.nextPart()));
    const mutate = (text: string) => {
      let result = text;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * result.length);
        switch (Math.floor(random() * 4)) {
          case 0: result = result.slice(0, at) + randomChar() + result.slice(at + 1); break;
          case 1: result = result.slice(0, at) + randomChar() + result.slice(at); break;
          case 2: result = result.slice(0, at) + result.slice(at + 1); break;
          default: result = result.slice(0, at);
        }
      }
      return result;
    };
    const decoder = createFountainDecoder();
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const original = frames[Math.floor(random() * frames.length)]!;
      const text = mutate(original);
      const part = decodeFrame(text);
      if (part && text !== original) accepted++;
      if (part) decoder.receive(part);
    }
    expect(accepted).toBe(0);
    expect(decoder.isComplete()).toBe(false);
    for (const frame of frames) {
      if (decoder.isComplete()) break;
      decoder.receive(decodeFrame(frame)!);
    }
    expect(decoder.result()).toEqual(message);
  });
});
