import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
    ['', ''],
  ])('encodes %j as %j and back', (plain, encoded) => {
    expect(encodeBase45(utf8(plain))).toBe(encoded);
    expect(text(decodeBase45(encoded))).toBe(plain);
  });

  it('decodes the largest pair and triplet values, 255 and 65535', () => {
    expect(decodeBase45('U5')).toEqual(new Uint8Array([255]));
    expect(decodeBase45('FGW')).toEqual(new Uint8Array([255, 255]));
  });

  it.each([
    ['GGW', 'a triplet worth 65536'],
    [':::', 'a triplet worth 91124'],
    ['V5', 'a pair worth 256'],
    ['::', 'a pair worth 2024'],
    ['A', 'a single leftover character'],
    ['BB8A', 'four characters'],
    ['bb8', 'lower case'],
    ['BB~', 'a character outside the alphabet'],
    ['BB8\n', 'a trailing newline'],
    ['BB8=', 'base64 padding'],
  ])('rejects %j (%s)', (encoded) => {
    expect(decodeBase45(encoded)).toBeUndefined();
  });

  it('round-trips every byte value and every length up to 100', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase45(encodeBase45(all))).toEqual(all);
    for (let length = 0; length <= 100; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length * 7) & 0xff);
      const encoded = encodeBase45(bytes);
      expect(encoded).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
      expect(encoded.length).toBe(Math.floor(length / 2) * 3 + (length % 2) * 2);
      expect(decodeBase45(encoded)).toEqual(bytes);
    }
  });

  // Scanners and string handling trim trailing spaces; Base45's last character is the most
  // significant digit of its group, which never reaches the space (value 36).
  it('never ends with a space', () => {
    const endingInSpace: number[] = [];
    for (let n = 0; n < 65536; n++) if (encodeBase45(new Uint8Array([n >> 8, n & 0xff])).endsWith(' ')) endingInSpace.push(n);
    for (let n = 0; n < 256; n++) if (encodeBase45(new Uint8Array([n])).endsWith(' ')) endingInSpace.push(n);
    expect(endingInSpace).toEqual([]);
  });
});
