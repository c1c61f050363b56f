// deflate-raw through the browser's own CompressionStream, and its capped inverse: every QR
// payload is untrusted, and a few KB of zeros can claim megabytes. No DOM: runs in unit tests.
import { concatBytes } from '../../model/bytes';

/** `bytes` compressed as raw DEFLATE (RFC 1951). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Raw DEFLATE inflated chunk by chunk and cancelled as soon as it passes `maxBytes`, so a
 * deflate bomb cannot freeze the phone. 'corrupt' for truncated input, junk after the end, or
 * anything that is not DEFLATE. Never throws.
 */
export async function inflateRawCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  let decompression: DecompressionStream;
  try {
    decompression = new DecompressionStream('deflate-raw');
  } catch {
    return 'corrupt';
  }
  const writer = decompression.writable.getWriter();
  // Not awaited: a write resolves only as output is read, and errors surface on the reader.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = decompression.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupt';
  }
  return concatBytes(chunks, total);
}
