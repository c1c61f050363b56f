import { describe, expect, it } from 'vitest';
import { translate, type Strings } from './translate';

// Shaped like locales/*.json: nested keys, CLDR plural suffixes, a nested count.
const RU: Strings = {
  hazards: { count_one: '{{count}} учтённая опасность', count_few: '{{count}} учтённые опасности', count_many: '{{count}} учтённых опасностей', count_other: '{{count}} опасности' },
  send: { what: 'Лента {{feed}}, $t(send.parts, {"count": {{frames}} }).', parts_one: 'в {{count}} части', parts_other: 'в {{count}} частях' },
  load: { progress: '{{dataset}}: {{percent}}% — {{received}} из {{total}}' },
};

describe('translate', () => {
  it('picks the plural form of the count in the language', () => {
    expect(translate(RU, 'ru', 'hazards.count', { count: 2 })).toBe('2 учтённые опасности');
    expect(translate(RU, 'ru', 'hazards.count', { count: 1.5 })).toBe('1.5 опасности');
  });

  it('fills a nested string with its own count', () => {
    expect(translate(RU, 'ru', 'send.what', { feed: 'homeward-demo', frames: 21 })).toBe('Лента homeward-demo, в 21 части.');
  });

  it('gives the key back for a missing string, and leaves a placeholder without a value as written', () => {
    expect(translate(RU, 'ru', 'load.missing')).toBe('load.missing');
    expect(translate(RU, 'ru', 'load.progress', { dataset: 'Карта', percent: 5 })).toBe('Карта: 5% — {{received}} из {{total}}');
  });
});
