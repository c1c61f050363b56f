import { describe, expect, it } from 'vitest';
import { bitCount, isWithinOneSlipOfPrefix, letterMask, slipDistance } from './slip-distance';

describe('slipDistance', () => {
  it.each([
    ['agdam', 'agdam', 0],
    ['agam', 'agdam', 1], // a letter missing
    ['agddam', 'agdam', 1], // one too many
    ['agsam', 'agdam', 1], // a neighbouring key
    ['lahcin', 'lachin', 1], // two swapped
    ['stpanakett', 'stepanakert', 2],
    ['stepnokrt', 'stepanakert', 3],
    // Optimal string alignment: a swapped pair is not edited again, so "ca" → "abc" is three, not two.
    ['ca', 'abc', 3],
  ])('counts %s → %s as %i', (a, b, slips) => {
    expect(slipDistance(a, b, 3)).toBe(slips);
    expect(slipDistance(b, a, 3)).toBe(slips);
  });

  it('stops at the limit and answers limit + 1 beyond it', () => {
    expect(slipDistance('stepnokrt', 'stepanakert', 2)).toBe(3);
    expect(slipDistance('a', 'abcdef', 1)).toBe(2);
    expect(slipDistance('', 'ab', 2)).toBe(2);
  });

  it('handles words longer than its buffers', () => {
    const long = 'a'.repeat(80);
    expect(slipDistance(long, `${long}b`, 1)).toBe(1);
  });
});

describe('isWithinOneSlipOfPrefix', () => {
  it('compares a word with the start of a longer one', () => {
    expect(isWithinOneSlipOfPrefix('stepn', 'stepanakert', 6)).toBe(true);
    expect(isWithinOneSlipOfPrefix('stopa', 'stepanakert', 5)).toBe(true);
    expect(isWithinOneSlipOfPrefix('stoop', 'stepanakert', 5)).toBe(false);
  });
});

describe('letterMask', () => {
  it('sets one bit per letter, so slips change few bits', () => {
    expect(bitCount(letterMask('agdam'))).toBe(4);
    expect(bitCount(letterMask('agdam') ^ letterMask('agsam'))).toBe(2);
    expect(bitCount(letterMask('agdam') ^ letterMask('agam'))).toBe(1);
    expect(bitCount(-1)).toBe(32);
  });
});
