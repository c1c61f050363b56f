// Search only (loaded with the search index, not on first load): folds any of the app's scripts
// to Latin in two steps. The "skeleton" spells each letter as a Latin keyboard types it
// ("Şuşa", "Shusha", "Шуша" and "Շուշի" are all "shusha"); the plain-keyboard key then folds
// letter pairs and the letters a plain keyboard lacks into one letter per sound, so that
// "Susa", "Xankəndi" and "Hankendi" meet them too. No DOM here: the index is built in a worker.
//
// Both are for matching, never for display. Each step serves one case seen in the place names
// of docs/domain.md; the test beside this file checks every one of them.

// Armenian, Eastern pronunciation, after BGN/PCGN 1981 without its apostrophes: users type "t",
// not "t'", for Թ as for Տ. Ե, Ո and ու depend on their neighbours and are handled in code; և
// never reaches this table in practice (NFKD splits it into ե + ւ), it is listed to be complete.
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh',
  ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm',
  յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v',
  տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

// Russian after BGN/PCGN, plus the letters of Azerbaijani Cyrillic (1939–1991), which older
// people and old documents still use: ә ғ ҝ ҹ һ ө ү ј are given their Azerbaijani Latin values.
// й and ё never arrive here (NFKD strips their marks: й → и, ё → е); that loses nothing, as
// the skeleton folds y into i anyway.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', є: 'ye', ґ: 'g',
  ә: 'e', ғ: 'gh', ҝ: 'g', ҹ: 'j', һ: 'h', ө: 'o', ү: 'u', ј: 'y',
};

// Latin letters that NFKD leaves whole. ə is e, as Azerbaijanis write it on a keyboard without ə
// ("Xankendi"); English spellings that use a for it ("Kelbajar") meet it through the index's
// a/e-blind key, not here.
const LATIN: Record<string, string> = {
  ə: 'e', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ħ: 'h',
};

// By UTF-16 code: every letter above sits below U+0590, and an array index beats a property lookup
// in the loop that runs over every character of the data.
const TABLE: (string | undefined)[] = [];
for (const [letter, latin] of Object.entries({ ...ARMENIAN, ...CYRILLIC, ...LATIN })) TABLE[letter.charCodeAt(0)] = latin;

// Sounds that NFKD would reduce to a bare letter that means another sound: ş is sh, not s. ğ is
// left to NFKD: its g is what the plain-keyboard key makes of gh anyway.
const BEFORE_NFKD = /[şșšŝçčĉžẑ]/g;
const BEFORE_NFKD_VALUES: Record<string, string> = {
  ş: 'sh', ș: 'sh', š: 'sh', ŝ: 'sh', ç: 'ch', č: 'ch', ĉ: 'ch', ž: 'zh', ẑ: 'zh',
};

// Marks written inside a word, which must not split it: apostrophes (English possessives,
// "Hadrut'", Armenian aspiration "Step'anakert"), the primes of Russian transliteration (ʹ ʺ
// for ь ъ: "Kelʹbadzhar"), Armenian emphasis, exclamation and question marks (placed over a
// vowel: "մի՛"), soft hyphens and zero-width joiners. The Armenian comma ՝ (U+055D) does
// separate words.
const IN_WORD_MARKS = /['’ʼʻ`\u02b9\u02ba\u055a-\u055c\u055e\u055f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Russian е and Armenian Ե are "ye" where they begin a syllable without a consonant: this is how
// Ереван, Երևան and Yerevan line up. Codes: а е и о у ы э ю я і є, and the hard and soft signs.
const BEFORE_CYRILLIC_YE = new Set([0x430, 0x435, 0x438, 0x43e, 0x443, 0x44b, 0x44d, 0x44e, 0x44f, 0x456, 0x454, 0x44a, 0x44c]);
const ARMENIAN_YECH = 0x565;
const ARMENIAN_VO = 0x578;
const ARMENIAN_YIWN = 0x582;
const CYRILLIC_IE = 0x435;

// Applied to all Latin text alike, since a Latin word does not say which language it is in.
// Single letters only: a letter pair (kh, dz, sh…) stays two letters here, as it was typed, so
// that a slip inside it ("Bedrzor") costs one slip; plainKeyboardKey folds the pairs.
// - c → j unless in ch: Azerbaijani c (Cəbrayıl, Jebrail); an English c is rarely the only
//   difference between two names, so little is lost. ch stays: Laçın, Лачин, Lachin.
// - q → g: Azerbaijani q (Qubadlı, Gubadly; Tiqranakert).
// - y → i: one vowel in transliteration (Khojaly, Xocalı, Ходжалы; Sisyan, Sisian).
const SKELETON_SPELLINGS = /c(?!h)|q|y/g;
const SKELETON_SOUNDS: Record<string, string> = { c: 'j', q: 'g', y: 'i' };
// Doubled letters are spelling, not sound (Cəbrayıl → jebraiil → jebrail); digits are not folded.
const DOUBLED_LETTERS = /([a-z])\1+/g;

/** Folds text in any script to lower-case Latin words joined by single spaces, for matching. */
export function toLatinSkeleton(text: string): string {
  return latinSounds(text).replace(DOUBLED_LETTERS, '$1').trim();
}

/** The skeleton words of a text, as the index holds and a query looks them up. */
export function skeletonWords(text: string): string[] {
  const skeleton = toLatinSkeleton(text);
  return skeleton === '' ? [] : skeleton.split(' ');
}

/** One word of a query, as the matching tiers need it. */
export interface QueryWord {
  /** As the index holds words. */
  skeleton: string;
  /** The same before doubled letters merge: a slip can double or halve a letter ("Siian" is not "Sian"). */
  unmerged: string;
  /** Letters as typed ("Şuşa" is 4, its skeleton "shusha" 6): how many slips the word may hold. */
  typedLetters: number;
}

const RAW_WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** The distinct words of a query, in order. */
export function queryWords(query: string): QueryWord[] {
  const words = new Map<string, QueryWord>();
  // Split before folding, so each word keeps the count of letters typed for it.
  for (const raw of query.normalize('NFC').replace(IN_WORD_MARKS, '').split(RAW_WORD_SEPARATOR)) {
    const unmerged = latinSounds(raw).trim();
    const skeleton = unmerged.replace(DOUBLED_LETTERS, '$1');
    // One raw word folds to one word; a letter folded to nothing (a lone ь) makes none.
    if (skeleton === '' || skeleton.includes(' ') || words.has(skeleton)) continue;
    words.set(skeleton, { skeleton, unmerged, typedLetters: raw.match(LETTER_OR_DIGIT)?.length ?? 0 });
  }
  return [...words.values()];
}

// Letter pairs and the letters a plain Latin keyboard lacks, folded to one letter for each
// sound, however it is typed. One pass, leftmost match first; dzh comes before dz and zh.
// - dzh, dz, dj, zh → j, like the skeleton's j and Azerbaijani c: one affricate in Russian дж,
//   Armenian Ջ and Ձ (Gandzasar is Gəncəsər), French-style dj, and ж/Ժ, which Azerbaijani spells j.
// - ch → j too: ç is typed c ("Lacin" is Laçın), and c is already j.
// - kh and x → h: Azerbaijani x is the kh of English, Armenian Խ and Russian х, and people
//   without an x in mind type h ("Hankendi", "Hodzhaly").
// - gh → g: Armenian Ղ, Azerbaijani ğ and English gh are often written g (Ağdam, Աղդամ, ага).
// - sh → s: ş typed as s ("Susa").
// - e → a: ə is a in English spellings of some names (Kəlbəcər, Kelbajar) and e in others
//   (Xankəndi, Khankendi), and Armenian, Russian and English spellings differ the same way
//   (Zangilan, Зангелан): so a/e alone never counts as a slip.
const PLAIN_KEYBOARD_SPELLINGS = /dzh|dz|dj|zh|ch|kh|x|gh|sh|e/g;
const PLAIN_KEYBOARD_LETTERS: Record<string, string> = { dzh: 'j', dz: 'j', dj: 'j', zh: 'j', ch: 'j', kh: 'h', x: 'h', gh: 'g', sh: 's', e: 'a' };

/**
 * A skeleton word as a plain Latin keyboard types it: coarser than the skeleton, so "susa" meets
 * "shusha", "lajin" meets "lachin" and "Xankəndi" "Khankendi". For matching only, and ranked
 * below an exact skeleton.
 */
export function plainKeyboardKey(skeleton: string): string {
  return plainKeyboardLetters(skeleton).replace(DOUBLED_LETTERS, '$1');
}

/** plainKeyboardKey before doubled letters merge, for comparing a slip that doubled or dropped one. */
export function plainKeyboardLetters(skeleton: string): string {
  return skeleton.replace(PLAIN_KEYBOARD_SPELLINGS, (spelling) => PLAIN_KEYBOARD_LETTERS[spelling]!);
}

/** The text as Latin sounds, words joined by spaces, before doubled letters merge. */
function latinSounds(text: string): string {
  const folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(BEFORE_NFKD, (letter) => BEFORE_NFKD_VALUES[letter]!)
    .replace(IN_WORD_MARKS, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '');

  let latin = '';
  let isInWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      latin += folded[i];
      isInWord = true;
      continue;
    }
    const mapped = TABLE[code];
    if (mapped === undefined) {
      // Other scripts pass through unchanged, so their words are still found by exact spelling.
      if (code >= 0x80 && WORD_CHAR.test(folded[i]!)) {
        latin += folded[i];
        isInWord = true;
      } else if (isInWord) {
        latin += ' ';
        isInWord = false;
      }
      continue;
    }
    if (code === ARMENIAN_VO) {
      if (folded.charCodeAt(i + 1) === ARMENIAN_YIWN) {
        latin += 'u';
        i++;
      } else {
        latin += isInWord ? 'o' : 'vo';
      }
    } else if (code === ARMENIAN_YECH) {
      latin += isInWord ? 'e' : 'ye';
    } else if (code === CYRILLIC_IE) {
      latin += !isInWord || BEFORE_CYRILLIC_YE.has(folded.charCodeAt(i - 1)) ? 'ye' : 'e';
    } else {
      latin += mapped;
    }
    isInWord = true;
  }
  return latin.replace(SKELETON_SPELLINGS, (spelling) => SKELETON_SOUNDS[spelling]!);
}
