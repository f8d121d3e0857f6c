// iCalendar (.ics) import with ical.js: the second source of events, for users of other calendars or who want a
// whole year at once. Recurring series are expanded inside a window with their EXDATEs and RECURRENCE-ID
// exceptions; cancelled instances are kept and marked (they never count, but a script may want to see them).
// Times: an IANA TZID is converted with Intl (the browser's zone database), a custom TZID (Outlook's "Eastern
// Standard Time") with the file's own VTIMEZONE, a floating time in the user's zone.
import ICAL from 'ical.js';
import {addDays, dayNumber, dayString, formatIso, isValidTimeZone, zonedToInstant} from './dates.ts';
import type {CalendarEvent, Coverage, Day, Person} from './types.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

export type IcsEvent = CalendarEvent & {uid: string};

export type IcsOptions = {
  /** Expansion window, inclusive days in `timeZone`. */
  from: Day;
  to: Day;
  /** The user's zone: floating times are read in it, and it is the zone of results without a usable TZID. */
  timeZone: string;
  /** Whose RSVP decides "declined" (the executive's email, usually). */
  self?: string;
};

export type IcsResult = {
  events: IcsEvent[];
  /** An imported file shows the whole calendar, so the window counts as seen. */
  coverage: Coverage;
  /** Events skipped or read with a fallback, for diagnostics. */
  warnings: string[];
};

const MAX_OCCURRENCES = 50_000; // per series: a broken RRULE must not hang the import
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

type Zones = {custom: Map<string, Timezone>; fallback: string; warnings: Set<string>};

/** Epoch ms of a wall-clock Time, read in the zone its property names. */
function instant(time: Time, tzid: string | undefined, zones: Zones): number {
  if (time.zone === ICAL.Timezone.utcTimezone) return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const day = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  if (tzid && isValidTimeZone(tzid)) return zonedToInstant(day, time.hour, time.minute, tzid, time.second);
  const custom = tzid ? zones.custom.get(tzid) : undefined;
  if (custom) {
    const local = ICAL.Time.fromData({year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false}, custom);
    return local.toUnixTime() * 1000;
  }
  if (tzid) zones.warnings.add(`unknown TZID "${tzid}": read in ${zones.fallback}`);
  return zonedToInstant(day, time.hour, time.minute, zones.fallback, time.second);
}

const dayOf = (time: Time): Day => `${time.year}-${pad(time.month)}-${pad(time.day)}`;
const tzidOf = (component: Component, name: string): string | undefined => {
  const value = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};
const text = (component: Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
};
const email = (value: unknown) => (typeof value === 'string' ? value.replace(/^mailto:/i, '').trim() : undefined);

function people(component: Component, self: string | undefined) {
  const attendees: Person[] = [];
  let declined = false;
  for (const property of component.getAllProperties('attendee')) {
    const person: Person = {};
    const address = email(property.getFirstValue());
    const name = property.getParameter('cn');
    if (address) person.email = address;
    if (typeof name === 'string' && name) person.name = name;
    attendees.push(person);
    if (self && address?.toLowerCase() === self.toLowerCase() && String(property.getParameter('partstat')).toUpperCase() === 'DECLINED') declined = true;
  }
  const organizerProperty = component.getFirstProperty('organizer');
  const organizerName = organizerProperty?.getParameter('cn');
  const organizer = typeof organizerName === 'string' && organizerName ? organizerName : email(organizerProperty?.getFirstValue());
  return {attendees, declined, organizer};
}

/** Google exports UIDs as "<eventId>@google.com": without the suffix they are the page's ids, so both sources merge. */
const baseId = (uid: string) => uid.replace(/@google\.com$/i, '');

function recurrenceSuffix(recurrenceId: Time, tzid: string | undefined, zones: Zones): string {
  if (recurrenceId.isDate) return dayOf(recurrenceId).replace(/-/g, '');
  return new Date(instant(recurrenceId, tzid, zones)).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

export function parseIcs(ics: string, options: IcsOptions): IcsResult {
  const warnings: string[] = [];
  let root: Component;
  try {
    const parsed: unknown = ICAL.parse(ics);
    root = new ICAL.Component(parsed as ConstructorParameters<typeof ICAL.Component>[0]);
  } catch (error) {
    throw new Error(`not an iCalendar file: ${(error as Error).message}`, {cause: error});
  }
  if (root.name !== 'vcalendar') throw new Error(`not an iCalendar file: starts with ${root.name.toUpperCase()}`);
  const zones: Zones = {custom: new Map(), fallback: options.timeZone, warnings: new Set()};
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = text(vtimezone, 'tzid');
    if (tzid) zones.custom.set(tzid, new ICAL.Timezone(vtimezone));
  }
  const windowStart = zonedToInstant(options.from, 0, 0, options.timeZone);
  const windowEnd = zonedToInstant(addDays(options.to, 1), 0, 0, options.timeZone);
  const fromDay = dayNumber(options.from);
  const toDay = dayNumber(options.to);

  // A series is its master plus the exceptions sharing its UID.
  const series = new Map<string, {master?: Component; exceptions: Component[]}>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = text(vevent, 'uid');
    if (!uid || !vevent.hasProperty('dtstart')) {
      warnings.push(`skipped a VEVENT without ${uid ? 'DTSTART' : 'UID'}${uid ? ` (${uid})` : ''}`);
      continue;
    }
    const entry = series.get(uid) ?? {exceptions: []};
    if (vevent.hasProperty('recurrence-id')) entry.exceptions.push(vevent);
    else entry.master = vevent;
    series.set(uid, entry);
  }

  const events: IcsEvent[] = [];
  const order = new Map<IcsEvent, number>();
  const emit = (uid: string, item: Component, master: Component, start: Time, end: Time, recurrenceId: Time | null) => {
    const allDay = start.isDate;
    const startTzid = tzidOf(item, 'dtstart');
    const endTzid = tzidOf(item, 'dtend') ?? startTzid;
    const displayZone = startTzid && isValidTimeZone(startTzid) ? startTzid : options.timeZone;
    let startValue: string;
    let endValue: string;
    let sortKey: number;
    if (allDay) {
      const first = dayNumber(dayOf(start));
      if (first < fromDay || first > toDay) return;
      sortKey = zonedToInstant(dayOf(start), 0, 0, options.timeZone);
      startValue = dayOf(start);
      endValue = end.isDate && dayNumber(dayOf(end)) > first ? dayOf(end) : dayString(first + 1);
    } else {
      const startMs = instant(start, startTzid, zones);
      if (startMs < windowStart || startMs >= windowEnd) return;
      sortKey = startMs;
      startValue = formatIso(startMs, displayZone);
      endValue = formatIso(Math.max(startMs, instant(end, endTzid, zones)), displayZone);
    }
    const who = people(item, options.self);
    const status = (text(item, 'status') ?? text(master, 'status') ?? '').toUpperCase();
    const id = recurrenceId ? `${baseId(uid)}_${recurrenceSuffix(recurrenceId, tzidOf(master, 'dtstart') ?? startTzid, zones)}` : baseId(uid);
    const event: IcsEvent = {
      uid, id, title: text(item, 'summary') ?? '', start: startValue, end: endValue, allDay, timeZone: displayZone,
      recurring: recurrenceId !== null, cancelled: status === 'CANCELLED', declined: who.declined,
      attendees: who.attendees, description: text(item, 'description') ?? '', source: 'ics',
    };
    if (recurrenceId) event.seriesId = baseId(uid);
    if (who.organizer) event.organizer = who.organizer;
    events.push(event);
    order.set(event, sortKey);
  };

  for (const [uid, {master, exceptions}] of series) {
    if (!master) {
      // Exceptions whose series is not in the file: each is a single moved instance.
      for (const exception of exceptions) {
        const occurrence = new ICAL.Event(exception);
        emit(uid, exception, exception, occurrence.startDate, occurrence.endDate, exception.getFirstPropertyValue('recurrence-id') as Time);
      }
      continue;
    }
    let event: InstanceType<typeof ICAL.Event>;
    try {
      event = new ICAL.Event(master, {exceptions});
    } catch (error) {
      warnings.push(`skipped ${uid}: ${(error as Error).message}`);
      continue;
    }
    if (!event.isRecurring()) {
      emit(uid, master, master, event.startDate, event.endDate, null);
      continue;
    }
    const masterTzid = tzidOf(master, 'dtstart');
    const iterator = event.iterator();
    // Exceptions may move an instance by weeks; keep iterating a month past the window before stopping.
    const stopAfter = windowEnd + 31 * 86_400_000;
    for (let i = 0, next = iterator.next(); next && i < MAX_OCCURRENCES; i++, next = iterator.next()) {
      if (!next.isDate && instant(next, masterTzid, zones) > stopAfter) break;
      if (next.isDate && dayNumber(dayOf(next)) > toDay + 31) break;
      const details = event.getOccurrenceDetails(next);
      emit(uid, details.item.component, master, details.startDate, details.endDate, details.recurrenceId);
    }
  }
  events.sort((a, b) => order.get(a)! - order.get(b)! || (a.id < b.id ? -1 : 1));
  return {events, coverage: [{from: options.from, to: options.to}], warnings: [...warnings, ...zones.warnings]};
}
