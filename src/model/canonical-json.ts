// The one byte form of a JSON value that signatures cover; the publisher (in Node) and the app build it alike.

/**
 * `value` as canonical JSON: object keys sorted by UTF-16 code units at every level, no
 * whitespace, strings and numbers as JSON.stringify writes them, `undefined` properties left
 * out. The subset of RFC 8785 (JCS) that the feed's data needs; anything else throws, so a
 * value can never be signed in a form that JSON would silently change.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify writes NaN and Infinity as null, which would sign a different value.
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
      if (!isPlainObject(value)) throw new TypeError('canonicalJson: only plain objects and arrays are JSON');
      return `{${Object.keys(value)
        .filter((key) => value[key] !== undefined)
        // The default sort compares UTF-16 code units, exactly what JCS asks for.
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
        .join(',')}}`;
    default:
      // undefined (in an array), functions, symbols and bigints have no JSON form of their own.
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
