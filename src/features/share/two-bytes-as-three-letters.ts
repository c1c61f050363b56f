// RFC 9285's scheme (Base45) over any alphabet of 41 to 45 QR alphanumeric letters: two bytes as
// three letters, low digit first, a last odd byte as two. Base45 (animated frames) and Base41
// (share-code links) are this with their own alphabets.

/** Encoder and decoder for `alphabet`; the decoder returns undefined for anything not so written (never throws). */
export function twoBytesAsThreeLetters(alphabet: string) {
  const base = alphabet.length;
  const values = new Map([...alphabet].map((char, value) => [char, value]));
  return {
    encode(bytes: Uint8Array): string {
      let text = '';
      let i = 0;
      for (; i + 1 < bytes.length; i += 2) {
        let n = bytes[i]! * 256 + bytes[i + 1]!;
        const c = n % base;
        n = (n - c) / base;
        const d = n % base;
        text += alphabet[c]! + alphabet[d]! + alphabet[(n - d) / base]!;
      }
      if (i < bytes.length) text += alphabet[bytes[i]! % base]! + alphabet[Math.floor(bytes[i]! / base)]!;
      return text;
    },
    decode(text: string): Uint8Array | undefined {
      if (text.length % 3 === 1) return undefined;
      const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
      let out = 0;
      for (let i = 0; i < text.length; i += 3) {
        const c = values.get(text[i]!);
        const d = values.get(text[i + 1]!);
        if (c === undefined || d === undefined) return undefined;
        if (i + 2 < text.length) {
          const e = values.get(text[i + 2]!);
          if (e === undefined) return undefined;
          const n = c + d * base + e * base * base;
          if (n > 0xffff) return undefined;
          bytes[out++] = n >> 8;
          bytes[out++] = n & 0xff;
        } else {
          const n = c + d * base;
          if (n > 0xff) return undefined;
          bytes[out++] = n;
        }
      }
      return bytes;
    },
  };
}
