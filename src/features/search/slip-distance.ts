// Search only: how many slips of the finger turn one word into another. A slip is a letter
// missing, one too many, a wrong one (a neighbouring key) or two neighbours swapped: the
// optimal string alignment distance. No DOM here.

// Three rows of the dynamic programme, reused: the scan calls this for thousands of words per query.
let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** The number of slips between `a` and `b` if it is at most `limit`, else `limit + 1`. */
export function slipDistance(a: string, b: string, limit: number): number {
  const aLength = a.length;
  const bLength = b.length;
  if (Math.abs(aLength - bLength) > limit) return limit + 1;
  if (rows[0]!.length <= bLength) rows = rows.map(() => new Int32Array(bLength * 2 + 1));
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= bLength; j++) previous[j] = j;
  for (let i = 1; i <= aLength; i++) {
    const aCode = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= bLength; j++) {
      const bCode = b.charCodeAt(j - 1);
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (aCode === bCode ? 0 : 1));
      if (i > 1 && j > 1 && aCode === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bCode) distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current[j] = distance;
      if (distance < rowMinimum) rowMinimum = distance;
    }
    // Every later row is at least this row's minimum: past the limit, the rest cannot come back.
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[bLength]!, limit + 1);
}

/**
 * Whether `a` becomes the first `bLength` characters of `b` with at most one slip, in O(n):
 * the cheap test for a word still being typed.
 */
export function isWithinOneSlipOfPrefix(a: string, b: string, bLength: number): boolean {
  const aLength = a.length;
  if (Math.abs(aLength - bLength) > 1) return false;
  let i = 0;
  while (i < aLength && i < bLength && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === aLength && i === bLength) return true;
  if (aLength === bLength) {
    if (isSameFrom(a, i + 1, b, i + 1, bLength)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && isSameFrom(a, i + 2, b, i + 2, bLength);
  }
  return aLength > bLength ? isSameFrom(a, i + 1, b, i, bLength) : isSameFrom(a, i, b, i + 1, bLength);
}

/** Whether a from `ai` to its end equals b from `bi` to `bEnd`. */
function isSameFrom(a: string, ai: number, b: string, bi: number, bEnd: number): boolean {
  if (a.length - ai !== bEnd - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/**
 * Which letters a word holds, one bit per letter a–z (others share six bits): one slip changes
 * at most two bits, so words whose masks differ in more than 2 × limit bits are skipped unread.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 0x61 && code <= 0x7a ? code - 0x61 : 26 + (code % 6));
  }
  return mask;
}

/** The number of bits set in a 32-bit mask. */
export function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
