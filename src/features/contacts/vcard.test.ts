import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import demoFeed from '../../../feed/sources/contacts.json';
import { ContactSchema } from '../../model/record-schemas';
import { LANGUAGES } from '../../model/vocabulary';
import type { Contact } from '../../model/datasets';
import { contactToVCard, vCardFileName } from './vcard';

const CRLF = '\r\n';
// RFC 6350 §3.3 contentline without groups, the parameter values kept simple (no quoted values).
const CONTENT_LINE = /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=[^;:]+)*:.*$/;
const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const ARMENIAN_NAME = 'Հայաստանի Կարմիր Խաչի ընկերություն — Սյունիքի մարզային մասնաճյուղ, Գորիսի գրասենյակ';
const RUSSIAN_NAME = 'Российское общество Красного Креста — отделение в Степанакерте (Ханкенди), гуманитарный штаб';

function contact(overrides: Partial<Contact> = {}): Contact {
  // Parsed by the feed's own schema so the fixture is a record the app could really hold.
  return v.parse(ContactSchema, {
    id: 'ct-icrc-yerevan',
    name: { en: 'ICRC — delegation in Yerevan', hy: ARMENIAN_NAME, ru: RUSSIAN_NAME },
    description: { en: 'Tracing of missing relatives 🕊, Red Cross messages.\nWalk-ins on weekdays.' },
    categories: ['tracing'],
    phones: [
      { number: '+374 10 123456', type: 'voice' },
      { number: '+374 99 000001', type: 'sms' },
      { number: '+374 99 000002', type: 'whatsapp', label: { en: 'Tracing desk', ru: 'Служба розыска' } },
      { number: '+37499000002', type: 'telegram' },
    ],
    email: 'yerevan@example.org',
    website: 'https://www.icrc.org/en/where-we-work/europe-central-asia/armenia',
    address: { en: '41 Zarobyan Street; Yerevan 0009, Armenia' },
    languages: ['hy', 'ru', 'en'],
    area: { en: 'Armenia' },
    source: 'ICRC delegation website',
    verifiedAt: '2020-12-15',
    ...overrides,
  });
}

/** RFC 6350 §3.2 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(card: string): string[] {
  return card.replace(/\r\n[ \t]/g, '').split(CRLF).slice(0, -1);
}

function physicalLines(card: string): string[] {
  return card.split(CRLF).slice(0, -1);
}

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

describe('contactToVCard', () => {
  const card = contactToVCard(contact(), 'hy');

  it('is one vCard 3.0 with BEGIN, VERSION and END, ending in CRLF', () => {
    const lines = unfold(card);
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:3.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(lines.filter((line) => line.startsWith('BEGIN:'))).toHaveLength(1);
    expect(card.endsWith(`END:VCARD${CRLF}`)).toBe(true);
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    expect(card.replaceAll(CRLF, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets of UTF-8', () => {
    for (const line of physicalLines(card)) expect(byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('matches the content-line grammar on every unfolded line', () => {
    for (const line of unfold(card)) expect(line).toMatch(CONTENT_LINE);
  });

  it('folds a long Armenian name without splitting a UTF-8 sequence, and unfolding restores it', () => {
    const fn = foldedGroup(card, 'FN;');
    expect(fn.length).toBeGreaterThan(1);
    expectWholeUtf8(fn);
    expect(unfold(card)).toContain(`FN;CHARSET=utf-8:${ARMENIAN_NAME.replaceAll(',', '\\,')}`);
  });

  it('folds a long Russian name without splitting a UTF-8 sequence, and unfolding restores it', () => {
    const russian = contactToVCard(contact(), 'ru');
    const fn = foldedGroup(russian, 'FN;');
    expect(fn.length).toBeGreaterThan(1);
    expectWholeUtf8(fn);
    expect(unfold(russian)).toContain(`FN;CHARSET=utf-8:${RUSSIAN_NAME.replaceAll(',', '\\,')}`);
  });

  it('fills folded lines nearly to the limit and starts each continuation with one space', () => {
    for (const group of [foldedGroup(card, 'FN;'), foldedGroup(card, 'NOTE;')]) {
      // A unit that did not fit is at most 4 octets (or a 2-octet escape), so a full line has at least 72.
      for (const line of group.slice(0, -1)) expect(byteLength(line)).toBeGreaterThanOrEqual(72);
      for (const line of group.slice(1)) expect(line).toMatch(/^ [^ ]/u);
    }
  });

  it('moves a 4-octet character (a surrogate pair) whole to the next line when it would cross octet 75', () => {
    // 17 octets of "FN;CHARSET=utf-8:" + 55 × "a" = 72; the dove's 4 octets would end at 76.
    const name = `${'a'.repeat(55)}🕊${'b'.repeat(10)}`;
    const fn = foldedGroup(contactToVCard(contact({ name: { en: name }, phones: [] }), 'en'), 'FN;');
    expect(fn).toEqual([`FN;CHARSET=utf-8:${'a'.repeat(55)}`, ` 🕊${'b'.repeat(10)}`]);
    expectWholeUtf8(fn);
  });

  it('restores exactly the logical lines when unfolded', () => {
    const lines = unfold(contactToVCard(contact(), 'en'));
    expect(lines).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN;CHARSET=utf-8:ICRC — delegation in Yerevan',
      'N;CHARSET=utf-8:ICRC — delegation in Yerevan;;;;',
      'ORG;CHARSET=utf-8:ICRC — delegation in Yerevan',
      'TEL;TYPE=WORK,VOICE:+374 10 123456',
      'TEL;TYPE=CELL:+374 99 000001',
      'TEL;TYPE=CELL:+374 99 000002',
      'EMAIL;TYPE=INTERNET:yerevan@example.org',
      'URL:https://www.icrc.org/en/where-we-work/europe-central-asia/armenia',
      'ADR;TYPE=WORK;CHARSET=utf-8:;;41 Zarobyan Street\\; Yerevan 0009\\, Armenia;;;;',
      'NOTE;CHARSET=utf-8:Tracing of missing relatives 🕊\\, Red Cross messages.\\nWalk-ins on weekdays.' +
        '\\nSMS: +374 99 000001\\nWhatsApp: +374 99 000002 (Tracing desk)\\nTelegram: +37499000002' +
        '\\nSource: ICRC delegation website · Verified: 2020-12-15',
      'END:VCARD',
    ]);
  });

  it('escapes backslash, comma, semicolon and every kind of line break in text values', () => {
    const tricky = contact({
      name: { en: 'A\\B, C; D' },
      description: { en: 'one\r\ntwo\nthree\rfour' },
      phones: [],
    });
    const lines = unfold(contactToVCard(tricky, 'en'));
    expect(lines).toContain('FN;CHARSET=utf-8:A\\\\B\\, C\\; D');
    expect(lines).toContain('N;CHARSET=utf-8:A\\\\B\\, C\\; D;;;;');
    expect(lines).toContain('ORG;CHARSET=utf-8:A\\\\B\\, C\\; D');
    expect(lines.find((line) => line.startsWith('NOTE;'))).toMatch(/^NOTE;CHARSET=utf-8:one\\ntwo\\nthree\\nfour\\nSource: /);
  });

  it('never folds inside an escape sequence', () => {
    // 17 octets of "FN;CHARSET=utf-8:" + 57 × "a" puts a "\," across octets 75–76.
    const name = `${'a'.repeat(57)},${'b'.repeat(30)}`;
    const lines = physicalLines(contactToVCard(contact({ name: { en: name }, phones: [] }), 'en'));
    const fn = lines.slice(lines.findIndex((line) => line.startsWith('FN;')));
    expect(fn[0]).toBe(`FN;CHARSET=utf-8:${'a'.repeat(57)}`);
    expect(fn[1]).toBe(` \\,${'b'.repeat(30)}`);
  });

  it('writes one TEL with a TYPE per distinct number', () => {
    const tel = unfold(card).filter((line) => line.startsWith('TEL'));
    expect(tel).toEqual(['TEL;TYPE=WORK,VOICE:+374 10 123456', 'TEL;TYPE=CELL:+374 99 000001', 'TEL;TYPE=CELL:+374 99 000002']);
  });

  it('writes no TEL for a contact with no phones', () => {
    const lines = unfold(contactToVCard(contact({ phones: [] }), 'en'));
    expect(lines.some((line) => line.startsWith('TEL'))).toBe(false);
    expect(lines.find((line) => line.startsWith('NOTE;'))).not.toMatch(/Tel:|SMS:|WhatsApp:/);
  });

  it('falls back to English for a text missing in the language, and leaves out what the contact lacks', () => {
    const bare = contact({ email: undefined, website: undefined, address: undefined });
    const lines = unfold(contactToVCard(bare, 'az'));
    expect(lines).toContain('FN;CHARSET=utf-8:ICRC — delegation in Yerevan');
    expect(lines.some((line) => /^(EMAIL|URL|ADR)[;:]/.test(line))).toBe(false);
  });

  it('puts the translated words the caller passes into the note', () => {
    const lines = unfold(contactToVCard(contact(), 'ru', { source: 'Источник', verified: 'Проверено' }));
    const note = lines.find((line) => line.startsWith('NOTE;'));
    expect(note).toContain('\\nИсточник: ICRC delegation website · Проверено: 2020-12-15');
    expect(note).toContain('WhatsApp: +374 99 000002 (Служба розыска)');
  });

  it('gives a well-formed card for every demo contact in every language', () => {
    const contacts = v.parse(v.array(ContactSchema), demoFeed.contacts);
    expect(contacts.length).toBeGreaterThan(0);
    for (const record of contacts) {
      for (const lang of LANGUAGES) {
        const text = contactToVCard(record, lang);
        expect(text.replaceAll(CRLF, '')).not.toMatch(/[\r\n]/);
        for (const line of physicalLines(text)) expect(byteLength(line)).toBeLessThanOrEqual(75);
        expectWholeUtf8(physicalLines(text));
        for (const line of unfold(text)) expect(line, `${record.id} ${lang}`).toMatch(CONTENT_LINE);
        expect(unfold(text).filter((line) => line.startsWith('TEL')).length).toBe(new Set(record.phones.map((p) => p.number.replace(/\s+/g, ''))).size);
      }
    }
  });
});

describe('vCardFileName', () => {
  it('spells the name in ASCII for English and Azerbaijani', () => {
    const record = contact({ name: { en: 'ICRC — delegation in Yerevan', az: 'BQXK — İrəvan nümayəndəliyi' } });
    expect(vCardFileName(record, 'en')).toBe('homeward-icrc-delegation-in-yerevan.vcf');
    expect(vCardFileName(record, 'az')).toBe('homeward-bqxk-irevan-numayendeliyi.vcf');
  });

  it('falls back to the English name for Armenian and Russian', () => {
    expect(vCardFileName(contact(), 'hy')).toBe('homeward-icrc-delegation-in-yerevan.vcf');
    expect(vCardFileName(contact(), 'ru')).toBe('homeward-icrc-delegation-in-yerevan.vcf');
  });

  it('falls back to the record id when no name has a letter it can spell', () => {
    expect(vCardFileName(contact({ name: { en: '— · —' } }), 'en')).toBe('homeward-ct-icrc-yerevan.vcf');
  });

  it('cuts a long name at a word boundary', () => {
    const record = contact({ name: { en: 'EMERCOM of Russia — humanitarian task force in Stepanakert (Khankendi)' } });
    expect(vCardFileName(record, 'en')).toBe('homeward-emercom-of-russia-humanitarian-task.vcf');
  });

  it('gives a short, safe ASCII name for every demo contact in every language', () => {
    for (const record of v.parse(v.array(ContactSchema), demoFeed.contacts)) {
      for (const lang of LANGUAGES) {
        const name = vCardFileName(record, lang);
        expect(name).toMatch(/^homeward-[a-z0-9]+(-[a-z0-9]+)*\.vcf$/);
        expect(name.length).toBeLessThanOrEqual('homeward-'.length + 40 + '.vcf'.length);
      }
    }
  });
});

/** The physical lines of the content line that starts with `prefix`: the first and its continuations. */
function foldedGroup(card: string, prefix: string): string[] {
  const lines = physicalLines(card);
  const start = lines.findIndex((line) => line.startsWith(prefix));
  expect(start).toBeGreaterThanOrEqual(0);
  let end = start + 1;
  while (lines[end]?.startsWith(' ')) end++;
  return lines.slice(start, end);
}

/** Each physical line, as bytes, must decode as UTF-8 on its own and round-trip to the same text. */
function expectWholeUtf8(lines: string[]): void {
  const bytes = encoder.encode(lines.join(CRLF));
  let start = 0;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      chunks.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  chunks.push(bytes.subarray(start));
  expect(chunks.map((chunk) => strictUtf8.decode(chunk))).toEqual(lines);
}
