import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';
import { createFountainDecoder } from './fountain-decoder';
import { createFountainEncoder } from './fountain-encoder';
import { fragmentsOfPart, isWellFormedPart, MAX_FRAGMENT_COUNT, MAX_MESSAGE_LENGTH, type FountainDecoder, type FountainPart } from './fountain-scheme';
import { seededRandom } from '../../../testing/seeded-random';


const randomBytes = (length: number, seed: number) => {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
};

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Shows parts in order from `skip` + 1, the receiver missing `dropRate` of them; returns parts shown. */
function transfer(decoder: FountainDecoder, message: Uint8Array, fragmentLength: number, { skip = 0, dropRate = 0, seed = 1 } = {}) {
  const encoder = createFountainEncoder(message, fragmentLength);
  const random = seededRandom(seed);
  for (let i = 0; i < skip; i++) encoder.nextPart();
  let shown = 0;
  while (!decoder.isComplete()) {
    const part = encoder.nextPart();
    shown++;
    if (random() >= dropRate) decoder.receive(part);
    if (shown > 20 * encoder.fragmentCount + 100) throw new Error(`No result after ${shown} parts`);
  }
  return { shown, fragmentCount: encoder.fragmentCount };
}

/** Feeds parts until the decoder completes; a bug that stops it completing fails instead of hanging. */
function receiveUntilComplete(decoder: FountainDecoder, nextParts: () => FountainPart[], maxRounds = 1000) {
  for (let round = 0; !decoder.isComplete(); round++) {
    if (round === maxRounds) throw new Error(`No result after ${maxRounds} rounds`);
    for (const part of nextParts()) decoder.receive(part);
  }
}

const roundTrip = (message: Uint8Array, fragmentLength: number, options?: Parameters<typeof transfer>[3]) => {
  const decoder = createFountainDecoder();
  const stats = transfer(decoder, message, fragmentLength, options);
  expect(decoder.result()).toEqual(message);
  return stats;
};

describe('createFountainEncoder', () => {
  it('rejects an empty message, which no receiver could tell from a failed one', () => {
    expect(() => createFountainEncoder(new Uint8Array(0), 100)).toThrow(RangeError);
  });

  it('rejects a fragment length that is not a positive integer', () => {
    for (const length of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => createFountainEncoder(new Uint8Array(10), length)).toThrow(RangeError);
  });

  it('rejects messages and fragment counts over the caps the decoder enforces', () => {
    expect(() => createFountainEncoder(new Uint8Array(MAX_MESSAGE_LENGTH + 1), 1000)).toThrow(RangeError);
    expect(() => createFountainEncoder(new Uint8Array(MAX_FRAGMENT_COUNT + 1), 1)).toThrow(RangeError);
    expect(createFountainEncoder(new Uint8Array(MAX_FRAGMENT_COUNT), 1).fragmentCount).toBe(MAX_FRAGMENT_COUNT);
    expect(createFountainEncoder(new Uint8Array(MAX_MESSAGE_LENGTH), 1000).fragmentCount).toBe(2000);
  });

  it('evens out fragments so the last is not mostly padding', () => {
    const encoder = createFountainEncoder(new Uint8Array(1000), 600);
    expect([encoder.fragmentCount, encoder.fragmentLength]).toEqual([2, 500]);
    expect(createFountainEncoder(new Uint8Array(1001), 500)).toMatchObject({ fragmentCount: 3, fragmentLength: 334 });
  });

  it('sends the plain fragments first, then mixes, with the message CRC-32 on every part', () => {
    const message = randomBytes(95, 3);
    const encoder = createFountainEncoder(message, 10);
    const parts = Array.from({ length: 30 }, () => encoder.nextPart());
    expect(parts.map((part) => part.seqNum)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const part of parts) expect(part).toMatchObject({ fragmentCount: 10, messageLength: 95, checksum: crc32(message) });
    const padded = new Uint8Array(100);
    padded.set(message);
    parts.slice(0, 10).forEach((part, i) => expect(part.data).toEqual(padded.subarray(i * 10, i * 10 + 10)));
    const plain = new Set(parts.slice(0, 10).map((part) => part.data.join()));
    expect(parts.slice(10).filter((part) => !plain.has(part.data.join())).length).toBeGreaterThan(10);
  });

  it('does not see later changes to the message it was given', () => {
    const message = randomBytes(50, 4);
    const copy = message.slice();
    const encoder = createFountainEncoder(message, 10);
    message.fill(0);
    const decoder = createFountainDecoder();
    receiveUntilComplete(decoder, () => [encoder.nextPart()]);
    expect(decoder.result()).toEqual(copy);
  });

  // Pins the wire format: a change to the PRNG, its seeding or the degree distribution breaks
  // transfers between app versions, so it must be a deliberate new frame version.
  it('picks the same mixes as every other Homeward version', () => {
    const mixesOf = (length: number, fragmentLength: number) => {
      const encoder = createFountainEncoder(Uint8Array.from({ length }, (_, i) => i & 0xff), fragmentLength);
      const parts = Array.from({ length: encoder.fragmentCount + 40 }, () => encoder.nextPart()).slice(encoder.fragmentCount);
      const all = new Uint8Array(parts.length * encoder.fragmentLength);
      parts.forEach((part, i) => all.set(part.data, i * encoder.fragmentLength));
      return crc32(all).toString(16);
    };
    expect([mixesOf(400, 10), mixesOf(3000, 10)]).toEqual(['53bc2850', 'bbd42cf1']);
  });
});

describe('fountain round trips', () => {
  it.each([
    ['1 byte', 1, 100],
    ['1 byte in 1-byte fragments', 1, 1],
    ['an exact multiple of the fragment length', 1000, 100],
    ['one byte over a multiple', 1001, 100],
    ['one byte under a multiple', 999, 100],
    ['one fragment shorter than the fragment length', 37, 500],
    ['100 KB in 500-byte fragments (elimination)', 100_000, 500],
    ['100 KB in 100-byte fragments (peeling, 1,000 fragments)', 100_000, 100],
  ])('rebuilds %s from every part in order', (_, length, fragmentLength) => {
    roundTrip(randomBytes(length, length), fragmentLength);
  });

  it('needs no more parts than fragments when nothing is lost', () => {
    expect(roundTrip(randomBytes(20_000, 9), 500).shown).toBe(40);
  });

  it('rebuilds 100 KB when 30% of parts are lost, with about 1.5 parts shown per fragment', () => {
    const { shown, fragmentCount } = roundTrip(randomBytes(100_000, 11), 500, { dropRate: 0.3, seed: 5 });
    expect(shown / fragmentCount).toBeLessThan(1.6);
  });

  it('rebuilds a message of 1,000 fragments (peeling) when 30% are lost', () => {
    const { shown, fragmentCount } = roundTrip(randomBytes(50_000, 12), 50, { dropRate: 0.3, seed: 6 });
    expect(fragmentCount).toBe(1000);
    expect(shown / fragmentCount).toBeLessThan(2.2);
  });

  it('completes for a receiver that joins late, when only mixes are shown', () => {
    const message = randomBytes(20_000, 13);
    const decoder = createFountainDecoder();
    const { shown } = transfer(decoder, message, 500, { skip: 1000, dropRate: 0.3, seed: 7 });
    expect(decoder.result()).toEqual(message);
    // 40 fragments: Gaussian elimination needs about 40 received parts, ~57 shown at 30% loss.
    expect(shown).toBeLessThan(70);
  });

  it.each([3, 17, 40])('rebuilds from shuffled parts, 3 in 10 lost, starting at part %i', (start) => {
    const message = randomBytes(20_000, start);
    const encoder = createFountainEncoder(message, 500);
    const random = seededRandom(start);
    const parts = Array.from({ length: start - 1 + 3 * encoder.fragmentCount }, () => encoder.nextPart()).slice(start - 1);
    const arriving = shuffle(parts.filter(() => random() >= 0.3), random);
    const decoder = createFountainDecoder();
    let received = 0;
    for (const part of arriving) {
      if (decoder.isComplete()) break;
      decoder.receive(part);
      received++;
    }
    expect(decoder.result()).toEqual(message);
    expect(received).toBeLessThan(encoder.fragmentCount + 10);
  });

  it('takes duplicates in its stride', () => {
    const message = randomBytes(5000, 14);
    const encoder = createFountainEncoder(message, 200);
    const decoder = createFountainDecoder();
    let last = 0;
    receiveUntilComplete(decoder, () => {
      expect(decoder.progress()).toBeGreaterThanOrEqual(last);
      last = decoder.progress();
      const part = encoder.nextPart();
      return [part, { ...part, data: part.data.slice() }, part];
    });
    expect(decoder.result()).toEqual(message);
    decoder.receive(encoder.nextPart());
    expect(decoder.result()).toEqual(message);
  });

  it('ignores parts of another message once it has accepted one', () => {
    const ours = randomBytes(4000, 15);
    const theirs = randomBytes(4000, 16); // same sizes, other checksum
    const other = randomBytes(3000, 17); // same fragment length, other count
    const encoder = createFountainEncoder(ours, 200);
    // Ahead of ours, so their parts carry seqNums ours has not sent yet and would be taken as new.
    const foreign = [theirs, other].map((message, i) => {
      const foreignEncoder = createFountainEncoder(message, 200);
      for (let skip = 0; skip < 5 + 6 * i; skip++) foreignEncoder.nextPart();
      return foreignEncoder;
    });
    const decoder = createFountainDecoder();
    decoder.receive(encoder.nextPart());
    receiveUntilComplete(decoder, () => [...foreign.map((foreignEncoder) => foreignEncoder.nextPart()), encoder.nextPart()]);
    expect(decoder.result()).toEqual(ours);
    expect(decoder.error()).toBeUndefined();
  });

  it('reports progress from 0 to 1', () => {
    const encoder = createFountainEncoder(randomBytes(1000, 18), 100);
    const decoder = createFountainDecoder();
    expect([decoder.progress(), decoder.isComplete(), decoder.result(), decoder.error()]).toEqual([0, false, undefined, undefined]);
    decoder.receive(encoder.nextPart());
    expect(decoder.progress()).toBeCloseTo(0.1);
    receiveUntilComplete(decoder, () => [encoder.nextPart()]);
    expect(decoder.progress()).toBe(1);
  });
});

describe('fountain decoder against bad input', () => {
  const good = () => createFountainEncoder(randomBytes(1000, 19), 100).nextPart();

  it.each<[string, Record<string, unknown>]>([
    ['seqNum 0', { seqNum: 0 }],
    ['a fractional seqNum', { seqNum: 1.5 }],
    ['a seqNum over 32 bits', { seqNum: 2 ** 32 }],
    ['a negative checksum', { checksum: -1 }],
    ['a checksum over 32 bits', { checksum: 2 ** 32 }],
    ['no fragments', { fragmentCount: 0 }],
    ['more fragments than the cap', { fragmentCount: MAX_FRAGMENT_COUNT + 1, messageLength: MAX_FRAGMENT_COUNT + 1, data: new Uint8Array(1) }],
    ['a message over the cap', { fragmentCount: 1000, messageLength: MAX_MESSAGE_LENGTH + 1000, data: new Uint8Array(2001) }],
    ['an empty message', { messageLength: 0, fragmentCount: 1, data: new Uint8Array(0) }],
    ['data shorter than a fragment', { data: new Uint8Array(99) }],
    ['data longer than a fragment', { data: new Uint8Array(101) }],
    ['more fragments than the length needs', { messageLength: 10, fragmentCount: 6, data: new Uint8Array(2) }],
    ['data that is not bytes', { data: [1, 2, 3] }],
    ['a NaN count', { fragmentCount: Number.NaN }],
    ['a string length', { messageLength: '1000' }],
  ])('ignores a part with %s', (_, change) => {
    const part = { ...good(), ...change } as FountainPart;
    expect(isWellFormedPart(part)).toBe(false);
    const decoder = createFountainDecoder();
    decoder.receive(part);
    expect([decoder.progress(), decoder.bufferedBytes()]).toEqual([0, 0]);
    // Nothing was locked in: a good message is still accepted.
    const message = randomBytes(300, 20);
    transfer(decoder, message, 100);
    expect(decoder.result()).toEqual(message);
  });

  it('ignores values that are not parts at all', () => {
    const decoder = createFountainDecoder();
    for (const value of [undefined, null, 0, 'HW1:', {}, [], { seqNum: 1 }]) expect(() => decoder.receive(value as unknown as FountainPart)).not.toThrow();
    expect(decoder.progress()).toBe(0);
  });

  it('reports a checksum mismatch, starts over and then succeeds with good parts', () => {
    const message = randomBytes(1000, 21);
    const encoder = createFountainEncoder(message, 100);
    const decoder = createFountainDecoder();
    const parts = Array.from({ length: 10 }, () => encoder.nextPart());
    parts[4] = { ...parts[4]!, data: parts[4]!.data.map((byte, i) => (i === 0 ? byte ^ 1 : byte)) };
    for (const part of parts) decoder.receive(part);
    expect(decoder.isComplete()).toBe(false);
    expect(decoder.result()).toBeUndefined();
    expect(decoder.error()).toMatch(/checksum/);
    expect([decoder.progress(), decoder.bufferedBytes()]).toEqual([0, 0]);
    receiveUntilComplete(decoder, () => [encoder.nextPart()]);
    expect(decoder.result()).toEqual(message);
    expect(decoder.error()).toBeUndefined();
  });

  it('keeps its memory within the caps under an endless stream of unsolvable mixes', () => {
    // The largest message in 256 fragments, and only mixes that hold fragments 0 and 1 together:
    // no combination of them separates the two, so nothing completes, the waiting mixes reach the
    // pending cap, and from there the decoder evicts instead of growing.
    const fragmentCount = 256;
    const messageLength = MAX_MESSAGE_LENGTH;
    const checksum = 0x12345678;
    const fragmentLength = Math.ceil(messageLength / fragmentCount);
    const decoder = createFountainDecoder();
    let most = 0;
    let sent = 0;
    for (let seqNum = fragmentCount + 1; sent < 4 * fragmentCount; seqNum++) {
      const mixed = fragmentsOfPart(seqNum, fragmentCount, checksum);
      if (!mixed.includes(0) || !mixed.includes(1)) continue;
      decoder.receive({ seqNum, fragmentCount, messageLength, checksum, data: new Uint8Array(fragmentLength).fill(seqNum & 0xff) });
      sent++;
      most = Math.max(most, decoder.bufferedBytes());
    }
    expect([decoder.isComplete(), decoder.error()]).toEqual([false, undefined]);
    // At most 2n + 16 waiting mixes (no fragment is solved: each mix has ~128 unknowns).
    expect(most).toBe((2 * fragmentCount + 16) * fragmentLength);
  });

  it('derives the fragments of a part from seqNum and checksum alone', () => {
    expect(fragmentsOfPart(7, 40, 1)).toEqual([6]);
    expect(fragmentsOfPart(41, 40, 1)).toEqual(fragmentsOfPart(41, 40, 1));
    expect(fragmentsOfPart(41, 40, 1)).not.toEqual(fragmentsOfPart(41, 40, 2));
    for (let seqNum = 41; seqNum < 200; seqNum++) {
      const mixed = fragmentsOfPart(seqNum, 40, 3);
      expect(new Set(mixed).size).toBe(mixed.length);
      expect(mixed.every((index) => Number.isInteger(index) && index >= 0 && index < 40)).toBe(true);
    }
  });

  it('never completes with wrong data when fed 5,000 mutated parts', () => {
    const message = randomBytes(3000, 23);
    const encoder = createFountainEncoder(message, 100);
    const parts = Array.from({ length: 200 }, () => encoder.nextPart());
    const random = seededRandom(24);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const numbers = [0, 1, 2, 29, 30, 31, 100, 3000, 2 ** 16, 2 ** 31, 2 ** 32 - 1, 2 ** 32, -1, 0.5, Number.NaN, MAX_FRAGMENT_COUNT, MAX_MESSAGE_LENGTH];
    const mutate = (part: FountainPart): FountainPart => {
      const copy = { ...part, data: part.data.slice() };
      switch (Math.floor(random() * 6)) {
        case 0: copy.data[Math.floor(random() * copy.data.length)]! ^= 1 << Math.floor(random() * 8); break;
        case 1: copy.seqNum = random() < 0.5 ? pick(numbers) : copy.seqNum + 1; break;
        case 2: copy.fragmentCount = pick(numbers); break;
        case 3: copy.messageLength = pick(numbers); break;
        case 4: copy.checksum = random() < 0.5 ? pick(numbers) : copy.checksum ^ 1; break;
        default: copy.data = copy.data.subarray(0, Math.floor(random() * copy.data.length));
      }
      return copy;
    };
    let completions = 0;
    let detected = 0;
    // Runs of 60 parts, one in ten mutated: enough runs complete, and enough are poisoned, that both
    // the success and the checksum-mismatch paths are exercised. A run whose first part was a
    // mutated header stays locked to that phantom message, as documented, and simply never completes.
    for (let run = 0; run < 5000 / 60; run++) {
      const decoder = createFountainDecoder();
      for (let i = 0; i < 60; i++) {
        const part = random() < 0.9 ? pick(parts) : mutate(pick(parts));
        expect(() => decoder.receive(part)).not.toThrow();
        expect(decoder.bufferedBytes()).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        if (decoder.error()) detected++;
        if (decoder.isComplete()) break;
      }
      if (decoder.isComplete()) {
        expect(decoder.result()).toEqual(message);
        completions++;
      }
    }
    expect(detected).toBeGreaterThan(0);
    expect(completions).toBeGreaterThan(0);
  });
});
