// The interface strings, locales/<lang>.json: one unit per key, and per plural form the target
// language needs (Russian has four, English two), each with the English form it translates.
import { readJson, writeJson, type TargetLanguage, type TargetWriter, type TextUnit } from './text-unit';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Where each section of the locale files is read, for the reviewer's note. */
const SECTIONS: Record<string, string> = {
  app: "the app's name (browser tab, header)",
  nav: 'the header: skip link and section links',
  demo: 'the banner on every screen',
  age: 'how old data is, on every list and record',
  freshness: "the line under each screen's title",
  record: 'every record: its source and when its information was verified',
  content: 'beside a text that is not yet translated',
  action: 'Copy buttons',
  load: 'while data loads, and when it fails',
  sync: 'errors of an update over the network',
  update: 'the new-version prompt',
  store: 'storage problems (another tab, closed storage)',
  notFound: 'a page that does not exist',
  home: 'the Home screen',
  hazards: 'the list of mine hazards',
  hazard: 'a hazard: its card in lists and its detail screen',
  buses: 'the Buses screen',
  contacts: 'aid contacts: list and detail',
  sites: 'heritage sites: list and detail',
  share: 'the Share screen and a record’s QR code',
  install: 'the install offer (Settings)',
  dataset: 'Settings: the names of the datasets',
  settings: 'the Settings screen',
  stale: 'the warning shown when the data is old',
  near: 'the warning near a hazard, on every screen (location)',
  compass: 'a direction after a distance, e.g. “2 km north”',
  safety: 'the link to the safety guide',
  report: 'the Report a hazard screen',
  map: 'the map of mine hazards',
  search: 'search: the header box and the results screen',
  import: 'a record opened from a QR code or a link',
  scan: 'scanning a QR code (Share screen)',
  send: 'passing the whole feed by animated QR code (Share screen)',
  receive: 'receiving a feed by animated QR code',
};

/** The file of one language's interface strings. */
export const localeFile = (lang: string) => `locales/${lang}.json`;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** Counts of each plural category, so the note shows the reviewer which numbers a form is for. */
function pluralExamples(lang: TargetLanguage, category: string): string {
  const rules = new Intl.PluralRules(lang);
  const examples: number[] = [];
  for (let n = 0; n <= 111 && examples.length < 6; n += 1) if (rules.select(n) === category) examples.push(n);
  return examples.join(', ');
}

/** One unit per interface string the target language needs. */
export function readLocaleUnits(root: string, lang: TargetLanguage): TextUnit[] {
  const english = flatten(readJson(root, localeFile('en')) as Tree);
  const own = flatten(readJson(root, localeFile(lang)) as Tree);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const units: TextUnit[] = [];
  const seenPlurals = new Set<string>();
  for (const [key, source] of english) {
    const section = SECTIONS[key.split('.')[0]!] ?? 'the interface';
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      units.push({ id: `ui:${key}`, file: localeFile(lang), source, target: own.get(key), where: `Interface string (${section}), key ${key}` });
      continue;
    }
    const base = key.replace(PLURAL_SUFFIX, '');
    if (seenPlurals.has(base)) continue;
    seenPlurals.add(base);
    for (const category of categories) {
      const formKey = `${base}_${category}`;
      units.push({
        id: `ui:${formKey}`,
        file: localeFile(lang),
        source: english.get(formKey) ?? english.get(`${base}_other`) ?? source,
        target: own.get(formKey),
        where: `Interface string (${section}), key ${formKey}: the plural form “${category}”, for counts such as ${pluralExamples(lang, category)}`,
      });
    }
  }
  return units;
}

/** Writes interface strings back; a plural form the file lacks is added at the end of its section. */
export const writeLocaleTargets: TargetWriter = (root, lang, targets) => {
  const tree = readJson(root, localeFile(lang)) as Tree;
  const written: string[] = [];
  for (const [id, text] of targets) {
    if (!id.startsWith('ui:')) continue;
    const path = id.slice('ui:'.length).split('.');
    let node = tree;
    for (const part of path.slice(0, -1)) {
      const child = node[part];
      if (typeof child !== 'object') throw new Error(`${localeFile(lang)} has no section ${path.join('.')}`);
      node = child;
    }
    node[path.at(-1)!] = text;
    written.push(id);
  }
  if (written.length > 0) writeJson(root, localeFile(lang), tree);
  return written;
};
