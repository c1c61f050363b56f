import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextUnits } from '../../scripts/translations/text-units';
import { TARGET_LANGUAGES } from '../../scripts/translations/text-unit';
import { LANGUAGES } from '../model/vocabulary';
import { GLOSSARY, conceptsNamedBy, glossaryProblems, type GlossaryTerm } from './glossary';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('glossary', () => {
  it('writes each term in a form it accepts, and never in one it forbids', () => {
    for (const [concept, entry] of Object.entries(GLOSSARY) as [string, GlossaryTerm][]) {
      for (const lang of LANGUAGES) {
        expect(entry.term[lang], `${concept} in ${lang}`).toMatch(entry.forms[lang]);
        if (entry.avoid?.[lang]) expect(entry.term[lang], `${concept} in ${lang}`).not.toMatch(entry.avoid[lang]!.pattern);
      }
    }
  });

  it('is the glossary docs/translating.md shows reviewers', () => {
    const rows = readFileSync(new URL('../../docs/translating.md', import.meta.url), 'utf8').split('\n').filter((line) => line.startsWith('| '));
    for (const [concept, entry] of Object.entries(GLOSSARY) as [string, GlossaryTerm][]) {
      expect(rows.some((row) => row.includes(`| ${entry.term.hy} | ${entry.term.az} | ${entry.term.ru} |`)), concept).toBe(true);
    }
    expect(rows.length - 1, "one row per term, after the header").toBe(Object.keys(GLOSSARY).length);
  });

  it('finds the concepts an English text names, leaving placeholders out', () => {
    expect(conceptsNamedBy('Suspected hazardous area (SHA): old firing positions', 'x')).toEqual(['sha']);
    expect(conceptsNamedBy('This record comes from another feed ({{feed}})', 'ui:import.otherFeed')).toEqual(['feed']);
    expect(conceptsNamedBy('Published by {{feed}}', 'ui:x')).toEqual([]);
    expect(conceptsNamedBy('Verified', 'ui:record.verified')).toEqual(['verifiedInformation']);
    expect(conceptsNamedBy('verified', 'ui:share.verifiedShort')).toEqual(['verifiedSignature']);
  });

  // The wordings native readers flagged: each must fail, or the glossary could not catch them again.
  it.each([
    ['ru', 'ui:hazard.kind.released', 'Released land', 'Высвобожденная земля'],
    ['ru', 'ui:record.verified', 'Verified', 'Проверено'],
    ['hy', 'ui:record.verified', 'Verified', 'Ստուգվել է'],
    ['az', 'ui:record.verified', 'Verified', 'Təsdiqlənib'],
    ['hy', 'feed/sources/hazards.json#hazards[x].title', 'Suspected hazardous area east of Goris', 'Կասկածելի վտանգավոր տարածք Գորիսից արևելք'],
    ['az', 'feed/sources/transit-extras.json#routeNotes.convoy[0]', 'Stay with the convoy.', 'Kolondan ayrılmayın.'],
    ['ru', 'ui:near.noRecorded', 'No recorded hazard within {{distance}} — unrecorded mines may exist.', 'В пределах {{distance}} нет записанных опасностей — но могут быть незарегистрированные мины.'],
    ['ru', 'feed/sources/hazards.json#hazards[x].description', 'Deminers are checking these fields now.', 'Саперы сейчас проверяют эти поля.'],
  ] as const)('refuses the %s wording of %s', (lang, id, english, translation) => {
    expect(glossaryProblems(english, translation, id, lang)).not.toEqual([]);
  });

  for (const lang of TARGET_LANGUAGES) {
    it(`every ${lang} interface string and content text naming a concept uses its ${lang} term`, () => {
      const units = readTextUnits(ROOT, lang);
      // Interface strings, feed sources, timetable texts and the safety guide are all read.
      expect(new Set(units.map((unit) => unit.id.split(/[:#]/)[0]))).toEqual(
        new Set(['ui', 'feed/sources/basemap.json', 'feed/sources/contacts.json', 'feed/sources/hazards.json', 'feed/sources/places.json', 'feed/sources/sites.json', 'feed/sources/transit-extras.json', 'src/features/safety/safety-content.json', 'gtfs']),
      );
      const problems = units.flatMap((unit) => glossaryProblems(unit.source, unit.target ?? '', unit.id, lang).map((problem) => `${unit.id}: ${problem}\n    “${unit.target}”`));
      expect(problems).toEqual([]);
    });
  }
});
