// What reviewers approved, per language: locales/approved/<lang>.json maps each unit id to a
// fingerprint of the English and the translation they approved, so the next export marks as
// "to review" only the units that are new or whose English or translation changed since.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TargetLanguage } from './text-unit';

/** The file of one language's approvals (a subfolder: the app bundles only locales/*.json). */
export const approvalsFile = (lang: TargetLanguage) => `locales/approved/${lang}.json`;

/** The fingerprint of one approved pair: changing either text voids the approval. */
export function approvalFingerprint(source: string, target: string): string {
  return createHash('sha256').update(`${source}\u0000${target}`).digest('hex').slice(0, 16);
}

/** Unit id → fingerprint of what a reviewer approved; empty before the first review. */
export function readApprovals(root: string, lang: TargetLanguage): Map<string, string> {
  const path = join(root, approvalsFile(lang));
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
}

/** Writes the approvals sorted by unit id, so two reviews' changes merge line by line. */
export function writeApprovals(root: string, lang: TargetLanguage, approvals: ReadonlyMap<string, string>): void {
  const path = join(root, approvalsFile(lang));
  mkdirSync(dirname(path), { recursive: true });
  const sorted = Object.fromEntries([...approvals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
}
