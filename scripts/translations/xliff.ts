// XLIFF 1.2 (OASIS), the exchange format every translation tool reads (OmegaT, Weblate, Crowdin,
// memoQ): written by hand, since its shape is fixed and small, and read back with a real XML
// parser, since a reviewer's tool may write anything XML allows.
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** The target states XLIFF 1.2 defines that this round trip writes. */
export type TargetState = 'needs-translation' | 'needs-review-translation' | 'final';

/** One unit as exported: what the reviewer sees. */
export interface ExportedUnit {
  id: string;
  file: string;
  source: string;
  target: string | undefined;
  state: TargetState;
  /** Notes for the reviewer: where the text appears, its glossary terms, the author's word. */
  notes: { from: string; text: string }[];
}

/** One unit as a reviewer's tool wrote it back. */
export interface ReviewedUnit {
  id: string;
  file: string;
  source: string;
  target: string | undefined;
  state: string | undefined;
  /** The reviewer approved it: approved="yes", or a state of translated, final or signed-off. */
  isApproved: boolean;
}

// XML 1.0 cannot carry most control characters at all, escaped or not.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function escapeXml(text: string): string {
  if (FORBIDDEN_CHARACTERS.test(text)) throw new Error(`a text holds a character XML cannot carry: ${JSON.stringify(text)}`);
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The XLIFF 1.2 document of one target language's units, one <file> per repository file. */
export function writeXliff(lang: string, units: readonly ExportedUnit[], headerNote: string): string {
  const files = new Map<string, ExportedUnit[]>();
  for (const unit of units) files.set(unit.file, [...(files.get(unit.file) ?? []), unit]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff version="1.2" xmlns="${XLIFF_NS}">`];
  for (const [file, fileUnits] of files) {
    lines.push(`  <file original="${escapeXml(file)}" source-language="en" target-language="${escapeXml(lang)}" datatype="plaintext">`);
    lines.push('    <header>', '      <tool tool-id="homeward-translations" tool-name="npm run translations"/>', `      <note>${escapeXml(headerNote)}</note>`, '    </header>');
    lines.push('    <body>');
    for (const unit of fileUnits) {
      const approved = unit.state === 'final' ? 'yes' : 'no';
      lines.push(`      <trans-unit id="${escapeXml(unit.id)}" approved="${approved}" xml:space="preserve">`);
      lines.push(`        <source xml:lang="en">${escapeXml(unit.source)}</source>`);
      lines.push(`        <target xml:lang="${escapeXml(lang)}" state="${unit.state}">${escapeXml(unit.target ?? '')}</target>`);
      for (const note of unit.notes) lines.push(`        <note from="${escapeXml(note.from)}">${escapeXml(note.text)}</note>`);
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}

const APPROVED_STATES = new Set(['translated', 'final', 'signed-off']);

function childText(element: Element, name: string): string | undefined {
  const child = element.getElementsByTagNameNS(XLIFF_NS, name)[0];
  // textContent: a tool may wrap parts of a text in inline elements (<g>, <mrk>); their text counts.
  return child ? (child.textContent ?? '') : undefined;
}

/** Reads a reviewed XLIFF 1.2 file: its target language and every unit. Throws with a clear message on anything else. */
export function parseXliff(text: string): { lang: string; units: ReviewedUnit[] } {
  let document;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'application/xml');
  } catch (error) {
    throw new Error(`not a readable XML file: ${(error as Error).message}`);
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NS || root.getAttribute('version') !== '1.2') {
    throw new Error('not an XLIFF 1.2 file (expected <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">)');
  }
  const languages = new Set<string>();
  const units: ReviewedUnit[] = [];
  for (const file of Array.from(root.getElementsByTagNameNS(XLIFF_NS, 'file'))) {
    languages.add(file.getAttribute('target-language') ?? '');
    for (const unit of Array.from(file.getElementsByTagNameNS(XLIFF_NS, 'trans-unit'))) {
      const target = unit.getElementsByTagNameNS(XLIFF_NS, 'target')[0];
      const state = target?.getAttribute('state') || undefined;
      units.push({
        id: unit.getAttribute('id') ?? '',
        file: file.getAttribute('original') ?? '',
        source: (childText(unit, 'source') ?? '').trim(),
        // No text of ours starts or ends with spaces; a tool that pretty-prints its output adds them.
        target: target ? (target.textContent ?? '').trim() || undefined : undefined,
        state,
        isApproved: unit.getAttribute('approved') === 'yes' || (state !== undefined && APPROVED_STATES.has(state)),
      });
    }
  }
  if (languages.size !== 1) throw new Error(`one target language per file, found: ${[...languages].join(', ') || 'none'}`);
  return { lang: [...languages][0]!, units };
}
