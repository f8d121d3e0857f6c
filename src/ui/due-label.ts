import {t, tCount} from '../shared/i18n.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Due in 45 min", "Overdue by 2 days", "No date given": how urgent, in words. */
export function dueLabel(dueAt: number | null, now = Date.now()): string {
  if (dueAt === null) return t('ui_noDateGiven');
  const due = dueAt >= now;
  const ms = due ? dueAt - now : now - dueAt;
  if (ms < HOUR) return tCount(due ? 'ui_dueInMinutes' : 'ui_overdueByMinutes', Math.max(1, Math.round(ms / MINUTE)));
  if (ms < DAY) return tCount(due ? 'ui_dueInHours' : 'ui_overdueByHours', Math.round(ms / HOUR));
  return tCount(due ? 'ui_dueInDays' : 'ui_overdueByDays', Math.round(ms / DAY));
}

/** Snooze choices, as instants in the browser's local time: later today, tomorrow morning, next Monday morning. */
export function snoozeChoices(now = Date.now()): Array<{label: string; until: number}> {
  const at = (daysAhead: number, hour: number) => {
    const date = new Date(now);
    date.setDate(date.getDate() + daysAhead);
    date.setHours(hour, 0, 0, 0);
    return date.getTime();
  };
  const daysToMonday = ((8 - new Date(now).getDay()) % 7) || 7;
  return [
    {label: t('ui_snoozeLaterToday'), until: now + 3 * HOUR},
    {label: t('ui_snoozeTomorrow'), until: at(1, 9)},
    {label: t('ui_snoozeNextWeek'), until: at(daysToMonday, 9)},
  ];
}
