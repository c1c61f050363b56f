// Binary search over the index's words, which are kept in code-unit order.


// Plain < on strings compares UTF-16 code units, the order that sort() without a comparator
// uses; localeCompare would disagree with the binary search.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position whose word is ≥ `target`. */
export function lowerBound(words: readonly string[], target: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function findWord(words: readonly string[], word: string): number {
  const i = lowerBound(words, word);
  return words[i] === word ? i : -1;
}
