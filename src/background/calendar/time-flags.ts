// The executive's time in the coming week, in words: double bookings, three-hour runs without a break, meetings
// with no description. Only events that are the executive's (on their calendar, with them, or organised by them).
import {executiveTimeFlags, involves, type CalendarEvent, type People} from '../../cadence/index.ts';
import type {TimeFlagView} from '../../shared/messages.ts';
import {shortDateTime} from '../../shared/dates.ts';
import {t, uiLanguage} from '../../shared/i18n.ts';


export function timeFlagViews(events: CalendarEvent[], people: People, now: number, timeZone: string): TimeFlagView[] {
  const theirs = events.filter((event) => involves(event, people.executive));
  const byId = new Map(theirs.map((event) => [event.id, event]));
  const when = (iso: string) => shortDateTime(Date.parse(iso), timeZone);
  const hours = new Intl.NumberFormat(uiLanguage(), {maximumFractionDigits: 1});
  const titles = (ids: string[]) => ids.map((id) => byId.get(id)?.title ?? '').filter(Boolean).join(' / ');
  return executiveTimeFlags(theirs, now).map((flag): TimeFlagView => {
    switch (flag.kind) {
      case 'double-booked': return {kind: flag.kind, text: t('background_flagDoubleBooked', when(flag.start), titles(flag.eventIds))};
      case 'back-to-back': return {kind: flag.kind, text: t('background_flagBackToBack', when(flag.start), hours.format(flag.minutes / 60))};
      case 'no-description': return {kind: flag.kind, text: t('background_flagNoDescription', when(flag.start), titles(flag.eventIds))};
    }
  });
}
