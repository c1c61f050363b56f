// One fountain part as the text of one QR code: `HW1:` + Base45 of
//   seqNum u32 · fragmentCount u16 · messageLength u32 · checksum u32 · data · CRC-32 u32
// (big-endian; the last CRC-32 covers every byte before it). The prefix and Base45 use only the QR
// alphanumeric alphabet, so the whole text fits one alphanumeric segment. The frame CRC catches a
// misread before it reaches the decoder: one changed character alters at most two adjacent bytes,
// a burst that CRC-32 always detects.
import { decodeBase45, encodeBase45 } from './base45';
import { crc32 } from './crc32';
import { isWellFormedPart, type FountainPart } from './fountain-scheme';

/** Starts every frame of an animated feed update; the digit is the format version. */
export const FRAME_PREFIX = 'HW1:';
/** Starts every frame of one record too large for a single code (a record share code, whole). */
export const RECORD_FRAME_PREFIX = 'HR1:';
/** What an animated sequence carries, by its frames' prefix. */
export type FrameKind = 'feed' | 'record';
const PREFIXES: Record<FrameKind, string> = { feed: FRAME_PREFIX, record: RECORD_FRAME_PREFIX };
const HEADER_BYTES = 14;
const CRC_BYTES = 4;
// Alphanumeric capacity of a version 40 QR code; anything longer did not come from one.
const MAX_FRAME_TEXT = 4296;

/** The QR text for `part`; throws on a part no decoder would accept. */
export function encodeFrame(part: FountainPart, kind: FrameKind = 'feed'): string {
  if (!isWellFormedPart(part)) throw new RangeError('Not a well-formed fountain part');
  const bytes = new Uint8Array(HEADER_BYTES + part.data.length + CRC_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, part.seqNum);
  view.setUint16(4, part.fragmentCount); // ≤ MAX_FRAGMENT_COUNT, which a test keeps within 16 bits
  view.setUint32(6, part.messageLength);
  view.setUint32(10, part.checksum);
  bytes.set(part.data, HEADER_BYTES);
  view.setUint32(bytes.length - CRC_BYTES, crc32(bytes.subarray(0, bytes.length - CRC_BYTES)));
  return PREFIXES[kind] + encodeBase45(bytes);
}

/** The part in QR text `text` of a feed update, or undefined for anything but an intact Homeward frame (never throws). */
export function decodeFrame(text: string): FountainPart | undefined {
  const frame = decodeAnyFrame(text);
  return frame?.kind === 'feed' ? frame.part : undefined;
}

/** The part in QR text `text` and what its sequence carries, or undefined (never throws). */
export function decodeAnyFrame(text: string): { kind: FrameKind; part: FountainPart } | undefined {
  if (typeof text !== 'string' || text.length > MAX_FRAME_TEXT) return undefined;
  const kind = (Object.keys(PREFIXES) as FrameKind[]).find((candidate) => text.startsWith(PREFIXES[candidate]));
  if (!kind) return undefined;
  const part = decodePart(text.slice(PREFIXES[kind].length));
  return part && { kind, part };
}

function decodePart(text: string): FountainPart | undefined {
  const bytes = decodeBase45(text);
  if (!bytes || bytes.length <= HEADER_BYTES + CRC_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - CRC_BYTES) !== crc32(bytes.subarray(0, bytes.length - CRC_BYTES))) return undefined;
  const part: FountainPart = {
    seqNum: view.getUint32(0),
    fragmentCount: view.getUint16(4),
    messageLength: view.getUint32(6),
    checksum: view.getUint32(10),
    data: bytes.slice(HEADER_BYTES, bytes.length - CRC_BYTES),
  };
  return isWellFormedPart(part) ? part : undefined;
}
