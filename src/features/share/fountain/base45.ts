// Base45 (RFC 9285): bytes as text in the QR code's alphanumeric alphabet, so a QR code stores them
// at 5.5 bits per character (8.25 bits per byte) instead of byte mode's 8 bits per character of
// base64 (10.7 bits per byte). Raw bytes in byte mode do not survive BarcodeDetector, which hands
// back a decoded string.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUES = new Map([...ALPHABET].map((char, value) => [char, value]));

/** `bytes` as Base45 text. */
export function encodeBase45(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    let n = bytes[i]! * 256 + bytes[i + 1]!;
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    text += ALPHABET[c]! + ALPHABET[d]! + ALPHABET[(n - d) / 45]!;
  }
  if (i < bytes.length) {
    const n = bytes[i]!;
    text += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
  }
  return text;
}

/** The bytes of Base45 `text`, or undefined when it is not valid Base45 (never throws). */
export function decodeBase45(text: string): Uint8Array | undefined {
  if (text.length % 3 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let out = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = VALUES.get(text[i]!);
    const d = VALUES.get(text[i + 1]!);
    if (c === undefined || d === undefined) return undefined;
    if (i + 2 < text.length) {
      const e = VALUES.get(text[i + 2]!);
      if (e === undefined) return undefined;
      const n = c + d * 45 + e * 2025;
      if (n > 0xffff) return undefined;
      bytes[out++] = n >> 8;
      bytes[out++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) return undefined;
      bytes[out++] = n;
    }
  }
  return bytes;
}
