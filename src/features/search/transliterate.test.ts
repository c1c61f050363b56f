import { describe, expect, it } from 'vitest';
import { plainKeyboardKey, queryWords, toLatinSkeleton } from './transliterate';

describe('toLatinSkeleton: Armenian', () => {
  // The right column is the skeleton (y → i), not the bare transliteration.
  const letters: [string, string][] = [
    ['ա', 'a'], ['բ', 'b'], ['գ', 'g'], ['դ', 'd'], ['ե', 'e'], ['զ', 'z'], ['է', 'e'], ['ը', 'i'],
    ['թ', 't'], ['ժ', 'zh'], ['ի', 'i'], ['լ', 'l'], ['խ', 'kh'], ['ծ', 'ts'], ['կ', 'k'], ['հ', 'h'],
    ['ձ', 'dz'], ['ղ', 'gh'], ['ճ', 'ch'], ['մ', 'm'], ['յ', 'i'], ['ն', 'n'], ['շ', 'sh'], ['ո', 'o'],
    ['չ', 'ch'], ['պ', 'p'], ['ջ', 'j'], ['ռ', 'r'], ['ս', 's'], ['վ', 'v'], ['տ', 't'], ['ր', 'r'],
    ['ց', 'ts'], ['ւ', 'v'], ['փ', 'p'], ['ք', 'k'], ['օ', 'o'], ['ֆ', 'f'], ['և', 'ev'],
  ];

  it('covers the 38 letters and the ligature և', () => {
    expect(new Set(letters.map(([letter]) => letter)).size).toBe(39);
  });

  // Between two ր, so that Ե and Ո do not begin a word; ռ and ր merge with the frame ("rrr" → "r").
  it.each(letters)('turns %s into %s', (letter, latin) => {
    expect(toLatinSkeleton(`ր${letter}ր`)).toBe(`r${latin}r`.replace(/r+/g, 'r'));
  });

  // և is a ligature with no capital of its own.
  it.each(letters.filter(([letter]) => letter !== 'և'))('treats capital %s like the small letter', (letter) => {
    expect(toLatinSkeleton(`ր${letter.toUpperCase()}ր`)).toBe(toLatinSkeleton(`ր${letter}ր`));
  });

  it('reads Ե as ye and Ո as vo at the start of a word, and ու as u', () => {
    expect(toLatinSkeleton('Երևան')).toBe('ierevan');
    expect(toLatinSkeleton('Ոստիկանություն')).toBe('vostikanutiun');
    expect(toLatinSkeleton('ՈՒԽՏ')).toBe('ukht');
    expect(toLatinSkeleton('և')).toBe('iev');
  });

  it('keeps a word whole across the emphasis mark and splits at the Armenian comma', () => {
    expect(toLatinSkeleton('մի՛ դիպչեք')).toBe('mi dipchek');
    expect(toLatinSkeleton('Արցախի՝ Տիգրանակերտ')).toBe('artsakhi tigranakert');
  });
});

describe('toLatinSkeleton: Cyrillic', () => {
  const letters: [string, string][] = [
    ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['е', 'e'], ['ё', 'e'], ['ж', 'zh'],
    ['з', 'z'], ['и', 'i'], ['й', 'i'], ['к', 'k'], ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'],
    ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'], ['х', 'kh'], ['ц', 'ts'],
    ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ъ', ''], ['ы', 'i'], ['ь', ''], ['э', 'e'], ['ю', 'iu'],
    ['я', 'ia'],
    // Azerbaijani Cyrillic, with the values of the Latin letters that replaced them.
    ['ә', 'e'], ['ғ', 'gh'], ['ҝ', 'g'], ['ҹ', 'j'], ['һ', 'h'], ['ө', 'o'], ['ү', 'u'], ['ј', 'i'],
  ];

  // Between two м, after a consonant, so that е is plain e; м itself, ъ and ь merge with the frame.
  it.each(letters)('turns %s into "%s"', (letter, latin) => {
    expect(toLatinSkeleton(`м${letter}м`)).toBe(`m${latin}m`.replace(/m+/g, 'm'));
    expect(toLatinSkeleton(`м${letter.toUpperCase()}м`)).toBe(toLatinSkeleton(`м${letter}м`));
  });

  it('reads е as ye at the start of a word and after a vowel or a hard or soft sign', () => {
    expect(toLatinSkeleton('Ереван')).toBe('ierevan');
    expect(toLatinSkeleton('поле')).toBe('pole');
    expect(toLatinSkeleton('Азербайджане')).toBe('azerbaidzhane');
    expect(toLatinSkeleton('подъезд')).toBe('podiezd');
    expect(toLatinSkeleton('Кельбаджар')).toBe('kelbadzhar');
  });
});

describe('toLatinSkeleton: Azerbaijani Latin and folding', () => {
  it.each([
    ['ə', 'e'], ['ş', 'sh'], ['ç', 'ch'], ['ğ', 'g'], ['ı', 'i'], ['ö', 'o'], ['ü', 'u'], ['x', 'x'],
    ['q', 'g'], ['c', 'j'], ['i', 'i'], ['İ', 'i'], ['Ə', 'e'], ['Ş', 'sh'], ['I', 'i'],
  ])('turns %s into %s', (letter, latin) => {
    expect(toLatinSkeleton(`t${letter}t`)).toBe(`t${latin}t`);
  });

  it('folds case and diacritics, whether the input is composed or not', () => {
    expect(toLatinSkeleton('STEPANAKERT')).toBe('stepanakert');
    expect(toLatinSkeleton('Stépanakért')).toBe('stepanakert');
    expect(toLatinSkeleton('ŞUŞA')).toBe('shusha');
    expect(toLatinSkeleton('S\u0327us\u0327a')).toBe('shusha');
    expect(toLatinSkeleton('Šuša')).toBe('shusha');
    expect(toLatinSkeleton('Füzuli')).toBe('fuzuli');
  });

  it('applies the skeleton rules to English spellings too, and keeps letter pairs as typed', () => {
    expect(toLatinSkeleton('Khankendi')).toBe('khankendi');
    expect(toLatinSkeleton('Dzhebrail Djebrail Jebrail Cebrail')).toBe('dzhebrail djebrail jebrail jebrail');
    expect(toLatinSkeleton('Aghdam')).toBe('aghdam');
    expect(toLatinSkeleton('Khojaly')).toBe('khojali');
    expect(toLatinSkeleton('Qubadly')).toBe('gubadli');
  });

  it('returns words joined by single spaces and keeps digits whole', () => {
    expect(toLatinSkeleton('  ICRC — sub-delegation, Goris (112)!  ')).toBe('ijrj sub delegation goris 112');
    expect(toLatinSkeleton("peacekeepers' escort")).toBe('peajekepers esjort');
    expect(toLatinSkeleton('— , —')).toBe('');
  });

  it('passes letters of other scripts through unchanged', () => {
    expect(toLatinSkeleton('Ἀθῆναι თბილისი')).toBe('αθηναι თბილისი');
  });
});

describe('plainKeyboardKey: the same place in every script and on every keyboard', () => {
  // First the key, written by hand; then spellings that must all fold to it: the English, the
  // Armenian, Russian and Azerbaijani names, and how a plain Latin keyboard types them.
  it.each([
    ['stapanakart', 'Stepanakert', 'Ստեփանակերտ', 'Степанакерт', 'Step\u02bbanakert'],
    ['hankandi', 'Khankendi', 'Xankəndi', 'Ханкенди', 'Խանքենդի', 'Xankendi', 'Xankandi', 'Hankendi'],
    ['susi', 'Shushi', 'Շուշի', 'Шуши', 'Şuşi', 'Susi'],
    ['susa', 'Shusha', 'Şuşa', 'Шуша', 'Susa', 'Šuša'],
    ['lajin', 'Lachin', 'Laçın', 'Лачин', 'Լաչին', 'Lacin', 'Lachyn', 'Lačin'],
    ['barjor', 'Berdzor', 'Բերձոր', 'Бердзор'],
    ['kalbajar', 'Kelbajar', 'Kəlbəcər', 'Кельбаджар', 'Kelbecer', 'Kalbacar', 'Kel\u02b9badzhar'],
    ['karvajar', 'Karvachar', 'Քարվաճառ', 'Карвачар', 'Karvaçar', 'Karvacar'],
    ['agdam', 'Agdam', 'Ağdam', 'Агдам', 'Աղդամ', 'Aghdam'],
    ['fizuli', 'Fizuli', 'Ֆիզուլի', 'Физули'],
    ['jabrail', 'Jebrail', 'Cəbrayıl', 'Джебраил', 'Cebrail', 'Cabrayil', 'Djebrail', 'Dzhebrail'],
    ['jrakan', 'Jrakan', 'Ջրական', 'Джракан', 'Crakan'],
    ['hojavand', 'Khojavend', 'Xocavənd', 'Ходжавенд', 'Hocavend', 'Hodzhavend', 'Xocavand'],
    ['hojali', 'Khojaly', 'Xocalı', 'Ходжалы', 'Hocali', 'Hojaly', 'Khodzhaly'],
    ['gubadli', 'Gubadly', 'Qubadlı', 'Губадлы', 'Qubadli'],
    ['iaravan', 'Yerevan', 'Երևան', 'Ереван'],
    ['iagagnajor', 'Yeghegnadzor', 'Եղեգնաձոր', 'Yeğeqnadzor', 'Yegeqnadzor'],
    ['vaik', 'Vayk', 'Վայք', 'Вайк', 'Vaik'],
    ['sisian', 'Sisian', 'Սիսիան', 'Sisyan', 'Сисиан'],
    ['gazanjatsots', 'Ghazanchetsots', 'Ղազանչեցոց', 'Газанчецоц', 'Qazançetsots', 'Qazancetsots'],
    ['iuhari', 'Yukhari', 'Yuxarı', 'Юхары', 'Yuxari', 'Yuhari'],
    ['tigranakart', 'Tigranakert', 'Տիգրանակերտ', 'Tiqranakert', 'Тигранакерт'],
  ])('folds every spelling of %s', (key, ...names) => {
    for (const name of names) expect(plainKeyboardKey(toLatinSkeleton(name)), name).toBe(key);
  });

  // Each letter a plain Latin keyboard lacks, with every way it is typed instead (docs: issue 15).
  it.each([
    ['ş', 's', 'sh'],
    ['ç', 'c', 'ch'],
    ['ğ', 'g', 'gh'],
    ['ə', 'e', 'a'],
    ['ı', 'i'],
    ['x', 'kh', 'h'],
    ['ö', 'o'],
    ['ü', 'u'],
    // The same sounds in Russian and Armenian transliteration.
    ['š', 's', 'sh'],
    ['č', 'c', 'ch'],
    ['ž', 'zh', 'j'],
    ['ǰ', 'j', 'dzh'],
  ])('folds %s like %s', (letter, ...typed) => {
    for (const spelling of typed) expect(plainKeyboardKey(toLatinSkeleton(`t${spelling}t`)), spelling).toBe(plainKeyboardKey(toLatinSkeleton(`t${letter}t`)));
  });

  it('keeps the sounds apart that no keyboard confuses', () => {
    const keys = ['tst', 'tjt', 'tgt', 'tat', 'tit', 'tht', 'tot', 'tut', 'tkt', 'tzt'];
    expect(new Set(keys.map((word) => plainKeyboardKey(toLatinSkeleton(word)))).size).toBe(keys.length);
  });
});

describe('queryWords', () => {
  it('counts the letters typed, whatever the skeleton makes of them', () => {
    expect(queryWords('Şuşa')).toEqual([{ skeleton: 'shusha', unmerged: 'shusha', typedLetters: 4 }]);
    expect(queryWords('Cəbrayıl')).toEqual([{ skeleton: 'jebrail', unmerged: 'jebraiil', typedLetters: 8 }]);
    expect(queryWords('Шуша')).toEqual([{ skeleton: 'shusha', unmerged: 'shusha', typedLetters: 4 }]);
  });

  it('keeps the doubled letters a slip made, beside the merged skeleton', () => {
    expect(queryWords('Siian')).toEqual([{ skeleton: 'sian', unmerged: 'siian', typedLetters: 5 }]);
  });

  it('splits like the index, drops repeated words and words that fold to nothing', () => {
    expect(queryWords("  Hadrut' — sub-delegation, ъ Hadrut").map((word) => word.skeleton)).toEqual(['hadrut', 'sub', 'delegation']);
    expect(queryWords('— , —')).toEqual([]);
  });
});
