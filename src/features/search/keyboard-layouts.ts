// Search only: what a query says if it was typed with the phone on the wrong keyboard layout,
// the slip every Russian-language search engine corrects: «Степанакерт» typed on the Latin
// layout comes out "Cntgfyfrthn", "Stepanakert" typed on the Russian one "Ыеузфтфлуке". The same
// happens between Latin and the Armenian phonetic layout. No DOM here.
//
// Layouts: Russian ЙЦУКЕН over US QWERTY, as on every Russian PC and phone keyboard; Armenian
// phonetic as Android, iOS and Windows ("Armenian Phonetic") lay it out: letters on the Latin
// letters of the same sound, the rest on the digit row and the punctuation keys. Where those
// keyboards disagree (շ sits on ; on phones and on \ on Windows), both keys are listed.

// Key on the US layout → the letter the other layout puts there.
const RUSSIAN_KEYS = 'qй wц eу rк tе yн uг iш oщ pз [х ]ъ aф sы dв fа gп hр jо kл lд ;ж \'э zя xч cс vм bи nт mь ,б .ю `ё';
const ARMENIAN_KEYS =
  'aա bբ cց dդ eե fֆ gգ hհ iի jյ kկ lլ mմ nն oօ pպ qք rռ sս tտ uւ vվ wո xղ yը zզ ' +
  '1է 2թ 3փ 4ձ 5ջ 6ւ 7և 8ր 9չ 0ճ =ժ [խ ]ծ ;շ \\շ';

const pairs = (keys: string) => keys.split(' ').map((pair) => [pair[0]!, pair.slice(1)] as const);
const LATIN_TO_RUSSIAN = new Map(pairs(RUSSIAN_KEYS));
const LATIN_TO_ARMENIAN = new Map(pairs(ARMENIAN_KEYS));
// Back only from the letter keys: a Latin word typed on the other layout never holds the letters
// of the digit row or the punctuation keys, so a query that has them was meant as it is.
const RUSSIAN_TO_LATIN = new Map(pairs(RUSSIAN_KEYS).filter(([key]) => /[a-z]/.test(key)).map(([key, letter]) => [letter, key]));
const ARMENIAN_TO_LATIN = new Map(pairs(ARMENIAN_KEYS).filter(([key]) => /[a-z]/.test(key)).map(([key, letter]) => [letter, key]));

const LATIN_LETTER = /[a-z]/;
const CYRILLIC_LETTER = /[\u0430-\u044f\u0451]/;
const ARMENIAN_LETTER = /[\u0561-\u0587]/;

/** `text` with every character the map knows replaced; undefined if letters of `strictScript` are left that it does not know. */
function retype(text: string, map: ReadonlyMap<string, string>, strictScript?: RegExp): string | undefined {
  let retyped = '';
  for (const character of text) {
    const replaced = map.get(character);
    if (replaced === undefined && strictScript?.test(character)) return undefined;
    retyped += replaced ?? character;
  }
  return retyped;
}

/**
 * What `query` reads as if the phone was on the wrong layout: Latin read as Russian and as
 * Armenian, Russian or Armenian read as Latin. Readings that could not come from a slip of layout
 * are left out; a reading may still be nonsense, and then it simply finds nothing.
 */
export function otherLayoutReadings(query: string): string[] {
  const lower = query.toLowerCase();
  const readings: (string | undefined)[] = [];
  if (LATIN_LETTER.test(lower)) {
    readings.push(retype(lower, LATIN_TO_RUSSIAN), retype(lower, LATIN_TO_ARMENIAN));
  }
  if (CYRILLIC_LETTER.test(lower)) readings.push(retype(lower, RUSSIAN_TO_LATIN, CYRILLIC_LETTER));
  if (ARMENIAN_LETTER.test(lower)) readings.push(retype(lower, ARMENIAN_TO_LATIN, ARMENIAN_LETTER));
  return [...new Set(readings.filter((reading): reading is string => reading !== undefined && reading !== lower))];
}
