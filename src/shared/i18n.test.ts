import {afterEach, describe, expect, it} from 'vitest';
import {formatMessage, readCatalog} from '../../scripts/lib/locales.ts';
import {t, tCount, textDirection, tMaybe, uiLanguage, useMessages} from './i18n.ts';

const english = readCatalog('en');
const spanish = readCatalog('es');
const speak = (catalog: typeof english, language: string, direction = 'ltr') => useMessages({
  getMessage: (key, substitutions) => (key === '@@bidi_dir' ? direction : formatMessage(catalog, key, substitutions)),
  getUILanguage: () => language,
});

describe('t', () => {
  afterEach(() => speak(english, 'en'));

  it('fills placeholders in the interface language', () => {
    expect(t('background_gapOverdue', 'Weekly catch-up')).toBe('Weekly catch-up: overdue');
    speak(spanish, 'es');
    expect(t('background_gapOverdue', 'Seguimiento semanal')).toBe('Seguimiento semanal: vencida');
    expect(uiLanguage()).toBe('es');
  });

  it('chooses the plural form by the language\'s rule, with the count first', () => {
    expect(tCount('background_badgeTitle', 1)).toBe('Rapport: 1 needs your attention');
    expect(tCount('background_badgeTitle', 3)).toBe('Rapport: 3 need your attention');
    speak(spanish, 'es');
    expect(tCount('background_badgeTitle', 1)).toBe('Rapport: 1 aviso requiere tu atención');
    expect(tCount('background_badgeTitle', 0)).toBe('Rapport: 0 avisos requieren tu atención');
  });

  it('shows the key rather than nothing when a message is missing, and lets callers of run-time keys fall back', () => {
    expect(t('no_such_key' as never)).toBe('no_such_key');
    expect(tMaybe('rule_noSuchRule_x')).toBeNull();
  });

  it('reads the direction from the browser\'s predefined message', () => {
    expect(textDirection()).toBe('ltr');
    speak(english, 'ar', 'rtl');
    expect(textDirection()).toBe('rtl');
  });
});
