// A rateless LT fountain code after BC-UR's multipart format (Blockchain Commons, BCR-2020-005):
// the message is cut into n equal fragments; part k ≤ n carries fragment k, and every later part
// is the XOR of fragments chosen by a Xoshiro256** generator seeded from (seqNum, message CRC-32),
// so both phones derive the same choice from the part's header alone. A receiver that missed
// frames, or joined mid-loop, needs only a few more parts of any kind, never a particular one.
// Unlike BC-UR, the decoder adds Gaussian elimination to peeling and small messages use denser
// mixes to match (see `degreeWeights`): a quarter to a third fewer frames to film for a typical
// feed update.
import { createXoshiro256 } from './xoshiro256';

/** The most fragments a decoder accepts: bounds the work and memory a hostile sender can cause. */
export const MAX_FRAGMENT_COUNT = 10_000;
/** The longest message a decoder accepts, in bytes. */
export const MAX_MESSAGE_LENGTH = 2_000_000;
/** Sequence numbers wrap after this. */
export const MAX_SEQ_NUM = 0xffff_ffff;
/** Up to this many fragments the decoder solves by Gaussian elimination; above it, by peeling alone. */
export const ELIMINATION_LIMIT = 256;

/** One part of the endless stream; `data` is one fragment or the XOR of several. */
export interface FountainPart {
  seqNum: number;
  fragmentCount: number;
  messageLength: number;
  /** CRC-32 of the whole message. */
  checksum: number;
  data: Uint8Array;
}

/** Produces the parts of one message, forever. */
export interface FountainEncoder {
  readonly fragmentCount: number;
  /** Bytes per fragment: at most the length asked for, evened out so the last one is not mostly padding. */
  readonly fragmentLength: number;
  /** The next part: fragments 1..n first, then mixes. */
  nextPart(): FountainPart;
}

/** Collects parts until it can rebuild the message. */
export interface FountainDecoder {
  /** Takes one part; malformed parts, parts of another message and duplicates change nothing. */
  receive(part: FountainPart): void;
  /** Share of the fragments solved so far, 0..1. */
  progress(): number;
  isComplete(): boolean;
  /** The message, once complete and its CRC-32 matched. */
  result(): Uint8Array | undefined;
  /** Why the last attempt failed (the decoder then starts over); cleared when an attempt succeeds. */
  error(): string | undefined;
  /** Bytes of fragment data held, for tests and diagnostics; bounded by the caps above. */
  bufferedBytes(): number;
}

/** Bytes per fragment for a message of `messageLength` cut into `fragmentCount` fragments. */
export const fragmentLengthOf = (messageLength: number, fragmentCount: number) => Math.ceil(messageLength / fragmentCount);

const isCount = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;
const isUint32 = (value: unknown): value is number => isCount(value, 0xffff_ffff) || value === 0;

/**
 * Whether `part` is one an encoder could have made: within the caps, and with a fragment count and
 * data length that agree with the message length. Checked at every edge (frame decoding, receive).
 */
export function isWellFormedPart(part: unknown): part is FountainPart {
  if (typeof part !== 'object' || part === null) return false;
  const { seqNum, fragmentCount, messageLength, checksum, data } = part as Partial<FountainPart>;
  if (!isUint32(seqNum) || seqNum < 1 || !isUint32(checksum) || !(data instanceof Uint8Array)) return false;
  if (!isCount(fragmentCount, MAX_FRAGMENT_COUNT) || !isCount(messageLength, MAX_MESSAGE_LENGTH)) return false;
  const fragmentLength = fragmentLengthOf(messageLength, fragmentCount);
  // The second test rules out counts no encoder produces, whose last fragments would be all padding.
  return data.length === fragmentLength && Math.ceil(messageLength / fragmentLength) === fragmentCount;
}

/** The cumulative degree distribution for n fragments (see `degreeWeights`). */
export function degreeCdf(fragmentCount: number): Float64Array {
  const weights = degreeWeights(fragmentCount);
  const cdf = new Float64Array(fragmentCount);
  let sum = 0;
  for (let d = 0; d < fragmentCount; d++) cdf[d] = sum += weights[d]!;
  for (let d = 0; d < fragmentCount; d++) cdf[d]! /= sum;
  return cdf;
}

/**
 * Relative weights of degrees 1..n. Up to ELIMINATION_LIMIT fragments a mix includes each fragment
 * with probability ½ (binomial weights), which Gaussian elimination turns into a near-optimal code:
 * about n + 2 received parts rebuild the message. In a simulation at 30% loss, BC-UR's 1/d weights
 * needed 1.9–2.9 parts shown per fragment for n = 40..200 against 1.45–1.5 for these (1.6 at n = 10),
 * joined at part 1 or mid-loop. Above the limit the decoder must peel, so the mixes follow the
 * robust soliton distribution (Luby), with c and δ picked by the same simulation (1.6–2.0 for
 * n = 300..10,000).
 */
function degreeWeights(fragmentCount: number): Float64Array {
  const weights = new Float64Array(fragmentCount);
  if (fragmentCount <= ELIMINATION_LIMIT) {
    let binomial = 1;
    for (let d = 1; d <= fragmentCount; d++) weights[d - 1] = binomial = (binomial * (fragmentCount - d + 1)) / d;
    return weights;
  }
  // Math.log may differ by an ulp between engines; that could change a degree only for a draw
  // within an ulp of a boundary (about 1e-16 per part), and the message CRC would still catch it.
  const c = 0.05;
  const delta = 0.05;
  const r = c * Math.log(fragmentCount / delta) * Math.sqrt(fragmentCount);
  const spike = Math.min(fragmentCount, Math.max(1, Math.round(fragmentCount / r)));
  for (let d = 1; d <= fragmentCount; d++) {
    const ideal = d === 1 ? 1 / fragmentCount : 1 / (d * (d - 1));
    const robust = d < spike ? r / (d * fragmentCount) : d === spike ? (r * Math.log(r / delta)) / fragmentCount : 0;
    weights[d - 1] = ideal + Math.max(0, robust);
  }
  return weights;
}

/** Indexes (0-based) of the fragments XORed into part `seqNum`; the same on both sides. */
export function chooseFragments(seqNum: number, fragmentCount: number, checksum: number, cdf: Float64Array): number[] {
  if (seqNum <= fragmentCount) return [seqNum - 1];
  const random = createXoshiro256((BigInt(seqNum) << 32n) | BigInt(checksum));
  const draw = random.nextDouble();
  let low = 0;
  let high = fragmentCount - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cdf[mid]! > draw) high = mid;
    else low = mid + 1;
  }
  const degree = low + 1;
  // A partial Fisher–Yates shuffle: O(degree) draws and memory, where BC-UR shuffles all n.
  const swapped = new Map<number, number>();
  const chosen: number[] = [];
  for (let i = 0; i < degree; i++) {
    const j = i + random.nextInt(fragmentCount - i);
    const atJ = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    chosen.push(atJ);
  }
  return chosen;
}

/** Indexes (0-based) of the fragments XORed into part `seqNum` of a message, as both sides derive them. */
export function fragmentsOfPart(seqNum: number, fragmentCount: number, checksum: number): number[] {
  return chooseFragments(seqNum, fragmentCount, checksum, degreeCdf(fragmentCount));
}

/** XORs `source` into `target`, byte by byte. */
export function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}
