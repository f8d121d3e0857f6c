// The keys of the English catalog, so t('a_typo') fails to compile. Types only: no catalog is bundled into code.
// A new area file in src/locales/en/ is added here too (tests/unit/locales.test.ts checks that none is missing).
import type manifest from '../locales/en/manifest.json';
import type common from '../locales/en/common.json';
import type ui from '../locales/en/ui.json';
import type popup from '../locales/en/popup.json';
import type options from '../locales/en/options.json';
import type gmail from '../locales/en/gmail.json';
import type calendar from '../locales/en/calendar.json';
import type content from '../locales/en/content.json';
import type background from '../locales/en/background.json';
import type cadence from '../locales/en/cadence.json';
import type rules from '../locales/en/rules.json';

type Areas = typeof manifest & typeof common & typeof ui & typeof popup & typeof options & typeof gmail & typeof calendar & typeof content & typeof background & typeof cadence & typeof rules;

export type MessageKey = keyof Areas & string;

/** The stem of every counted message (`<stem>_one` / `<stem>_other`), for tCount. */
export type PluralKey = {[K in MessageKey]: K extends `${infer Stem}_other` ? (`${Stem}_one` extends MessageKey ? Stem : never) : never}[MessageKey];
