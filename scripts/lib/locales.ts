// The message catalogs. Sources live in src/locales/<language>/<area>.json, one file per part of the extension so
// each part owns its strings; the build merges them into the _locales/<language>/messages.json Chrome and Firefox
// read. Also used by the unit tests (an English catalog where no browser i18n API exists) and the catalog checks.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from 'vite';

export const LOCALES_DIR = join(process.cwd(), 'src', 'locales');
export const DEFAULT_LANGUAGE = 'en';

export type CatalogEntry = {message: string; description?: string; placeholders?: Record<string, {content: string; example?: string}>};
export type Catalog = Record<string, CatalogEntry>;

export function languages(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

export function areaFiles(language: string, dir = LOCALES_DIR): string[] {
  return readdirSync(join(dir, language)).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, language, name));
}

/** One language's messages from all its area files. A key defined twice is a build error, not a silent override. */
export function readCatalog(language: string, dir = LOCALES_DIR): Catalog {
  const catalog: Catalog = {};
  const origin = new Map<string, string>();
  for (const file of areaFiles(language, dir)) {
    const part = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
    for (const [key, entry] of Object.entries(part)) {
      if (origin.has(key)) throw new Error(`Message "${key}" is defined in both ${origin.get(key)} and ${file}`);
      origin.set(key, file);
      catalog[key] = entry;
    }
  }
  return catalog;
}

// One pass over the message: `$$` and `$name$` are read there, never in what a substitution brings in.
const TOKENS = /\$\$|\$([A-Za-z0-9_@]+)\$/g;
const POSITIONAL = /\$(\d)/g;

/**
 * chrome.i18n.getMessage's substitution rules, for code that runs without a browser (unit tests, Node scripts):
 * `$name$` is replaced by its placeholder's content, in which `$1`..`$9` are the substitutions; `$$` is a dollar.
 * Names are case-insensitive. Substitutions are inserted as they are (a "$$" or "$1" in a mail subject stays),
 * as Chromium does. A missing key gives "", as in the browser.
 */
export function formatMessage(catalog: Catalog, key: string, substitutions: string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const fill = (text: string) => text.replace(POSITIONAL, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  return entry.message.replace(TOKENS, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : fill(content);
  });
}

/** What the browser reads of a catalog: descriptions and examples are for translators, so the package leaves them out. */
export function runtimeCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([key, {message, placeholders}]) => [key, placeholders
    ? {message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, {content}]) => [name, {content}]))}
    : {message}]));
}

/** Emits _locales/<language>/messages.json for every language into the build, and rebuilds when a source changes. */
export function localesPlugin(dir = LOCALES_DIR): Plugin {
  return {
    name: 'rapport-locales',
    buildStart() {
      for (const language of languages(dir)) for (const file of areaFiles(language, dir)) this.addWatchFile(file);
    },
    generateBundle() {
      for (const language of languages(dir)) {
        this.emitFile({type: 'asset', fileName: `_locales/${language}/messages.json`, source: JSON.stringify(runtimeCatalog(readCatalog(language, dir)))});
      }
    },
  };
}
