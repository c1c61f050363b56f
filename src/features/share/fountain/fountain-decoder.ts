import { crc32 } from './crc32';
import {
  chooseFragments,
  degreeCdf,
  ELIMINATION_LIMIT,
  isWellFormedPart,
  xorInto,
  type FountainDecoder,
  type FountainPart,
} from './fountain-scheme';

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
