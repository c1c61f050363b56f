import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, XMLSerializer, type Document } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportReview, formatImportReport, importReview } from './review';

const REPOSITORY = new URL('../../', import.meta.url).pathname;
const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
// Every file a translation lives in: the round trip only ever touches copies of these.
const COPIED = ['locales', 'feed/sources', 'feed/demo-gtfs', 'src/features/safety/safety-content.json'];

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'homeward-translations-'));
  for (const path of COPIED) cpSync(join(REPOSITORY, path), join(scratch, path), { recursive: true });
  rmSync(join(scratch, 'locales/approved'), { recursive: true, force: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(scratch, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, any>;
const parse = (xliff: string) => new DOMParser().parseFromString(xliff, 'application/xml');
const unitsOf = (document: Document) => Array.from(document.getElementsByTagNameNS(XLIFF_NS, 'trans-unit'));
const unitById = (document: Document, id: string) => unitsOf(document).find((unit) => unit.getAttribute('id') === id)!;
const child = (unit: ReturnType<typeof unitById>, name: string) => unit.getElementsByTagNameNS(XLIFF_NS, name)[0]!;

/** What a reviewer's tool does: a new target, approved or not. */
function review(document: Document, id: string, target: string | undefined, approve: boolean) {
  const unit = unitById(document, id);
  expect(unit, id).toBeDefined();
  if (target !== undefined) child(unit, 'target').textContent = target;
  if (approve) {
    unit.setAttribute('approved', 'yes');
    child(unit, 'target').setAttribute('state', 'translated');
  }
}

const serialize = (document: Document) => new XMLSerializer().serializeToString(document);

describe('npm run translations', () => {
  it('exports XLIFF 1.2 that an XML parser reads: source, current translation, where it appears, and what awaits review', () => {
    const document = parse(exportReview(scratch, 'ru').xliff);
    const root = document.documentElement!;
    expect([root.localName, root.namespaceURI, root.getAttribute('version')]).toEqual(['xliff', XLIFF_NS, '1.2']);
    const files = Array.from(document.getElementsByTagNameNS(XLIFF_NS, 'file'));
    expect(files.map((file) => file.getAttribute('original')).sort()).toEqual([
      'feed/demo-gtfs/translations.txt',
      'feed/sources/basemap.json',
      'feed/sources/contacts.json',
      'feed/sources/hazards.json',
      'feed/sources/places.json',
      'feed/sources/sites.json',
      'feed/sources/transit-extras.json',
      'locales/ru.json',
      'src/features/safety/safety-content.json',
    ]);
    expect(files.every((file) => file.getAttribute('source-language') === 'en' && file.getAttribute('target-language') === 'ru')).toBe(true);

    const released = unitById(document, 'ui:hazard.kind.released');
    expect(child(released, 'source').textContent).toBe('Released land');
    expect(child(released, 'target').textContent).toBe('Земля возвращена в пользование');
    expect(child(released, 'target').getAttribute('state')).toBe('needs-review-translation');
    expect(released.getAttribute('approved')).toBe('no');
    const notes = Array.from(released.getElementsByTagNameNS(XLIFF_NS, 'note')).map((note) => note.textContent);
    expect(notes.join('\n')).toContain('key hazard.kind.released');
    expect(notes.join('\n')).toContain('released land = «земля возвращена в пользование»');

    // A Russian plural form English does not have translates the English "other".
    expect(child(unitById(document, 'ui:send.parts_few'), 'source').textContent).toBe('{{count}} parts');
    expect(child(unitById(document, 'ui:send.parts_few'), 'target').textContent).toBe('{{count}} части');
    // Content: a feed record's field, a timetable text (English from routes.txt), a safety guide text with its author's note.
    const ruins = unitById(document, 'feed/sources/hazards.json#hazards[hz-agdam-town-ruins].title');
    expect(child(ruins, 'source').textContent).toBe('Suspected hazardous area: ruined houses in Agdam (Akna)');
    expect(child(ruins, 'note').textContent).toBe('Feed content, hazards.json, hazards record hz-agdam-town-ruins, field title');
    const convoy = unitById(document, 'gtfs:routes.route_long_name@CONVOY');
    expect(child(convoy, 'source').textContent).toBe('Escorted convoy Yerevan – Stepanakert (Khankendi)');
    expect(child(convoy, 'target').textContent).toBe('Колонна с сопровождением Ереван – Степанакерт (Ханкенди)');
    const goBack = unitById(document, 'src/features/safety/safety-content.json#steps[go-back].heading');
    expect(child(goBack, 'target').textContent).toBe('Отойдите назад.');
    expect(Array.from(goBack.getElementsByTagNameNS(XLIFF_NS, 'note')).map((note) => note.textContent)).toContain(
      'Not "return" in hy/az/ru: for returnees that word also means going home.',
    );
  });

  it('imports reviewed targets into a scratch copy of every kind of file, and prints what it changed', () => {
    const document = parse(exportReview(scratch, 'hy').xliff);
    review(document, 'ui:buses.reverse', 'Հակառակ ուղղությամբ', true);
    review(document, 'feed/sources/contacts.json#contacts[ct-halo-trust].name', 'The HALO Trust (ականազերծման կազմակերպություն)', false);
    review(document, 'gtfs:stops.stop_desc@YEREVAN', '«Կիլիկիա» ավտոկայան', true);
    review(document, 'src/features/safety/safety-content.json#rules.items[1]', 'Երբեք մի՛ հանեք և մի՛ տեղափոխեք նախազգուշացնող նշանները։', true);
    const before = { locale: read('locales/hy.json'), gtfs: read('feed/demo-gtfs/translations.txt') };

    const report = importReview(scratch, serialize(document));

    expect(readJson('locales/hy.json').buses.reverse).toBe('Հակառակ ուղղությամբ');
    expect(readJson('feed/sources/contacts.json').contacts.find((contact: { id: string }) => contact.id === 'ct-halo-trust').name).toEqual({
      en: 'The HALO Trust',
      hy: 'The HALO Trust (ականազերծման կազմակերպություն)',
      az: 'The HALO Trust (minatəmizləmə təşkilatı)',
      ru: 'The HALO Trust (организация по разминированию)',
    });
    expect(read('feed/demo-gtfs/translations.txt')).toContain('\nstops,stop_desc,hy,«Կիլիկիա» ավտոկայան,YEREVAN,,\n');
    expect(readJson('src/features/safety/safety-content.json').rules.items[1].hy).toBe('Երբեք մի՛ հանեք և մի՛ տեղափոխեք նախազգուշացնող նշանները։');
    // Nothing else moved: one line changed in each file.
    const changedLines = (was: string, now: string) => now.split('\n').filter((line, index) => line !== was.split('\n')[index]);
    expect(changedLines(before.locale, read('locales/hy.json'))).toEqual(['    "reverse": "Հակառակ ուղղությամբ",']);
    expect(changedLines(before.gtfs, read('feed/demo-gtfs/translations.txt'))).toEqual(['stops,stop_desc,hy,«Կիլիկիա» ավտոկայան,YEREVAN,,']);

    expect(report.refused).toEqual([]);
    const printed = formatImportReport(report);
    expect(printed).toContain('changed and approved  locales/hy.json  ui:buses.reverse\n    was: Հակառակ ուղղություն\n    now: Հակառակ ուղղությամբ');
    expect(printed).toContain('changed (not approved)  feed/sources/contacts.json  feed/sources/contacts.json#contacts[ct-halo-trust].name');
    expect(printed).toContain('hy: changed 4, approved 0 as they were, refused 0, 0 glossary warning(s); approvals in locales/approved/hy.json');
  });

  it('refuses a unit whose English changed since the export, and still writes the others', () => {
    const document = parse(exportReview(scratch, 'az').xliff);
    review(document, 'ui:buses.timetable', 'Tarix üzrə cədvəl', true);
    review(document, 'ui:buses.date', 'Gün', true);
    // Meanwhile a developer rewords the English of one of them.
    const english = readJson('locales/en.json');
    english.buses.timetable = 'Timetable of one day';
    writeFileSync(join(scratch, 'locales/en.json'), JSON.stringify(english, null, 2) + '\n');

    const report = importReview(scratch, serialize(document));

    expect(report.refused).toEqual([{ id: 'ui:buses.timetable', reason: 'its English changed since the export, to “Timetable of one day”: export again and review the new text' }]);
    expect(readJson('locales/az.json').buses.timetable).toBe('Tarixə görə cədvəl');
    expect(readJson('locales/az.json').buses.date).toBe('Gün');
    expect(formatImportReport(report)).toContain('REFUSED  ui:buses.timetable: its English changed since the export');
  });

  it('refuses a target that loses a placeholder, and warns when one breaks the glossary', () => {
    const document = parse(exportReview(scratch, 'ru').xliff);
    review(document, 'ui:buses.inMinutes_few', 'через несколько минут', true);
    review(document, 'ui:hazard.kind.sha', 'Предполагаемый опасный район', true);
    const report = importReview(scratch, serialize(document), { dryRun: true });
    expect(report.refused).toEqual([{ id: 'ui:buses.inMinutes_few', reason: 'its placeholders (none) differ from the English ({{count}})' }]);
    expect(report.warnings.map((warning) => warning.id)).toEqual(['ui:hazard.kind.sha', 'ui:hazard.kind.sha']);
    // A dry run writes nothing.
    expect(readJson('locales/ru.json').hazard.kind.sha).toBe('Предположительно опасный район');
    expect(existsSync(join(scratch, 'locales/approved/ru.json'))).toBe(false);
  });

  it('remembers approvals: the next export marks only new or changed units for review', () => {
    const first = parse(exportReview(scratch, 'ru').xliff);
    review(first, 'ui:nav.home', undefined, true);
    review(first, 'ui:nav.buses', undefined, true);
    review(first, 'gtfs:stops.stop_name@YEREVAN', undefined, true);
    const report = importReview(scratch, serialize(first));
    expect(report.approved.map((approval) => approval.id)).toEqual(['ui:nav.home', 'ui:nav.buses', 'gtfs:stops.stop_name@YEREVAN']);
    expect(readJson('locales/approved/ru.json')).toEqual({
      'gtfs:stops.stop_name@YEREVAN': expect.stringMatching(/^[0-9a-f]{16}$/),
      'ui:nav.buses': expect.stringMatching(/^[0-9a-f]{16}$/),
      'ui:nav.home': expect.stringMatching(/^[0-9a-f]{16}$/),
    });

    // The English of one approved text changes, and the translation of another.
    const english = readJson('locales/en.json');
    english.nav.buses = 'Buses and minibuses';
    writeFileSync(join(scratch, 'locales/en.json'), JSON.stringify(english, null, 2) + '\n');
    writeFileSync(join(scratch, 'feed/demo-gtfs/translations.txt'), read('feed/demo-gtfs/translations.txt').replace('stops,stop_name,ru,Ереван,', 'stops,stop_name,ru,г. Ереван,'));

    const second = exportReview(scratch, 'ru');
    const document = parse(second.xliff);
    const stateOf = (id: string) => [unitById(document, id).getAttribute('approved'), child(unitById(document, id), 'target').getAttribute('state')];
    expect(stateOf('ui:nav.home')).toEqual(['yes', 'final']);
    expect(stateOf('ui:nav.buses')).toEqual(['no', 'needs-review-translation']);
    expect(stateOf('gtfs:stops.stop_name@YEREVAN')).toEqual(['no', 'needs-review-translation']);
    expect(second.counts.final).toBe(1);
    // --pending leaves the approved text out.
    expect(unitsOf(parse(exportReview(scratch, 'ru', { pendingOnly: true }).xliff)).some((unit) => unit.getAttribute('id') === 'ui:nav.home')).toBe(false);
  });

  it('adds a translation a text lacked after that text’s other rows, and an untouched export changes nothing', () => {
    writeFileSync(join(scratch, 'feed/demo-gtfs/translations.txt'), read('feed/demo-gtfs/translations.txt').replace('stops,stop_name,ru,Вайк,VAYK,,\n', ''));
    const untouched = exportReview(scratch, 'ru').xliff;
    const files = COPIED.filter((path) => path.endsWith('.json')).map(read);
    expect(importReview(scratch, untouched)).toEqual({ lang: 'ru', changed: [], approved: [], refused: [], warnings: [] });
    expect(COPIED.filter((path) => path.endsWith('.json')).map(read)).toEqual(files);

    const document = parse(untouched);
    expect(child(unitById(document, 'gtfs:stops.stop_name@VAYK'), 'target').getAttribute('state')).toBe('needs-translation');
    review(document, 'gtfs:stops.stop_name@VAYK', 'Вайк', true);
    importReview(scratch, serialize(document));
    expect(read('feed/demo-gtfs/translations.txt')).toContain('stops,stop_name,hy,Վայք,VAYK,,\nstops,stop_name,az,Vayk,VAYK,,\nstops,stop_name,ru,Вайк,VAYK,,\nstops,stop_name,hy,Սիսիան,SISIAN,,');
  });

  it('says plainly what is wrong with a file it cannot take', () => {
    expect(() => importReview(scratch, '<xliff version="1.2"')).toThrow(/not a readable XML file/);
    expect(() => importReview(scratch, '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>')).toThrow(/not an XLIFF 1.2 file/);
    const english = exportReview(scratch, 'ru').xliff.replaceAll('target-language="ru"', 'target-language="en"');
    expect(() => importReview(scratch, english)).toThrow('the file is for "en"; Homeward reviews hy, az and ru (English is the source)');
  });

  it('runs from the command line, exiting 2 when it refused a unit', () => {
    const cli = (...args: string[]) => {
      try {
        return { status: 0, output: execFileSync(join(REPOSITORY, 'node_modules/.bin/tsx'), [join(REPOSITORY, 'scripts/translations/cli.ts'), ...args], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        return { status: failed.status, output: failed.stdout + failed.stderr };
      }
    };
    const exported = cli('export', 'hy', 'hy.xlf');
    expect(exported.status).toBe(0);
    expect(exported.output).toMatch(/^hy\.xlf: \d+ to review, 0 with no translation yet, 0 approved before\n$/);
    const tampered = read('hy.xlf').replace('<source xml:lang="en">Buses</source>', '<source xml:lang="en">Coaches</source>');
    writeFileSync(join(scratch, 'hy.xlf'), tampered);
    const imported = cli('import', 'hy.xlf');
    expect(imported.status).toBe(2);
    expect(imported.output).toContain('REFUSED  ui:nav.buses: its English changed since the export, to “Buses”');
    expect(cli('export', 'fr', 'fr.xlf')).toMatchObject({ status: 1, output: expect.stringContaining('usage:') });
  });
});
