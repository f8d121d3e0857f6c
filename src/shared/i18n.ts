// Every string a user reads goes through t(): the browser picks the catalog (src/locales, built into _locales/)
// from its own interface language, falling back to English. The i18n API is read from the `chrome` global rather
// than webextension-polyfill: getMessage is synchronous and identical in Chrome and Firefox (which also provides
// `chrome`), and this module must load in content scripts, pages, the worker and unit tests alike.
import type {MessageKey, PluralKey} from './message-keys.ts';

export type {MessageKey, PluralKey};
type Lookup = {getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string};

let override: Lookup | null = null;

function api(): Lookup | null {
  if (override) return override;
  const i18n = (globalThis as {chrome?: {i18n?: Lookup}}).chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

/** Where there is no browser (unit tests, Node scripts), a catalog to read from instead. */
export function useMessages(lookup: Lookup | null): void {
  override = lookup;
}

function lookup(key: string, args: Array<string | number>): string {
  const i18n = api();
  // Chrome takes at most nine substitutions; none of our messages needs more.
  return i18n ? i18n.getMessage(key, args.map(String)) : '';
}

/** The message in the user's language, with `$1`..`$9` filled from args. The key itself if the catalog lacks it. */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  return lookup(key, args) || key;
}

/** A key built at run time (a rule's message): null when the catalog has no such message, so the caller can fall back. */
export function tMaybe(key: string, ...args: Array<string | number>): string | null {
  return lookup(key, args) || null;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The catalogs keep two forms; languages with more (Arabic, Polish) fold the others into "other". */
export function pluralForm(count: number): 'one' | 'other' {
  const language = uiLanguage();
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, rules = new Intl.PluralRules(language));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** `<stem>_one` or `<stem>_other`, by the interface language's plural rule for `count`. */
export const pluralKey = (stem: PluralKey, count: number) => `${stem}_${pluralForm(count)}` as MessageKey;

/** Counted text: `<key>_one` or `<key>_other` by the language's plural rule, with the count as `$1`. */
export function tCount(key: PluralKey, count: number, ...args: Array<string | number>): string {
  return t(pluralKey(key, count), count, ...args);
}

/** The browser's interface language ("es", "en-US"): what dates and numbers are formatted in. */
export function uiLanguage(): string {
  try {
    return api()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** "rtl" for Arabic, Hebrew, Persian and Urdu interfaces, from the browser's own predefined message. */
export function textDirection(): 'ltr' | 'rtl' {
  return lookup('@@bidi_dir', []) === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Marks an element (a page's root, or the top element inside a content script's shadow root) with Rapport's
 * interface language and direction, so screen readers read it right and a right-to-left interface mirrors. In Gmail
 * and Calendar it is Rapport's language, not the page's, and the shadow host keeps the page's direction, so where
 * the UI sits follows the page's layout.
 */
export function localise<E extends HTMLElement>(element: E): E {
  element.lang = uiLanguage();
  element.dir = textDirection();
  return element;
}
