// Growing byte output and bounded byte input for the share-code format. The reader never reads
// past its end: it throws CodeError, which the decoder turns into "this code is damaged".

/** Raised while reading a code that is cut short or malformed. */
export class CodeError extends Error {}

export class ByteWriter {
  private bytes = new Uint8Array(256);
  private length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value & 0xff;
  }

  raw(bytes: Uint8Array): void {
    for (const value of bytes) this.byte(value);
  }

  /** An unsigned integer, 7 bits per byte, low bits first (LEB128); exact up to 2^53. */
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export class ByteReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  get isAtEnd(): boolean {
    return this.offset === this.bytes.length;
  }

  byte(): number {
    if (this.offset >= this.bytes.length) throw new CodeError('cut short');
    return this.bytes[this.offset++]!;
  }

  raw(count: number): Uint8Array {
    if (count > this.bytes.length - this.offset) throw new CodeError('cut short');
    const slice = this.bytes.slice(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (!Number.isSafeInteger(value)) throw new CodeError('number too large');
        return value;
      }
      scale *= 0x80;
    }
    throw new CodeError('number too long');
  }
}
