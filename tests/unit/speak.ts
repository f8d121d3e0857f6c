// Unit tests only: read the catalogs of another language (or a right-to-left interface) instead of English, with
// Chrome's substitution rules. tests/unit/setup.ts starts every test file in English.
import {afterEach} from 'vitest';
import {formatMessage, languages, readCatalog, type Catalog} from '../../scripts/lib/locales.ts';
import {useMessages} from '../../src/shared/i18n.ts';

const catalogs = new Map<string, Catalog>();
function catalogOf(language: string): Catalog {
  // A language without catalogs (Arabic) reads English, as the browser falls back to the default language.
  const name = languages().includes(language) ? language : 'en';
  let catalog = catalogs.get(name);
  if (!catalog) catalogs.set(name, catalog = readCatalog(name));
  return catalog;
}

export function speak(language: string, options: {rtl?: boolean} = {}): void {
  const catalog = catalogOf(language);
  useMessages({
    getMessage: (key, substitutions) => key === '@@bidi_dir' ? (options.rtl ? 'rtl' : 'ltr') : formatMessage(catalog, key, substitutions),
    getUILanguage: () => language,
  });
}

/** Back to English after each test of the file. */
export function speakEnglishAfterEach(): void {
  afterEach(() => speak('en'));
}
