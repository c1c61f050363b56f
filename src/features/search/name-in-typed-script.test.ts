import { describe, expect, it } from 'vitest';
import { nameInTypedScript } from './name-in-typed-script';

const shushi = { en: 'Shushi (Shusha)', hy: 'Շուշի (Շուշա)', az: 'Şuşa (Şuşi)', ru: 'Шуша (Шуши)' };
const dadivank = { en: 'Dadivank (Khudavang) monastery', hy: 'Դադիվանք (Խուդավանգ)', az: 'Xudavəng monastırı (Dadivank)', ru: 'Монастырь Дадиванк (Худаванг)' };

describe('nameInTypedScript', () => {
  it('shows the name in the script typed when the reader’s language has another', () => {
    expect(nameInTypedScript(shushi, 'Շուշի', 'en')).toEqual({ text: 'Շուշի (Շուշա)', lang: 'hy' });
    expect(nameInTypedScript(shushi, 'шуша', 'az')).toEqual({ text: 'Шуша (Шуши)', lang: 'ru' });
    expect(nameInTypedScript(shushi, 'Shusha', 'hy')).toEqual({ text: 'Shushi (Shusha)', lang: 'en' });
  });

  it('picks the Latin name that was typed: Azerbaijani letters or words', () => {
    expect(nameInTypedScript(shushi, 'Şuşa', 'ru')).toEqual({ text: 'Şuşa (Şuşi)', lang: 'az' });
    expect(nameInTypedScript(dadivank, 'Xudaveng', 'hy')).toEqual({ text: 'Xudavəng monastırı (Dadivank)', lang: 'az' });
    expect(nameInTypedScript(dadivank, 'Khudavang', 'ru')).toEqual({ text: 'Dadivank (Khudavang) monastery', lang: 'en' });
  });

  it('shows nothing more when the title is already in the script typed, or the name lacks that language', () => {
    expect(nameInTypedScript(shushi, 'Susa', 'en')).toBeUndefined();
    expect(nameInTypedScript(shushi, 'Շուշի', 'hy')).toBeUndefined();
    expect(nameInTypedScript({ en: 'Goris' }, 'Горис', 'en')).toBeUndefined();
    expect(nameInTypedScript(shushi, '112', 'en')).toBeUndefined();
  });
});
