// A native speaker's review round trip: export one language's texts as XLIFF, take back what the
// reviewer changed and approved, and remember the approvals. Works on any checkout root, so the
// tests run it on a scratch copy, never on the repository's own files.
import { GLOSSARY, conceptsNamedBy, glossaryProblems } from '../../src/i18n/glossary';
import { approvalFingerprint, approvalsFile, readApprovals, writeApprovals } from './approvals';
import { readTextUnits, writeTextTargets } from './text-units';
import { isTargetLanguage, type TargetLanguage, type TextUnit } from './text-unit';
import { parseXliff, writeXliff, type ExportedUnit, type TargetState } from './xliff';

/** The export of one language, and how many units need the reviewer. */
export interface ReviewExport {
  xliff: string;
  counts: Record<TargetState, number>;
}

/** What an import did, unit by unit. */
export interface ImportReport {
  lang: TargetLanguage;
  /** Units whose translation was written (or would be, in a dry run). */
  changed: { id: string; file: string; was: string | undefined; now: string; isApproved: boolean }[];
  /** Units approved as they were. */
  approved: { id: string; file: string }[];
  /** Units not taken, and why. */
  refused: { id: string; reason: string }[];
  /** Taken, but at odds with the glossary: someone must settle it before the tests pass. */
  warnings: { id: string; problem: string }[];
}

const HEADER_NOTE =
  'Homeward texts for review. A unit whose state is "final" was approved before; every other one waits for you. ' +
  'Change the target where it reads wrong; mark each unit you are happy with as approved (approved="yes", or state ' +
  '"translated"/"final"). Keep {{placeholders}} and $t(…) exactly as they are. Then: npm run translations -- import <file>.';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*[\w.]+\s*\}\}|\$t\([^,)]+/g)].map((match) => match[0].replace(/\s+/g, '')).sort();
}

function notesFor(unit: TextUnit, lang: TargetLanguage): ExportedUnit['notes'] {
  const notes = [{ from: 'homeward', text: unit.where }];
  for (const concept of conceptsNamedBy(unit.source, unit.id)) {
    const entry = GLOSSARY[concept];
    notes.push({ from: 'glossary', text: `${entry.term.en} = «${entry.term[lang]}». ${entry.meaning}` });
  }
  if (placeholders(unit.source).length > 0) {
    notes.push({ from: 'homeward', text: 'Keep every {{…}} exactly as it is: the app puts a value there. $t(key, …) inserts another string, reviewed as its own unit.' });
  }
  if (unit.note) notes.push({ from: 'author', text: unit.note });
  return notes;
}

/** The XLIFF 1.2 of every text of `lang`, approved ones marked "final"; `pendingOnly` leaves them out. */
export function exportReview(root: string, lang: TargetLanguage, { pendingOnly = false } = {}): ReviewExport {
  const approvals = readApprovals(root, lang);
  const counts: Record<TargetState, number> = { 'needs-translation': 0, 'needs-review-translation': 0, final: 0 };
  const units: ExportedUnit[] = [];
  for (const unit of readTextUnits(root, lang)) {
    const state: TargetState =
      unit.target === undefined ? 'needs-translation' : approvals.get(unit.id) === approvalFingerprint(unit.source, unit.target) ? 'final' : 'needs-review-translation';
    counts[state] += 1;
    if (pendingOnly && state === 'final') continue;
    units.push({ id: unit.id, file: unit.file, source: unit.source, target: unit.target, state, notes: notesFor(unit, lang) });
  }
  return { xliff: writeXliff(lang, units, HEADER_NOTE), counts };
}

/**
 * Takes a reviewed XLIFF back: writes changed targets into their files, remembers approvals, and
 * refuses any unit whose English changed since the export (the reviewer saw another text) or whose
 * placeholders differ. With `dryRun`, reports the same and writes nothing.
 */
export function importReview(root: string, xliffText: string, { dryRun = false } = {}): ImportReport {
  const { lang, units: reviewed } = parseXliff(xliffText);
  if (!isTargetLanguage(lang)) throw new Error(`the file is for "${lang}"; Homeward reviews hy, az and ru (English is the source)`);
  const current = new Map(readTextUnits(root, lang).map((unit) => [unit.id, unit]));
  const approvals = readApprovals(root, lang);
  const report: ImportReport = { lang, changed: [], approved: [], refused: [], warnings: [] };
  const targets = new Map<string, string>();
  const seen = new Set<string>();
  for (const unit of reviewed) {
    const now = current.get(unit.id);
    if (seen.has(unit.id)) {
      report.refused.push({ id: unit.id, reason: 'it is in the file twice' });
      continue;
    }
    seen.add(unit.id);
    if (!now) {
      report.refused.push({ id: unit.id, reason: 'the app no longer has this text (removed or renamed since the export)' });
      continue;
    }
    if (unit.source !== now.source) {
      report.refused.push({ id: unit.id, reason: `its English changed since the export, to “${now.source}”: export again and review the new text` });
      continue;
    }
    if (unit.target === undefined) continue;
    if (placeholders(unit.target).join(' ') !== placeholders(now.source).join(' ')) {
      report.refused.push({ id: unit.id, reason: `its placeholders (${placeholders(unit.target).join(' ') || 'none'}) differ from the English (${placeholders(now.source).join(' ') || 'none'})` });
      continue;
    }
    for (const problem of glossaryProblems(now.source, unit.target, unit.id, lang)) report.warnings.push({ id: unit.id, problem });
    const isChanged = unit.target !== now.target;
    if (isChanged) {
      targets.set(unit.id, unit.target);
      report.changed.push({ id: unit.id, file: now.file, was: now.target, now: unit.target, isApproved: unit.isApproved });
    } else if (unit.isApproved && approvals.get(unit.id) !== approvalFingerprint(now.source, unit.target)) {
      report.approved.push({ id: unit.id, file: now.file });
    }
    if (unit.isApproved) approvals.set(unit.id, approvalFingerprint(now.source, unit.target));
    else if (isChanged) approvals.delete(unit.id);
  }
  if (!dryRun) {
    if (targets.size > 0) writeTextTargets(root, lang, targets);
    if (report.changed.length > 0 || report.approved.length > 0) writeApprovals(root, lang, approvals);
  }
  return report;
}

/** The report as a reviewer and the publisher read it: every change, with the old and new text. */
export function formatImportReport(report: ImportReport, { dryRun = false } = {}): string {
  const lines: string[] = [];
  for (const change of report.changed) {
    lines.push(`${change.isApproved ? 'changed and approved' : 'changed (not approved)'}  ${change.file}  ${change.id}`);
    lines.push(`    was: ${change.was ?? '(no translation)'}`, `    now: ${change.now}`);
  }
  for (const approval of report.approved) lines.push(`approved as it was  ${approval.file}  ${approval.id}`);
  for (const refusal of report.refused) lines.push(`REFUSED  ${refusal.id}: ${refusal.reason}`);
  for (const warning of report.warnings) lines.push(`glossary  ${warning.id}: ${warning.problem}`);
  const verb = dryRun ? 'would change' : 'changed';
  lines.push(
    `${report.lang}: ${verb} ${report.changed.length}, approved ${report.approved.length} as they were, refused ${report.refused.length}, ` +
      `${report.warnings.length} glossary warning(s)${dryRun ? ' (dry run: nothing written)' : report.changed.length + report.approved.length > 0 ? `; approvals in ${approvalsFile(report.lang)}` : ''}`,
  );
  return lines.join('\n');
}
