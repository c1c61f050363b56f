import { describe, expect, it } from 'vitest';
import { pickText } from './content-text';

describe('pickText', () => {
  it('shows the reader’s language when the text has it', () => {
    expect(pickText({ en: 'Mines', ru: 'Мины' }, 'ru')).toEqual({ text: 'Мины', lang: 'ru', isFallback: false });
  });
  it('falls back to English and marks it', () => {
    expect(pickText({ en: 'Mines', ru: 'Мины' }, 'hy')).toEqual({ text: 'Mines', lang: 'en', isFallback: true });
  });
  it('does not mark English as a fallback for English readers', () => {
    expect(pickText({ en: 'Mines' }, 'en').isFallback).toBe(false);
  });
});
