// One translatable text, wherever it lives: the unit the review round trip exports, imports and
// remembers. Every reader of a text file returns these; every writer takes the new targets back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages a reviewer translates into; English is every text's source. */
export const TARGET_LANGUAGES = ['hy', 'az', 'ru'] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

/** Whether a command-line word names a target language. */
export function isTargetLanguage(value: string): value is TargetLanguage {
  return (TARGET_LANGUAGES as readonly string[]).includes(value);
}

/** One text to translate: its English source, its current translation and where a reader meets it. */
export interface TextUnit {
  /** Stable across exports: the file and the key, record or path inside it. */
  id: string;
  /** The repository file the translation is written to. */
  file: string;
  /** The English text. */
  source: string;
  /** The translation the app shows now; undefined when there is none (English is shown). */
  target: string | undefined;
  /** Where the text appears: screen and key, or record and field. */
  where: string;
  /** What the author wants the translator to know, if anything. */
  note?: string;
}

/** Writes new translations back into one kind of file; `targets` maps unit ids to texts. */
export type TargetWriter = (root: string, lang: TargetLanguage, targets: ReadonlyMap<string, string>) => string[];

/** A JSON file of the repository, parsed. */
export function readJson(root: string, file: string): unknown {
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

/** Writes JSON the way the repository's files are written (two spaces), keeping the file's final newline or its absence. */
export function writeJson(root: string, file: string, value: unknown): void {
  const path = join(root, file);
  const endsWithNewline = readFileSync(path, 'utf8').endsWith('\n');
  writeFileSync(path, JSON.stringify(value, null, 2) + (endsWithNewline ? '\n' : ''));
}
