import { crc32 } from './crc32';
import { chooseFragments, degreeCdf, fragmentLengthOf, MAX_FRAGMENT_COUNT, MAX_MESSAGE_LENGTH, MAX_SEQ_NUM, xorInto, type FountainEncoder } from './fountain-scheme';

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
