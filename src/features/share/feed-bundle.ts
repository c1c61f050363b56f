// A feed update as one compressed blob for the animated QR: the signed manifest, its signature
// and the dataset and delta files, byte for byte as published. No DOM here.
import type { FeedFile } from '../../store/db';
import { deflateRaw, inflateRawCapped } from './deflate-raw';

const FORMAT = 1;
const MAX_FILES = 64;
// A hostile sequence must not make the phone inflate without end.
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
const SAFE_PATH = /^[a-z0-9][a-z0-9._-]{0,127}$/;

/** Packs files as [format][count] then [pathLength][path][byteLength][bytes]…, deflated. */
export async function packFeedBundle(files: FeedFile[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts = files.map((file) => ({ path: encoder.encode(file.path), bytes: file.bytes }));
  const size = 3 + parts.reduce((sum, part) => sum + 2 + part.path.byteLength + 4 + part.bytes.byteLength, 0);
  const raw = new Uint8Array(size);
  const view = new DataView(raw.buffer);
  view.setUint8(0, FORMAT);
  view.setUint16(1, parts.length);
  let offset = 3;
  for (const part of parts) {
    view.setUint16(offset, part.path.byteLength);
    raw.set(part.path, offset + 2);
    offset += 2 + part.path.byteLength;
    view.setUint32(offset, part.bytes.byteLength);
    raw.set(part.bytes, offset + 4);
    offset += 4 + part.bytes.byteLength;
  }
  return deflateRaw(raw);
}

/** The files of a bundle, or undefined for anything malformed or oversized (never throws). */
export async function unpackFeedBundle(packed: Uint8Array): Promise<Map<string, Uint8Array> | undefined> {
  const raw = await inflateRawCapped(packed, MAX_INFLATED_BYTES);
  if (typeof raw === 'string' || raw.byteLength < 3) return undefined;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (view.getUint8(0) !== FORMAT) return undefined;
  const count = view.getUint16(1);
  if (count > MAX_FILES) return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = new Map<string, Uint8Array>();
  let offset = 3;
  try {
    for (let index = 0; index < count; index++) {
      const pathLength = view.getUint16(offset);
      const path = decoder.decode(raw.subarray(offset + 2, offset + 2 + pathLength));
      offset += 2 + pathLength;
      const length = view.getUint32(offset);
      if (!SAFE_PATH.test(path) || offset + 4 + length > raw.byteLength) return undefined;
      files.set(path, raw.slice(offset + 4, offset + 4 + length));
      offset += 4 + length;
    }
  } catch {
    return undefined; // a length field pointing past the end, or a path that is not UTF-8
  }
  return offset === raw.byteLength ? files : undefined;
}

/** Where the sync engine "fetches" a bundle's files from; never a real address. */
export const BUNDLE_BASE_URL = 'https://qr-bundle.invalid/feed/';

/** A fetch that serves a bundle's files, so a QR update goes through the network sync's own checks. */
export function bundleFetch(files: Map<string, Uint8Array>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname.replace(/^\/feed\//, '');
    const bytes = files.get(path);
    return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : new Response('missing', { status: 404 });
  }) as typeof fetch;
}
