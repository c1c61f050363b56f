// Xoshiro256** (Blackman and Vigna), the PRNG BC-UR uses to pick the fragments of a mixed part.
// BigInt keeps the 64-bit arithmetic plain; a part needs only a handful of draws.

const MASK = 0xffff_ffff_ffff_ffffn;

/** A seeded stream of pseudo-random numbers. */
export interface Xoshiro256 {
  /** The next raw 64-bit output. */
  nextUint64(): bigint;
  /** A number in [0, 1) from the top 53 bits of the next output. */
  nextDouble(): number;
  /** An integer in [0, limit). */
  nextInt(limit: number): number;
}

const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & MASK;

/** A generator started from an explicit 256-bit state (four 64-bit words, not all zero). */
export function createXoshiro256FromState(state: readonly [bigint, bigint, bigint, bigint]): Xoshiro256 {
  let [s0, s1, s2, s3] = state.map((word) => word & MASK) as [bigint, bigint, bigint, bigint];
  const nextUint64 = () => {
    const result = (rotl((s1 * 5n) & MASK, 7n) * 9n) & MASK;
    const t = (s1 << 17n) & MASK;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 45n);
    return result;
  };
  const nextDouble = () => Number(nextUint64() >> 11n) / 2 ** 53;
  return { nextUint64, nextDouble, nextInt: (limit) => Math.floor(nextDouble() * limit) };
}

/**
 * A generator whose state is expanded from a 64-bit seed by SplitMix64, the seeding Vigna
 * recommends. (BC-UR hashes its seed with SHA-256 instead; a synchronous SHA-256 would cost us
 * a dependency or 2 KB of code for no gain, since Homeward frames do not claim to be `ur:` parts.)
 */
export function createXoshiro256(seed: bigint): Xoshiro256 {
  let x = seed & MASK;
  const splitMix64 = () => {
    x = (x + 0x9e3779b97f4a7c15n) & MASK;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
  return createXoshiro256FromState([splitMix64(), splitMix64(), splitMix64(), splitMix64()]);
}
