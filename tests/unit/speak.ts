// Unit tests only: read the catalogs of another language (or a right-to-left interface) instead of English, with
// Chrome's substitution rules, as tests/unit/setup.ts does for English.
import {afterEach} from 'vitest';
import {formatMessage, languages, readCatalog} from '../../scripts/lib/locales.ts';
import {useMessages} from '../../src/shared/i18n.ts';

/** A language without catalogs (Arabic) reads English, as the browser falls back to the default language. */
export function speak(language: string, options: {rtl?: boolean} = {}): void {
  const catalog = readCatalog(languages().includes(language) ? language : 'en');
  useMessages({
    getMessage: (key, substitutions) => key === '@@bidi_dir' ? (options.rtl ? 'rtl' : 'ltr') : formatMessage(catalog, key, substitutions),
    getUILanguage: () => language,
  });
}

/** Back to English after each test of the file. */
export function speakEnglishAfterEach(): void {
  afterEach(() => speak('en'));
}
