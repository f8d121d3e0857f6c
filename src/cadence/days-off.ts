// Days nobody is expected to meet: public holidays and the executive's time off, as the calendar itself says
// (all-day events on a holiday calendar, or titled "holiday", "vacation", "OOO"…). Cadences skip them, so a holiday
// week pushes the weekly catch-up back instead of raising a false "overdue".
import {dayNumberOf, isWeekend} from './dates.ts';
import type {CalendarEvent} from './types.ts';

const OFF_WORDS = /(?:^|[^\p{L}])(holiday|holidays|vacation|ooo|out of office|out of the office|pto|time off|day off|leave|bank holiday|public holiday|closed|shutdown)(?=$|[^\p{L}])/iu;
const MAX_SPAN_DAYS = 60; // a mistyped multi-month "vacation" must not silence every cadence

export function daysOff(events: readonly CalendarEvent[], timeZone: string): Set<number> {
  const off = new Set<number>();
  for (const event of events) {
    if (!event.allDay || event.cancelled || event.declined) continue;
    const holidayCalendar = event.calendarId?.includes('#holiday@') ?? false;
    if (!holidayCalendar && !OFF_WORDS.test(event.title)) continue;
    const from = dayNumberOf(event.start, timeZone);
    const to = Math.min(dayNumberOf(event.end, timeZone), from + MAX_SPAN_DAYS); // end is exclusive
    for (let d = from; d < Math.max(to, from + 1); d++) if (!isWeekend(d)) off.add(d);
  }
  return off;
}
