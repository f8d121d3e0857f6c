// The keys of the English catalog, so t('a_typo') fails to compile. Types only: no catalog is bundled into code.
// A new area file in src/locales/en/ is added here too (tests/unit/locales.test.ts checks that none is missing).
type Areas =
  & typeof import('../locales/en/manifest.json')
  & typeof import('../locales/en/common.json')
  & typeof import('../locales/en/ui.json')
  & typeof import('../locales/en/popup.json')
  & typeof import('../locales/en/options.json')
  & typeof import('../locales/en/gmail.json')
  & typeof import('../locales/en/calendar.json')
  & typeof import('../locales/en/content.json')
  & typeof import('../locales/en/background.json')
  & typeof import('../locales/en/cadence.json')
  & typeof import('../locales/en/rules.json');

export type MessageKey = Exclude<keyof Areas, 'default'> & string;

/** The stem of every counted message (`<stem>_one` / `<stem>_other`), for tCount. */
export type PluralKey = {[K in MessageKey]: K extends `${infer Stem}_other` ? (`${Stem}_one` extends MessageKey ? Stem : never) : never}[MessageKey];
