import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were given in', () => {
    const a = { id: 'hz-1', title: { en: 'Field', ru: 'Поле' }, lat: 39.6 };
    const b = { lat: 39.6, title: { ru: 'Поле', en: 'Field' }, id: 'hz-1' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"id":"hz-1","lat":39.6,"title":{"en":"Field","ru":"Поле"}}');
  });

  it('sorts keys at every level, inside nested arrays too, and keeps array order', () => {
    const value = { z: [[{ b: 1, a: 2 }], [3, [4, { d: true, c: null }]]], a: [] };
    expect(canonicalJson(value)).toBe('{"a":[],"z":[[{"a":2,"b":1}],[3,[4,{"c":null,"d":true}]]]}');
  });

  it('sorts by UTF-16 code units, not by locale or code point', () => {
    // U+FF21 (one unit, 0xFF21) sorts after U+1F600 (surrogates 0xD83D 0xDE00), though its code point is lower.
    const value = { b: 1, B: 2, é: 3, '\u{FF21}': 4, '\u{1F600}': 5, a: 6, '': 7, '10': 8, '9': 9 };
    expect(canonicalJson(value)).toBe('{"":7,"10":8,"9":9,"B":2,"a":6,"b":1,"é":3,"\u{1F600}":5,"\u{FF21}":4}');
  });

  it('writes no whitespace and numbers as JSON.stringify does', () => {
    expect(canonicalJson({ n: [1, -0, 0.1, 1e21, 1.5e-7, -47.143, 100] })).toBe('{"n":[1,0,0.1,1e+21,1.5e-7,-47.143,100]}');
    expect(canonicalJson('line\nquote" tab\t \u2028')).toBe(JSON.stringify('line\nquote" tab\t \u2028'));
    expect(canonicalJson({ a: 'Դադիվանք', b: 'Xudavəng' })).not.toMatch(/\s/);
  });

  it('leaves out undefined properties, as the JSON a publisher writes does', () => {
    const value = { id: 'x', headsign: undefined, nested: { a: undefined, b: 1 } };
    expect(canonicalJson(value)).toBe('{"id":"x","nested":{"b":1}}');
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
  });

  it('throws on what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    expect(() => canonicalJson(new Map())).toThrow(TypeError);
  });

  it('accepts objects without a prototype', () => {
    const value = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(value)).toBe('{"a":1,"b":2}');
  });
});
