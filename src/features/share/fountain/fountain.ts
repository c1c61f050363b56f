// A rateless LT fountain code after BC-UR's multipart format (Blockchain Commons, BCR-2020-005):
// the message is cut into n equal fragments; part k ≤ n carries fragment k, and every later part
// is the XOR of fragments chosen by a Xoshiro256** generator seeded from (seqNum, message CRC-32),
// so both phones derive the same choice from the part's header alone. A receiver that missed
// frames, or joined mid-loop, needs only a few more parts of any kind, never a particular one.
// Unlike BC-UR, the decoder adds Gaussian elimination to peeling and small messages use denser
// mixes to match (see `degreeWeights`): a quarter to a third fewer frames to film for a typical
// feed update.
import { crc32 } from './crc32';
import { createXoshiro256 } from './xoshiro256';

/** The most fragments a decoder accepts: bounds the work and memory a hostile sender can cause. */
export const MAX_FRAGMENT_COUNT = 10_000;
/** The longest message a decoder accepts, in bytes. */
export const MAX_MESSAGE_LENGTH = 2_000_000;
const MAX_SEQ_NUM = 0xffff_ffff;
const ELIMINATION_LIMIT = 256;

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
const fragmentLengthOf = (messageLength: number, fragmentCount: number) => Math.ceil(messageLength / fragmentCount);

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
function degreeCdf(fragmentCount: number): Float64Array {
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
function chooseFragments(seqNum: number, fragmentCount: number, checksum: number, cdf: Float64Array): number[] {
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

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}

/** An encoder for `message` (1 byte .. MAX_MESSAGE_LENGTH) with fragments of at most `fragmentLength` bytes. */
export function createFountainEncoder(message: Uint8Array, fragmentLength: number): FountainEncoder {
  if (message.length < 1 || message.length > MAX_MESSAGE_LENGTH) throw new RangeError(`Message length ${message.length} is outside 1..${MAX_MESSAGE_LENGTH}`);
  if (!Number.isInteger(fragmentLength) || fragmentLength < 1) throw new RangeError(`Fragment length ${fragmentLength} is not a positive integer`);
  const fragmentCount = Math.ceil(message.length / fragmentLength);
  if (fragmentCount > MAX_FRAGMENT_COUNT) throw new RangeError(`${fragmentCount} fragments exceed the cap of ${MAX_FRAGMENT_COUNT}; use longer fragments`);
  const evenLength = fragmentLengthOf(message.length, fragmentCount);
  const padded = new Uint8Array(evenLength * fragmentCount);
  padded.set(message);
  const fragment = (index: number) => padded.subarray(index * evenLength, (index + 1) * evenLength);
  const checksum = crc32(message);
  let cdf: Float64Array | undefined;
  let seqNum = 0;
  return {
    fragmentCount,
    fragmentLength: evenLength,
    nextPart() {
      // Wraps after 2^32 − 1 parts (27 years at 5 frames a second) rather than overflow the header.
      seqNum = seqNum === MAX_SEQ_NUM ? 1 : seqNum + 1;
      cdf ??= degreeCdf(fragmentCount);
      const data = new Uint8Array(evenLength);
      for (const index of chooseFragments(seqNum, fragmentCount, checksum, cdf)) xorInto(data, fragment(index));
      return { seqNum, fragmentCount, messageLength: message.length, checksum, data };
    },
  };
}

interface PendingPart {
  seqNum: number;
  unknown: Set<number>;
  data: Uint8Array;
}

interface Session {
  fragmentCount: number;
  messageLength: number;
  checksum: number;
  fragmentLength: number;
  cdf: Float64Array;
  fragments: (Uint8Array | undefined)[];
  solvedCount: number;
  pending: Map<number, PendingPart>;
  pendingByFragment: Map<number, Set<PendingPart>>;
  maxPending: number;
}

/** A decoder that rebuilds one message from parts in any order, with any gaps. */
export function createFountainDecoder(): FountainDecoder {
  let session: Session | undefined;
  let message: Uint8Array | undefined;
  let lastError: string | undefined;

  const startSession = (part: FountainPart): Session => {
    const { fragmentCount, messageLength, checksum } = part;
    return {
      fragmentCount,
      messageLength,
      checksum,
      fragmentLength: part.data.length,
      cdf: degreeCdf(fragmentCount),
      fragments: new Array<Uint8Array | undefined>(fragmentCount),
      solvedCount: 0,
      pending: new Map(),
      pendingByFragment: new Map(),
      // Mixes wait here until enough of their fragments are known. Twice n is far more than an
      // honest stream needs; the cap stops a stream of never-solvable parts growing memory.
      maxPending: 2 * fragmentCount + 16,
    };
  };

  const dropPending = (s: Session, pending: PendingPart) => {
    s.pending.delete(pending.seqNum);
    for (const index of pending.unknown) {
      const set = s.pendingByFragment.get(index)!;
      set.delete(pending);
      if (set.size === 0) s.pendingByFragment.delete(index);
    }
  };

  const addPending = (s: Session, pending: PendingPart) => {
    if (s.pending.size >= s.maxPending) {
      // Keep the parts closest to solving: evict the one with the most unknown fragments.
      let worst: PendingPart | undefined;
      for (const candidate of s.pending.values()) if (!worst || candidate.unknown.size > worst.unknown.size) worst = candidate;
      if (!worst || worst.unknown.size <= pending.unknown.size) return;
      dropPending(s, worst);
    }
    s.pending.set(pending.seqNum, pending);
    for (const index of pending.unknown) {
      let set = s.pendingByFragment.get(index);
      if (!set) s.pendingByFragment.set(index, (set = new Set()));
      set.add(pending);
    }
  };

  // Peeling: a solved fragment is XORed out of every waiting mix; a mix left with one unknown
  // fragment solves it, which may cascade.
  const solve = (s: Session, firstIndex: number, firstData: Uint8Array) => {
    const queue: [number, Uint8Array][] = [[firstIndex, firstData]];
    for (let item = queue.pop(); item; item = queue.pop()) {
      const [index, data] = item;
      if (s.fragments[index]) continue;
      s.fragments[index] = data;
      s.solvedCount++;
      const waiting = s.pendingByFragment.get(index);
      if (!waiting) continue;
      s.pendingByFragment.delete(index);
      for (const pending of waiting) {
        xorInto(pending.data, data);
        pending.unknown.delete(index);
        if (pending.unknown.size === 1) {
          const [last] = pending.unknown as Iterable<number>;
          dropPending(s, pending);
          queue.push([last!, pending.data]);
        }
      }
    }
  };

  const finish = (s: Session) => {
    const assembled = new Uint8Array(s.messageLength);
    for (let i = 0; i < s.fragmentCount; i++) {
      const start = i * s.fragmentLength;
      assembled.set(s.fragments[i]!.subarray(0, Math.max(0, Math.min(s.fragmentLength, s.messageLength - start))), start);
    }
    session = undefined;
    if (crc32(assembled) !== s.checksum) {
      lastError = 'The received message does not match its checksum; scanning starts over';
      return;
    }
    message = assembled;
    lastError = undefined;
  };

  // Peeling stalls when every waiting mix has two or more unknown fragments. Gaussian elimination
  // over GF(2) solves the waiting mixes as a linear system once there are as many as unknowns. It
  // is bounded to ELIMINATION_LIMIT unknowns (at most a 256 × 528 bit matrix, about a millisecond)
  // so a large message relies on peeling until its last stretch.
  const eliminate = (s: Session) => {
    const unknownCount = s.fragmentCount - s.solvedCount;
    if (unknownCount > ELIMINATION_LIMIT || s.pending.size < unknownCount) return;
    const columns: number[] = [];
    const columnOf = new Map<number, number>();
    for (let index = 0; index < s.fragmentCount; index++) {
      if (!s.fragments[index]) {
        columnOf.set(index, columns.length);
        columns.push(index);
      }
    }
    const candidates = [...s.pending.values()].sort((a, b) => a.unknown.size - b.unknown.size).slice(0, 2 * unknownCount + 16);
    const words = Math.ceil(unknownCount / 32);
    const bitsOf = (pending: PendingPart) => {
      const bits = new Uint32Array(words);
      for (const index of pending.unknown) {
        const column = columnOf.get(index)!;
        bits[column >> 5]! |= 1 << (column & 31);
      }
      return bits;
    };
    // First pass on the coefficients alone: cheap, and finds u independent mixes if there are u.
    const rows = candidates.map((pending) => ({ bits: bitsOf(pending), pending }));
    const independent: PendingPart[] = [];
    for (let column = 0; column < unknownCount; column++) {
      const word = column >> 5;
      const bit = 1 << (column & 31);
      const pivotAt = rows.findIndex((row, at) => at >= column && (row.bits[word]! & bit) !== 0);
      if (pivotAt < 0) return;
      const pivot = rows[pivotAt]!;
      rows[pivotAt] = rows[column]!;
      rows[column] = pivot;
      independent.push(pivot.pending);
      for (let at = column + 1; at < rows.length; at++) {
        const row = rows[at]!;
        if (row.bits[word]! & bit) for (let w = word; w < words; w++) row.bits[w]! ^= pivot.bits[w]!;
      }
    }
    // Second pass, Gauss–Jordan with the data, on the u independent mixes only.
    const system = independent.map((pending) => ({ bits: bitsOf(pending), data: pending.data.slice() }));
    for (let column = 0; column < unknownCount; column++) {
      const word = column >> 5;
      const bit = 1 << (column & 31);
      const pivotAt = system.findIndex((row, at) => at >= column && (row.bits[word]! & bit) !== 0);
      if (pivotAt < 0) return; // cannot happen: the first pass proved the rows independent
      const pivot = system[pivotAt]!;
      system[pivotAt] = system[column]!;
      system[column] = pivot;
      for (let at = 0; at < system.length; at++) {
        const row = system[at]!;
        if (at === column || !(row.bits[word]! & bit)) continue;
        for (let w = 0; w < words; w++) row.bits[w]! ^= pivot.bits[w]!;
        xorInto(row.data, pivot.data);
      }
    }
    system.forEach((row, column) => solve(s, columns[column]!, row.data));
  };

  return {
    receive(part) {
      if (message || !isWellFormedPart(part)) return;
      session ??= startSession(part);
      const s = session;
      if (part.fragmentCount !== s.fragmentCount || part.messageLength !== s.messageLength || part.checksum !== s.checksum) return;
      if (s.pending.has(part.seqNum)) return;
      const data = part.data.slice();
      const unknown = new Set<number>();
      for (const index of chooseFragments(part.seqNum, s.fragmentCount, s.checksum, s.cdf)) {
        const known = s.fragments[index];
        if (known) xorInto(data, known);
        else unknown.add(index);
      }
      if (unknown.size === 1) solve(s, unknown.values().next().value!, data);
      else if (unknown.size > 1) addPending(s, { seqNum: part.seqNum, unknown, data });
      if (s.solvedCount < s.fragmentCount) eliminate(s);
      if (s.solvedCount === s.fragmentCount) finish(s);
    },
    progress: () => (message ? 1 : session ? session.solvedCount / session.fragmentCount : 0),
    isComplete: () => message !== undefined,
    result: () => message,
    error: () => lastError,
    bufferedBytes: () => (message ? message.length : session ? (session.solvedCount + session.pending.size) * session.fragmentLength : 0),
  };
}
