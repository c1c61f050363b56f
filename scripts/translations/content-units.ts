// Content texts kept as JSON: the feed's sources (feed/sources/*.json) and the safety guide
// (src/features/safety/safety-content.json). Every `{ "en": …, "hy"?: … }` object in them is one
// text; its unit id is the file and the path to it, by record id where the record has one.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, writeJson, type TargetLanguage, type TargetWriter, type TextUnit } from './text-unit';

/** The directory of the feed's JSON sources. */
export const FEED_SOURCES = 'feed/sources';
/** The safety guide's texts. */
export const SAFETY_CONTENT_FILE = 'src/features/safety/safety-content.json';

type Texts = Record<string, unknown> & { en: string; note?: unknown };

/** Every text object in a JSON value, with its path ("hazards[hz-agdam-town-ruins].title"). */
function findTexts(node: unknown, path: string, found: [string, Texts][] = []): [string, Texts][] {
  if (Array.isArray(node)) {
    node.forEach((child: unknown, index) => {
      const id = child && typeof child === 'object' && typeof (child as { id?: unknown }).id === 'string' ? (child as { id: string }).id : String(index);
      findTexts(child, `${path}[${id}]`, found);
    });
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.en === 'string') found.push([path, record as Texts]);
    else for (const [key, child] of Object.entries(record)) findTexts(child, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/** The JSON content files, repository-relative. */
export function contentFiles(root: string): string[] {
  const sources = readdirSync(join(root, FEED_SOURCES))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${FEED_SOURCES}/${name}`);
  return [...sources, SAFETY_CONTENT_FILE];
}

function describe(file: string, path: string): string {
  if (file === SAFETY_CONTENT_FILE) return `Safety guide (“If you see a mine: what to do”), ${path.replaceAll('.', ' › ')}`;
  const record = /^(\w+)\[([^\]]+)\]\.?(.*)$/.exec(path);
  const name = file.slice(FEED_SOURCES.length + 1);
  if (!record) return `Feed content, ${name}, ${path}`;
  return `Feed content, ${name}, ${record[1]} record ${record[2]}, field ${record[3] || '(the text itself)'}`;
}

/** One unit per text of the JSON content files. */
export function readContentUnits(root: string, lang: TargetLanguage): TextUnit[] {
  return contentFiles(root).flatMap((file) =>
    findTexts(readJson(root, file), '').map(([path, texts]): TextUnit => {
      const target = texts[lang];
      return {
        id: `${file}#${path}`,
        file,
        source: texts.en,
        target: typeof target === 'string' ? target : undefined,
        where: describe(file, path),
        ...(typeof texts.note === 'string' ? { note: texts.note } : {}),
      };
    }),
  );
}

/** Writes content translations back into their JSON files, one write per file changed. */
export const writeContentTargets: TargetWriter = (root, lang, targets) => {
  const written: string[] = [];
  for (const file of contentFiles(root)) {
    const data = readJson(root, file);
    let changed = false;
    for (const [path, texts] of findTexts(data, '')) {
      const text = targets.get(`${file}#${path}`);
      if (text === undefined) continue;
      texts[lang] = text;
      changed = true;
      written.push(`${file}#${path}`);
    }
    if (changed) writeJson(root, file, data);
  }
  return written;
};
