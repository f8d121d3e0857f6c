import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {t, tCount, textDirection, tMaybe, uiLanguage} from './i18n.ts';

describe('t', () => {
  speakEnglishAfterEach();

  it('fills placeholders in the interface language', () => {
    expect(t('background_gapOverdue', 'Weekly catch-up')).toBe('Weekly catch-up: overdue');
    speak('es');
    expect(t('background_gapOverdue', 'Seguimiento semanal')).toBe('Seguimiento semanal: vencida');
    expect(uiLanguage()).toBe('es');
  });

  it('chooses the plural form by the language\'s rule, with the count first', () => {
    expect(tCount('background_badgeTitle', 1)).toBe('Rapport: 1 needs your attention');
    expect(tCount('background_badgeTitle', 3)).toBe('Rapport: 3 need your attention');
    speak('es');
    expect(tCount('background_badgeTitle', 1)).toBe('Rapport: 1 aviso requiere tu atención');
    expect(tCount('background_badgeTitle', 0)).toBe('Rapport: 0 avisos requieren tu atención');
  });

  it('shows the key rather than nothing when a message is missing, and lets callers of run-time keys fall back', () => {
    expect(t('no_such_key' as never)).toBe('no_such_key');
    expect(tMaybe('rule_noSuchRule_x')).toBeNull();
  });

  it('reads the direction from the browser\'s predefined message', () => {
    expect(textDirection()).toBe('ltr');
    speak('ar', {rtl: true});
    expect(textDirection()).toBe('rtl');
  });
});
