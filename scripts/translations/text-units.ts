// Every text a reviewer can translate, from every file that holds one, and the one way back.
import { readContentUnits, writeContentTargets } from './content-units';
import { readGtfsUnits, writeGtfsTargets } from './gtfs-units';
import { readLocaleUnits, writeLocaleTargets } from './locale-units';
import type { TargetLanguage, TextUnit } from './text-unit';

/** All units of one target language: interface strings, feed content, timetable texts, the safety guide. */
export function readTextUnits(root: string, lang: TargetLanguage): TextUnit[] {
  return [...readLocaleUnits(root, lang), ...readContentUnits(root, lang), ...readGtfsUnits(root, lang)];
}

/** Writes new translations (unit id → text) into the files they belong to; returns the ids written. */
export function writeTextTargets(root: string, lang: TargetLanguage, targets: ReadonlyMap<string, string>): string[] {
  const written = [writeLocaleTargets, writeContentTargets, writeGtfsTargets].flatMap((write) => write(root, lang, targets));
  const missed = [...targets.keys()].filter((id) => !written.includes(id));
  if (missed.length > 0) throw new Error(`no file holds ${missed.join(', ')}`);
  return written;
}
