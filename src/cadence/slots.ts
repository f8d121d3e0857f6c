// A proposed slot for a missing meeting: the first free stretch inside working hours, on a working day, after a
// short lead time. "Free" means no known timed event overlaps it; declined and cancelled ones don't block.
import {dayString, instantOf, localDayNumber, zonedToInstant} from './dates.ts';
import type {CalendarEvent} from './types.ts';

export type WorkingHours = {start: string; end: string; /** 1 = Monday … 7 = Sunday */ days: number[]};
export type Slot = {start: number; end: number};

const STEP_MINUTES = 15;
const clock = (text: string) => {
  const [hour, minute] = text.split(':').map(Number);
  return {hour: hour ?? 9, minute: minute ?? 0};
};

export function proposeSlot(
  events: readonly CalendarEvent[], now: number, hours: WorkingHours, timeZone: string,
  options: {durationMinutes?: number; leadMinutes?: number; searchDays?: number} = {},
): Slot | null {
  const duration = (options.durationMinutes ?? 30) * 60_000;
  const earliest = now + (options.leadMinutes ?? 60) * 60_000;
  const busy = events
    .filter((event) => !event.allDay && !event.timesUnknown && !event.cancelled && !event.declined)
    .map((event) => [instantOf(event.start, timeZone), instantOf(event.end, timeZone)] as const)
    .filter(([start, end]) => Number.isFinite(start) && Number.isFinite(end) && end > earliest)
    .sort((a, b) => a[0] - b[0]);
  const open = clock(hours.start);
  const close = clock(hours.end);
  const today = localDayNumber(now, timeZone);
  for (let offset = 0; offset < (options.searchDays ?? 14); offset++) {
    const day = dayString(today + offset);
    const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (!hours.days.includes(weekday)) continue;
    const dayEnd = zonedToInstant(day, close.hour, close.minute, timeZone);
    let candidate = Math.max(zonedToInstant(day, open.hour, open.minute, timeZone), earliest);
    candidate = Math.ceil(candidate / (STEP_MINUTES * 60_000)) * STEP_MINUTES * 60_000;
    while (candidate + duration <= dayEnd) {
      const clash = busy.find(([start, end]) => start < candidate + duration && end > candidate);
      if (!clash) return {start: candidate, end: candidate + duration};
      candidate = Math.ceil(clash[1] / (STEP_MINUTES * 60_000)) * STEP_MINUTES * 60_000;
    }
  }
  return null;
}
