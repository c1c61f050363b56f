// Bytes as text a share link can carry in its path and a QR code can hold in alphanumeric mode:
// Base45's scheme (RFC 9285, two bytes as three letters) over the 41 letters of the QR alphabet
// that mean nothing special in a URL path. Space, "%" and "/" would be escaped or split the path;
// "." would make a static host look for a file ("/I/AB.CD" has an extension).

export const BASE41_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-:';
const ALPHABET = BASE41_ALPHABET;
const BASE = ALPHABET.length;
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value]));

/** `bytes` as link text: 3 letters per 2 bytes, 2 for a last odd byte. */
export function encodeBase41(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    let n = bytes[i]! * 256 + bytes[i + 1]!;
    const c = n % BASE;
    n = (n - c) / BASE;
    const d = n % BASE;
    text += ALPHABET[c]! + ALPHABET[d]! + ALPHABET[(n - d) / BASE]!;
  }
  if (i < bytes.length) text += ALPHABET[bytes[i]! % BASE]! + ALPHABET[Math.floor(bytes[i]! / BASE)]!;
  return text;
}

/** The bytes of link text, upper or lower case (a browser may lower-case nothing, a person may), or undefined when it is not Base41. */
export function decodeBase41(text: string): Uint8Array | undefined {
  const upper = text.toUpperCase();
  if (upper.length % 3 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor(upper.length / 3) * 2 + (upper.length % 3 === 2 ? 1 : 0));
  let out = 0;
  for (let i = 0; i < upper.length; i += 3) {
    const c = VALUES.get(upper[i]!);
    const d = VALUES.get(upper[i + 1]!);
    if (c === undefined || d === undefined) return undefined;
    if (i + 2 < upper.length) {
      const e = VALUES.get(upper[i + 2]!);
      if (e === undefined) return undefined;
      const n = c + d * BASE + e * BASE * BASE;
      if (n > 0xffff) return undefined;
      bytes[out++] = n >> 8;
      bytes[out++] = n & 0xff;
    } else {
      const n = c + d * BASE;
      if (n > 0xff) return undefined;
      bytes[out++] = n;
    }
  }
  return bytes;
}
