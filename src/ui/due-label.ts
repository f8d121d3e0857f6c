const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  const days = Math.round(ms / DAY);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** "Due in 45 min", "Overdue by 2 days", "No date given": how urgent, in words. */
export function dueLabel(dueAt: number | null, now = Date.now()): string {
  if (dueAt === null) return 'No date given';
  return dueAt >= now ? `Due in ${span(dueAt - now)}` : `Overdue by ${span(now - dueAt)}`;
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
    {label: 'Later today', until: now + 3 * HOUR},
    {label: 'Tomorrow', until: at(1, 9)},
    {label: 'Next week', until: at(daysToMonday, 9)},
  ];
}
