// The glossary of Homeward's safety and data terms, in four languages. People in danger read these
// words, some in their second language: one concept must always carry one name, or "checked
// information" reads as "checked land" and a suspected area as a suspicious object.
// Not bundled: glossary.test.ts holds every interface string and content text to it, and
// `npm run translations -- export` shows a reviewer the terms a text names.
// Mine-action terms follow IMAS 04.10 (docs/domain.md); each language's term is the one its
// mine-action authority or the IMAS translation uses, where one exists.
import type { Language } from '../model/vocabulary';

/** One concept: its name in each language, how texts are matched to it, and wordings it must not take. */
export interface GlossaryTerm {
  /** What the term means, for translators and reviewers. */
  meaning: string;
  /** The term as texts write it, in each language. */
  term: Record<Language, string>;
  /** How an English text names the concept ({{placeholders}} are removed first). */
  inEnglish: RegExp;
  /** The forms a translation must contain when its English names the concept (case, plural, word order). */
  forms: Record<Language, RegExp>;
  /** Wordings that must never stand for the concept, and why. */
  avoid?: Partial<Record<Language, { pattern: RegExp; why: string }>>;
  /** Only texts whose unit id matches (when a common English word means this concept only there). */
  onlyIn?: RegExp;
  /** Texts whose unit id matches name another concept with the same English word. */
  notIn?: RegExp;
}

// The signature of a shared record (Share, Import): "verified" there is about who published it.
const SIGNATURE_UNITS = /^ui:(share\.(not)?[vV]erifiedShort|import\.(not)?[vV]erified)$/;

/** The glossary, by concept. */
export const GLOSSARY = {
  cha: {
    meaning: 'Confirmed hazardous area (CHA): there is direct evidence of mines or explosive remnants of war.',
    term: { en: 'confirmed hazardous area', hy: 'հաստատված վտանգավոր տարածք', az: 'təsdiqlənmiş təhlükəli ərazi', ru: 'подтверждённый опасный район' },
    inEnglish: /confirmed hazardous area|\bCHA\b/i,
    forms: { en: /confirmed hazardous area/i, hy: /հաստատված վտանգավոր տարածք/iu, az: /təsdiqlənmiş təhlükəli ərazi/iu, ru: /подтверждённ\S* опасн\S* район/iu },
  },
  sha: {
    meaning: 'Suspected hazardous area (SHA): mines are suspected from indirect evidence; nobody has confirmed them yet.',
    term: { en: 'suspected hazardous area', hy: 'ենթադրյալ վտանգավոր տարածք', az: 'şübhəli təhlükəli ərazi', ru: 'предположительно опасный район' },
    inEnglish: /suspected hazard|\bSHA\b/i,
    forms: { en: /suspected hazard/i, hy: /ենթադրյալ վտանգավոր տարածք/iu, az: /şübhəli təhlükəli ərazi/iu, ru: /предположительно опасн\S* район/iu },
    avoid: {
      hy: { pattern: /կասկածելի վտանգ/iu, why: '«Կասկածելի» is the suspicious object; a suspected area is «ենթադրյալ»' },
      ru: { pattern: /предполагаем\S* опасн/iu, why: 'the Russian IMAS term is «предположительно опасный район»' },
    },
  },
  erw: {
    meaning: 'Explosive remnants of war (ERW): unexploded and abandoned ordnance left after fighting.',
    term: { en: 'explosive remnants of war', hy: 'պատերազմի պայթուցիկ մնացորդներ', az: 'müharibədən qalmış partlayıcı qalıqlar', ru: 'взрывоопасные пережитки войны' },
    inEnglish: /explosive remnants|\bERW\b/i,
    forms: { en: /explosive remnants of war/i, hy: /պայթուցիկ մնացորդ/iu, az: /partlayıcı qalıq/iu, ru: /взрывоопасн\S* пережитк/iu },
  },
  uxo: {
    meaning: 'Unexploded ordnance (UXO): shells, bombs or grenades fired or dropped that did not explode.',
    term: { en: 'unexploded ordnance', hy: 'չպայթած զինամթերք', az: 'partlamamış hərbi sursat', ru: 'неразорвавшиеся боеприпасы' },
    inEnglish: /unexploded ordnance|\bUXO\b/i,
    forms: { en: /unexploded ordnance|\bUXO\b/i, hy: /չպայթած զինամթերք/iu, az: /partlamamış (hərbi )?sursat/iu, ru: /неразорвавш\S* боеприпас/iu },
  },
  mineAccident: {
    meaning: 'Mine accident: a mine or explosive remnant went off and people were killed or injured.',
    term: { en: 'mine accident', hy: 'ականի պայթյուն', az: 'mina partlayışı', ru: 'подрыв на мине' },
    inEnglish: /mine accident|mine explosion/i,
    forms: { en: /mine accident|mine explosion/i, hy: /ական\S*( \S+)? պայթյուն/iu, az: /mina partlayış/iu, ru: /подрыв\S* на мин/iu },
  },
  releasedLand: {
    meaning: 'Released land: surveyed or cleared and given back to use "after all reasonable effort". Never a promise that it is free of mines.',
    term: { en: 'released land', hy: 'օգտագործման հանձնված հող', az: 'istifadəyə verilmiş torpaq', ru: 'земля возвращена в пользование' },
    inEnglish: /\breleased\b/i,
    forms: { en: /\breleased\b/i, hy: /օգտագործման հանձնված|հանձնվել է օգտագործման|հանձնված է օգտագործման/iu, az: /[iİ]stifadəyə veril/u, ru: /возвращ\S* в пользование/iu },
    avoid: {
      ru: { pattern: /высвобожд|передан\S* для использования/iu, why: '«высвобожденная» reads as "freed of mines" or as the political "liberated"; one neutral form everywhere' },
    },
  },
  verifiedInformation: {
    meaning: 'Verified: the publisher checked that the information is correct, on the date shown. Not that the land was checked.',
    term: { en: 'verified', hy: 'տեղեկությունը ստուգվել է', az: 'məlumat yoxlanılıb', ru: 'сведения проверены' },
    inEnglish: /\bverified\b/i,
    notIn: SIGNATURE_UNITS,
    forms: { en: /\bverified\b/i, hy: /տեղեկությունը ստուգվել է/iu, az: /məlumat yoxlanılıb/iu, ru: /сведения проверены/iu },
    avoid: {
      az: { pattern: /təsdiqlən/iu, why: '«təsdiqlənmiş» is "confirmed", as in a confirmed hazardous area' },
    },
  },
  verifiedSignature: {
    meaning: "A shared record's signature is verified: it was published by the feed's publisher, unchanged.",
    term: { en: 'verified (signature)', hy: 'ստորագրությունը ստուգված է', az: 'imza yoxlanılıb', ru: 'подпись проверена' },
    inEnglish: /\bverified\b/i,
    onlyIn: SIGNATURE_UNITS,
    forms: { en: /\bverified\b/i, hy: /ստորագրությունը ստուգված/iu, az: /[iİ]mza yoxlanıl/u, ru: /подпис\S* (не )?провер/iu },
    avoid: {
      az: { pattern: /təsdiqlən/iu, why: '«təsdiqlənmiş» is "confirmed", as in a confirmed hazardous area' },
    },
  },
  hazard: {
    meaning: 'A mine hazard: any recorded danger from mines or explosive remnants (an area, an object, an accident).',
    term: { en: 'hazard', hy: 'վտանգ', az: 'təhlükə', ru: 'опасность' },
    inEnglish: /\bhazards?\b/i,
    forms: { en: /\bhazards?\b/i, hy: /վտանգ/iu, az: /təhlükə/iu, ru: /опасн/iu },
  },
  recordedHazard: {
    meaning: 'A recorded hazard is one on this phone\'s list; unrecorded mines are the ones no list knows about.',
    term: { en: 'recorded hazard / unrecorded mines', hy: 'գրանցված վտանգ / չգրանցված ականներ', az: 'qeydə alınmış təhlükə / qeydə alınmamış minalar', ru: 'учтённая опасность / неучтённые мины' },
    inEnglish: /\b(un)?recorded (hazard|mine)/i,
    forms: { en: /\b(un)?recorded (hazard|mine)/i, hy: /գրանցված/iu, az: /qeydə alın/iu, ru: /учтённ/iu },
    avoid: {
      ru: { pattern: /записанн|незарегистрир/iu, why: 'one pair, «учтённые / неучтённые», so "recorded" and "unrecorded" read as opposites' },
    },
  },
  minefield: {
    meaning: 'A minefield: a field where mines have been found or laid.',
    term: { en: 'minefield', hy: 'ականապատ դաշտ', az: 'minalanmış sahə', ru: 'минное поле' },
    inEnglish: /minefield/i,
    forms: { en: /minefield/i, hy: /ականապատ դաշտ/iu, az: /minalanmış sahə/iu, ru: /минн\S* пол/iu },
  },
  deminers: {
    meaning: 'Deminers: the people who survey and clear mines.',
    term: { en: 'deminers', hy: 'ականազերծողներ', az: 'minatəmizləyənlər', ru: 'сапёры' },
    inEnglish: /deminer/i,
    forms: { en: /deminer/i, hy: /ականազերծող/iu, az: /minatəmizləyən/iu, ru: /сапёр/iu },
    avoid: {
      ru: { pattern: /сапер/iu, why: 'written with ё, as every other Russian text of the app writes ё' },
    },
  },
  suspiciousObject: {
    meaning: 'A suspicious (strange) object: anything that may be a mine or ordnance. Never touch it.',
    term: { en: 'strange object', hy: 'կասկածելի առարկա', az: 'şübhəli əşya', ru: 'подозрительный предмет' },
    inEnglish: /strange object|anything strange|suspicious object/i,
    forms: { en: /strange|suspicious/i, hy: /կասկածելի/iu, az: /şübhəli/iu, ru: /подозрительн/iu },
  },
  feed: {
    meaning: "The feed: the signed data one publisher issues (hazards, buses, contacts, sites) and its updates.",
    term: { en: 'feed', hy: 'տվյալների հոսք', az: 'məlumat lenti', ru: 'лента данных' },
    inEnglish: /\bfeed\b/i,
    forms: { en: /\bfeed\b/i, hy: /տվյալների հոսք/iu, az: /lent/iu, ru: /лент/iu },
  },
  convoy: {
    meaning: 'The convoy: the buses that travel together under escort through the Lachin corridor.',
    term: { en: 'convoy', hy: 'շարասյուն', az: 'karvan', ru: 'колонна' },
    inEnglish: /convoy/i,
    forms: { en: /convoy/i, hy: /շարասյ/iu, az: /karvan/iu, ru: /колонн/iu },
    avoid: {
      az: { pattern: /\bkolon/iu, why: 'one word for the convoy: «karvan»' },
    },
  },
} satisfies Record<string, GlossaryTerm>;

/** A concept's key in the glossary. */
export type GlossaryConcept = keyof typeof GLOSSARY;

/** The concepts an English text names, for a unit id (see GlossaryTerm.onlyIn and notIn). */
export function conceptsNamedBy(english: string, unitId: string): GlossaryConcept[] {
  const words = english.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ');
  return (Object.entries(GLOSSARY) as [GlossaryConcept, GlossaryTerm][])
    .filter(([, entry]) => entry.inEnglish.test(words) && (!entry.onlyIn || entry.onlyIn.test(unitId)) && !entry.notIn?.test(unitId))
    .map(([concept]) => concept);
}

/** What a translation gets wrong against the glossary: a term it lacks or a wording it must not use. */
export function glossaryProblems(english: string, translation: string, unitId: string, lang: Language): string[] {
  return conceptsNamedBy(english, unitId).flatMap((concept) => {
    const entry: GlossaryTerm = GLOSSARY[concept];
    const problems: string[] = [];
    if (!entry.forms[lang].test(translation)) problems.push(`names ${concept} but lacks its term «${entry.term[lang]}»`);
    const avoid = entry.avoid?.[lang];
    if (avoid?.pattern.test(translation)) problems.push(`uses ${avoid.pattern} for ${concept}: ${avoid.why}`);
    return problems;
  });
}
