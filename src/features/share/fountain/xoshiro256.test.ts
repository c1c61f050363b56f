import { describe, expect, it } from 'vitest';
import { createXoshiro256, createXoshiro256FromState } from './xoshiro256';

describe('Xoshiro256**', () => {
  it('matches the reference implementation from state [1, 2, 3, 4]', () => {
    const random = createXoshiro256FromState([1n, 2n, 3n, 4n]);
    expect(Array.from({ length: 10 }, () => random.nextUint64())).toEqual([
      11520n, 0n, 1509978240n, 1215971899390074240n, 1216172134540287360n, 607988272756665600n,
      16172922978634559625n, 8476171486693032832n, 10595114339597558777n, 2904607092377533576n,
    ]);
  });

  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: bigint) => {
      const random = createXoshiro256(seed);
      return Array.from({ length: 8 }, () => random.nextUint64());
    };
    expect(draw(42n)).toEqual(draw(42n));
    expect(draw(42n)).not.toEqual(draw(43n));
  });

  it('keeps doubles in [0, 1) and integers in [0, limit)', () => {
    const random = createXoshiro256(7n);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = random.nextDouble();
      expect(x >= 0 && x < 1).toBe(true);
      const n = random.nextInt(10);
      expect(Number.isInteger(n) && n >= 0 && n < 10).toBe(true);
      seen.add(n);
    }
    expect(seen.size).toBe(10);
  });
});
