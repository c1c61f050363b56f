import { describe, expect, it } from 'vitest';
import { otherLayoutReadings } from './keyboard-layouts';

describe('otherLayoutReadings', () => {
  it('reads Latin typed for Russian on the ЙЦУКЕН layout, punctuation keys included', () => {
    expect(otherLayoutReadings('Cntgfyfrthn')).toContain('степанакерт');
    expect(otherLayoutReadings('Ieif')).toContain('шуша');
    expect(otherLayoutReadings('[jl;fks')).toContain('ходжалы');
    expect(otherLayoutReadings('Rtkm,fl;fh')).toContain('кельбаджар');
  });

  it('reads Latin typed for Armenian on the phonetic layout, digit row included', () => {
    expect(otherLayoutReadings('Ste3anake8t')).toContain('ստեփանակերտ');
    expect(otherLayoutReadings(';wu;i')).toContain('շուշի');
    expect(otherLayoutReadings('\\wu\\i')).toContain('շուշի');
    expect(otherLayoutReadings('La9in')).toContain('լաչին');
  });

  it('reads Russian or Armenian letters typed for Latin back as Latin', () => {
    expect(otherLayoutReadings('Ыеузфтфлуке')).toEqual(['stepanakert']);
    expect(otherLayoutReadings('Սհւսհի')).toEqual(['shushi']);
    expect(otherLayoutReadings('Ագդամ')).toEqual(['agdam']);
  });

  it('leaves out readings no slip of layout could give', () => {
    // Letters of the punctuation keys (х ж э) or off the Latin letter keys (փ ր) mean the script was meant.
    expect(otherLayoutReadings('Ходжалы')).toEqual([]);
    expect(otherLayoutReadings('Ստեփանակերտ')).toEqual([]);
    expect(otherLayoutReadings('112')).toEqual([]);
    expect(otherLayoutReadings('')).toEqual([]);
  });
});
