// parseIcs: a calendar file to the occurrences inside a window, every step bounded (limits.ts) and every problem
// local to the event it is in (notices.ts). The work is a generator that pauses after each slice of lines and
// each series, so the same code runs at once (parseIcs: the CLI, tests) or in slices that give the event loop
// back every few milliseconds (parseIcsInSlices: the service worker, where other messages must not wait).
import {addDays, dayNumber, dayString, localDayNumber, offsetMinutes, zonedToInstant} from '../dates.ts';
import type {CalendarEvent, Coverage, Day, DayRange} from '../types.ts';
import {civilScratch} from './civil.ts';
import {first, materialize, outlineSteps, peek, unescapeText, type Component, type Outline, type Source} from './content-lines.ts';
import {baseId, contentUid, fieldOf, people} from './event-fields.ts';
import {expandSeries, orphanOccurrences, type Occurrence, type SeriesContext, type Window} from './expand-series.ts';
import {DEFAULT_LIMITS, type IcsLimits} from './limits.ts';
import {Notices, type SkipReason} from './notices.ts';
import {anchorInDeclaredZone, readEvent, type ReadEvent} from './read-event.ts';
import {RuleError} from './rrule-parse.ts';
import {ValueError} from './values.ts';
import {declaredZoneOf, displayZone, wallToInstant, ZoneBook, type Zone} from './zones.ts';

export type IcsEvent = CalendarEvent & {uid: string};

export type IcsOptions = {
  /** Expansion window, inclusive days in `timeZone`. */
  from: Day;
  to: Day;
  /** The user's zone: the window's, and floating times' when the file names no X-WR-TIMEZONE. */
  timeZone: string;
  /** Whose RSVP decides "declined" (the executive's email, usually). */
  self?: string;
  limits?: Partial<IcsLimits>;
};

export type IcsResult = {
  events: IcsEvent[];
  /** An imported file shows the whole calendar, so the window counts as seen. */
  coverage: Coverage;
  /** Events skipped or read with a fallback, in English, for the command line and diagnostics. */
  warnings: string[];
  /** VEVENTs in the file. */
  read: number;
  /** Events (or parts of series) not imported, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** First and last day with an imported occurrence (in `timeZone`), or null when none. */
  range: DayRange | null;
};

/** The file is not something to import: empty, or not iCalendar at all. */
export class IcsFileError extends Error {
  constructor(readonly kind: 'empty' | 'not-icalendar' | 'no-events', message: string) {
    super(message);
  }
}

/** The instance part of a Google-style id: YYYYMMDD for an all-day series, else YYYYMMDDTHHMMSSZ in UTC. */
function instanceSuffix(occurrence: Occurrence): string {
  const ms = occurrence.instanceIsDay ? occurrence.instance! * 86_400_000 : occurrence.instance!;
  const day = Math.floor(ms / 86_400_000);
  const {year, month, day: date} = civilScratch(day);
  const stamp = `${year}${pad(month)}${pad(date)}`;
  if (occurrence.instanceIsDay) return stamp;
  const seconds = Math.floor((ms - day * 86_400_000) / 1000);
  return `${stamp}T${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}${pad(seconds % 60)}Z`;
}
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** formatIso's output (2026-11-23T09:00:00-06:00) without a Date per call: tens of thousands per import. */
function formatInstant(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const local = ms + offset * 60_000;
  const day = Math.floor(local / 86_400_000);
  const {year, month, day: date} = civilScratch(day);
  const seconds = Math.floor((local - day * 86_400_000) / 1000);
  const magnitude = Math.abs(offset);
  return `${year}-${pad(month)}-${pad(date)}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}${offset < 0 ? '-' : '+'}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

type Series = {uid: string; master?: Outline; exceptions: Outline[]};

/** Every VEVENT of every VCALENDAR (files concatenated by hand have several), or of a bare list of VEVENTs. */
function calendarsOf(root: Outline): Outline[] {
  const calendars = root.children.filter((c) => c.name === 'VCALENDAR');
  if (calendars.length > 0) return calendars;
  if (root.children.some((c) => c.name === 'VEVENT')) return [root];
  const firstName = root.children[0]?.name;
  throw new IcsFileError('not-icalendar', firstName ? `not an iCalendar file: starts with ${firstName}` : 'not an iCalendar file: no BEGIN:VCALENDAR');
}

function classify(error: unknown): SkipReason {
  if (error instanceof RuleError) return 'bad-rule';
  if (error instanceof ValueError) return 'bad-value';
  return 'unreadable';
}

const sequenceOf = (outline: Outline, source: Source) => Number(peek(outline, source, 'SEQUENCE')?.value) || 0;

/** An exception without DTSTART starts at the instance it replaces. */
function withStart(component: Component): Component {
  if (first(component, 'DTSTART')) return component;
  const rid = first(component, 'RECURRENCE-ID');
  if (!rid) return component;
  const {RANGE: _range, ...params} = rid.params;
  return {...component, properties: [...component.properties, {name: 'DTSTART', params, value: rid.value}]};
}

export function* importSteps(text: string, options: IcsOptions): Generator<void, IcsResult> {
  if (text.trim() === '') throw new IcsFileError('empty', 'the file is empty');
  const limits: IcsLimits = {...DEFAULT_LIMITS, ...options.limits};
  const started = performance.now();
  const notices = new Notices();
  const {root, source, unclosed} = yield* outlineSteps(text);
  if (unclosed > 0) notices.warn(`${unclosed} component${unclosed === 1 ? '' : 's'} without END were closed where the next began`);
  const calendars = calendarsOf(root);
  const declaredZone = declaredZoneOf(materialize(calendars[0]!, source, false));
  const calendarZone = declaredZone ?? options.timeZone;
  const vtimezones = calendars.flatMap((c) => c.children.filter((child) => child.name === 'VTIMEZONE').map((zone) => materialize(zone, source)));
  const zones = new ZoneBook(vtimezones, calendarZone, (m) => notices.warn(m));
  const declared: Zone | null = declaredZone ? {kind: 'iana', name: declaredZone} : null;
  const window: Window = {
    fromDay: dayNumber(options.from), toDay: dayNumber(options.to),
    startMs: zonedToInstant(options.from, 0, 0, options.timeZone), endMs: zonedToInstant(addDays(options.to, 1), 0, 0, options.timeZone),
  };

  // A series is its master plus the exceptions sharing its UID.
  const series = new Map<string, Series>();
  const contentIds = new Map<string, number>();
  let read = 0;
  for (const calendar of calendars) {
    for (const vevent of calendar.children) {
      if (vevent.name !== 'VEVENT') continue;
      read++;
      const uidProperty = peek(vevent, source, 'UID');
      const uid = (uidProperty && unescapeText(uidProperty.value).trim()) || contentUid(materialize(vevent, source), contentIds);
      const entry = series.get(uid) ?? {uid, exceptions: []};
      if (peek(vevent, source, 'RECURRENCE-ID')) entry.exceptions.push(vevent);
      else if (!entry.master || sequenceOf(vevent, source) >= sequenceOf(entry.master, source)) {
        // The same series twice (an export of an edited event, a calendar pasted after another): the highest
        // SEQUENCE is the latest version; on a tie the later one in the file.
        if (entry.master) notices.warn(`event ${uid}: appears more than once; the latest version (SEQUENCE) is used`);
        entry.master = vevent;
      }
      series.set(uid, entry);
    }
  }
  if (read === 0) throw new IcsFileError('no-events', 'the file has no events');

  const events: IcsEvent[] = [];
  const sortKeys: number[] = [];
  const userZone: Zone = {kind: 'iana', name: options.timeZone};
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let fileCapped = false;
  // Fields are read once per component, not per occurrence: a daily series shares them across hundreds.
  type Fields = {title: string; description: string; status: string; who: ReturnType<typeof people>};
  const fieldCache = new Map<Component, Fields>();
  const fieldsOf = (item: Component, master: Component): Fields => {
    let fields = fieldCache.get(item);
    if (!fields) {
      fields = {
        title: fieldOf(item, master, 'SUMMARY') ?? '', description: fieldOf(item, master, 'DESCRIPTION') ?? '',
        status: (fieldOf(item, master, 'STATUS') ?? '').toUpperCase(),
        who: people(item.properties.some((p) => p.name === 'ATTENDEE') ? item : master, options.self),
      };
      fieldCache.set(item, fields);
    }
    return fields;
  };
  const emit = (uid: string, seriesId: string, master: Component, occurrence: Occurrence) => {
    const zoneName = displayZone(occurrence.zone, calendarZone);
    const {title, description, status, who} = fieldsOf(occurrence.item, master);
    const id = occurrence.instance === null ? seriesId : `${seriesId}_${instanceSuffix(occurrence)}`;
    const event: IcsEvent = {
      uid, id, title,
      start: occurrence.allDay ? dayString(occurrence.start) : formatInstant(occurrence.start, zoneName),
      end: occurrence.allDay ? dayString(occurrence.end) : formatInstant(Math.max(occurrence.start, occurrence.end), zoneName),
      allDay: occurrence.allDay, timeZone: zoneName, recurring: occurrence.instance !== null,
      // The series' attendee list is shared by its occurrences: nothing changes it in place (stores clone it).
      cancelled: status === 'CANCELLED', declined: who.declined, attendees: who.attendees,
      description, source: 'ics',
    };
    if (occurrence.instance !== null) event.seriesId = seriesId;
    if (who.organizer) event.organizer = who.organizer;
    events.push(event);
    const key = occurrence.allDay ? wallToInstant({day: occurrence.start, second: 0}, userZone) : occurrence.start;
    sortKeys.push(key);
    const day = occurrence.allDay ? occurrence.start : localDayNumber(key, options.timeZone);
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  };

  let left = series.size;
  for (const [key, {uid, master: masterOutline, exceptions: exceptionOutlines}] of series) {
    series.delete(key);
    fieldCache.clear();
    left--;
    const label = `event ${uid}`;
    const seriesId = baseId(uid);
    if (performance.now() - started > limits.timeBudgetMs) {
      notices.skip('time-budget', `import stopped after ${limits.timeBudgetMs} ms: ${left + 1} events not read`);
      break;
    }
    // Read now, and let go of after this series: no parsed event outlives its expansion.
    const master = masterOutline && materialize(masterOutline, source);
    const exceptions = exceptionOutlines.map((outline) => withStart(materialize(outline, source)));
    const readExceptions: ReadEvent[] = [];
    for (const exception of exceptions) {
      try {
        const e = readEvent(exception, zones);
        if (e?.recurrenceId) readExceptions.push(e);
      } catch (error) {
        notices.skip(classify(error), `${label} (RECURRENCE-ID ${first(exception, 'RECURRENCE-ID')?.value ?? '?'}): ${(error as Error).message}; that instance keeps the series' time`);
      }
    }
    const guard = {deadline: started + limits.timeBudgetMs, periods: 0, maxPeriods: limits.periodsPerSeries};
    const context: SeriesContext = {zones, window, limits, guard, notices, label};
    try {
      let occurrences: Iterable<Occurrence>;
      if (master) {
        const masterEvent = readEvent(master, zones);
        if (!masterEvent) {
          notices.skip('no-start', `${label}: no DTSTART; skipped`);
          continue;
        }
        occurrences = expandSeries(anchorInDeclaredZone(masterEvent, declared), readExceptions, context);
      } else occurrences = orphanOccurrences(readExceptions, context);
      for (const occurrence of occurrences) {
        if (events.length >= limits.perFile) {
          fileCapped = true;
          break;
        }
        emit(uid, seriesId, master ?? occurrence.item, occurrence);
      }
    } catch (error) {
      notices.skip(classify(error), `${label}: ${(error as Error).message}; skipped`);
    }
    if (fileCapped) {
      notices.skip('file-capped', `more than ${limits.perFile} occurrences in the window: the rest of the file is left out`);
      break;
    }
    yield;
  }

  if (source.malformed > 0) notices.warn(`${source.malformed} line${source.malformed === 1 ? '' : 's'} that are not iCalendar properties were ignored`);
  // Sorted through an index, without a wrapper object per event.
  const order = events.map((_, i) => i).sort((a, b) => sortKeys[a]! - sortKeys[b]! || (events[a]!.id < events[b]!.id ? -1 : events[a]!.id > events[b]!.id ? 1 : 0));
  const sortedEvents = order.map((i) => events[i]!);
  const range: DayRange | null = events.length > 0 ? {from: dayString(firstDay), to: dayString(lastDay)} : null;
  return {events: sortedEvents, coverage: [{from: options.from, to: options.to}], warnings: notices.warnings, read, skipped: notices.skipped, range};
}

/** The whole import at once. */
export function parseIcs(text: string, options: IcsOptions): IcsResult {
  const steps = importSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same import, giving the event loop back after every `sliceMs` of work so other messages are answered. */
export async function parseIcsInSlices(text: string, options: IcsOptions, sliceMs = 10): Promise<IcsResult> {
  const steps = importSteps(text, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}
