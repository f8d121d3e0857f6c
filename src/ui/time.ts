import {t, tCount, uiLanguage} from '../shared/i18n.ts';

/** "just now", "4 min ago", "2 h ago", else a short local date: how fresh a reading is matters more than when. */
export function timeAgo(then: number, now = Date.now()): string {
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return t('ui_justNow');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return tCount('ui_minutesAgo', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return tCount('ui_hoursAgo', hours);
  return new Date(then).toLocaleDateString(uiLanguage(), {month: 'short', day: 'numeric'});
}
