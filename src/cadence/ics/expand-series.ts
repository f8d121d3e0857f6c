// A series (a master VEVENT and the instances its exceptions replace) to its occurrences inside a window.
// Instances are DTSTART, every RRULE's and every RDATE's (a period RDATE brings its own end), less every EXDATE.
// An exception (RECURRENCE-ID) replaces the instance it names and is emitted at its own time; with
// RANGE=THISANDFUTURE it also moves every later instance by the same shift and gives them its length and fields.
// Matching is by instant, or by day where one side is a DATE and the other a DATE-TIME (exporters mix them:
// EXDATE;VALUE=DATE on a timed series, RECURRENCE-ID written as a date): that day's instances are the ones meant.
import type {Wall} from './civil.ts';
import type {Component} from './content-lines.ts';
import type {IcsLimits} from './limits.ts';
import type {Notices} from './notices.ts';
import {untilTest, type EventTimes, type ReadEvent, type ZonedDate} from './read-event.ts';
import {canEverMatch, expandRule, type Guard} from './rrule-expand.ts';
import {instantToWall, wallToInstant, type Zone, type ZoneBook} from './zones.ts';

const MS_PER_DAY = 86_400_000;

export type Window = {fromDay: number; toDay: number; startMs: number; endMs: number};

export type Occurrence = {
  /** The component whose fields (title, people, status) the occurrence shows. */
  item: Component;
  allDay: boolean;
  /** Epoch ms for timed occurrences, day numbers (end exclusive) for all-day ones. */
  start: number;
  end: number;
  zone: Zone;
  /** The instance this is (the RECURRENCE-ID it would carry); null for a single event. */
  instance: number | null;
  /** The instance is a day number (an all-day series), else epoch ms. */
  instanceIsDay: boolean;
};

type Length = (startKey: number, startWall: Wall) => number;

/** How long an event lasts, as a function of an instance's start, in the series' unit. */
export function lengthOf(times: EventTimes, allDay: boolean, zone: Zone, notices: Notices, label: string): Length {
  const endBeforeStart = () => notices.warn(`${label}: ends before it starts; read as ${allDay ? 'one day' : 'no length'}`);
  if (allDay) {
    let days = 1;
    if (times.end) days = times.end.wall.day - times.start.wall.day;
    else if (times.duration) days = times.duration.days + Math.ceil(times.duration.seconds / 86_400);
    if (days < 0) endBeforeStart();
    const length = Math.max(days, 1);
    return (start) => start + length;
  }
  if (times.duration && times.duration.days !== 0) {
    const {days, seconds} = times.duration; // nominal days keep the wall-clock time across a DST change
    if (days < 0 || seconds < 0) endBeforeStart();
    return (start, wall) => Math.max(start, wallToInstant({day: wall.day + days, second: wall.second}, zone) + seconds * 1000);
  }
  let exact = 0;
  if (times.duration) exact = times.duration.seconds * 1000;
  else if (times.end) {
    const endZone = times.end.isDate ? zone : times.end.zone;
    exact = wallToInstant(times.end.wall, endZone) - wallToInstant(times.start.wall, times.start.zone);
  }
  if (exact < 0) endBeforeStart();
  const length = Math.max(exact, 0);
  return (start) => start + length;
}

function overlaps(allDay: boolean, start: number, end: number, window: Window): boolean {
  if (allDay) return start <= window.toDay && end > window.fromDay;
  return start < window.endMs && (end > window.startMs || (end === start && start >= window.startMs));
}

export type SeriesContext = {zones: ZoneBook; window: Window; limits: IcsLimits; guard: Guard; notices: Notices; label: string};

/** The occurrences of a series inside the window, at most limits.perSeries of them. */
export function* expandSeries(master: ReadEvent, exceptions: ReadEvent[], context: SeriesContext): Generator<Occurrence> {
  const {window, limits, guard, notices, label} = context;
  const allDay = master.start.isDate;
  const zone = master.start.zone;
  const toInstant = (wall: Wall) => wallToInstant(wall, zone);
  const keyOfWall = (wall: Wall) => (allDay ? wall.day : toInstant(wall));
  /** An RDATE, EXDATE or RECURRENCE-ID as an instance key, or null when it names a whole day of a timed series. */
  const keyOf = (date: ZonedDate): number | null => (allDay ? date.wall.day : date.isDate ? null : wallToInstant(date.wall, date.zone));
  const masterLength = lengthOf(master, allDay, zone, notices, label);
  const recurring = master.rules.length > 0 || master.rdates.length > 0;
  const dayUnit = allDay ? 1 : MS_PER_DAY;

  // Exceptions by the instance they replace; the highest SEQUENCE wins a duplicate.
  const replaced = new Map<number, ReadEvent>();
  const replacedDays = new Map<number, ReadEvent>();
  for (const exception of exceptions) {
    const rid = exception.recurrenceId!;
    const key = keyOf(rid);
    const map = key === null ? replacedDays : replaced;
    const at = key ?? rid.wall.day;
    const previous = map.get(at);
    if (!previous || previous.sequence <= exception.sequence) map.set(at, exception);
  }
  const kept = [...replaced.values(), ...replacedDays.values()];
  const startOf = (event: ReadEvent) => (allDay ? event.start.wall.day : wallToInstant(event.start.wall, event.start.zone));
  const futures = kept.filter((e) => e.recurrenceId!.thisAndFuture).map((e) => {
    const key = keyOf(e.recurrenceId!) ?? toInstant({day: e.recurrenceId!.wall.day, second: master.start.wall.second});
    return {key, shift: startOf(e) - key, event: e, length: lengthOf(e, allDay, e.start.zone, notices, label)};
  }).sort((a, b) => a.key - b.key);
  const maxShift = futures.reduce((max, f) => Math.max(max, Math.abs(f.shift)), 0);

  // The instances worth generating: those that could overlap the window after their length and any shift.
  const probeLength = masterLength(keyOfWall(master.start.wall), master.start.wall) - keyOfWall(master.start.wall);
  const searchStart = (allDay ? window.fromDay : window.startMs) - probeLength - maxShift - dayUnit;
  const searchEnd = (allDay ? window.toDay : window.endMs) + maxShift + dayUnit;
  const dayOfKey = (key: number) => (allDay ? key : instantToWall(key, zone).day);

  // Generation stops a little past the per-series cap: what EXDATEs and exceptions remove cannot exceed their count.
  const enough = limits.perSeries + master.exdates.length + kept.length + master.rdates.length + 2;
  const instances = new Map<number, {wall: Wall; end?: number}>();
  let truncated = false;
  const add = (key: number, wall: Wall, end?: number) => {
    // A period RDATE brings its own end: long enough, it reaches into the window from further back.
    const reaches = key >= searchStart || (end !== undefined && end > searchStart);
    if (reaches && key <= searchEnd && !instances.has(key)) instances.set(key, {wall, end});
  };
  add(keyOfWall(master.start.wall), master.start.wall);
  for (const rdate of master.rdates) {
    const wall = allDay || !rdate.isDate ? rdate.wall : {day: rdate.wall.day, second: master.start.wall.second};
    const key = allDay ? rdate.wall.day : wallToInstant(wall, rdate.isDate ? zone : rdate.zone);
    let end: number | undefined;
    if (rdate.end) end = allDay ? rdate.end.wall.day : wallToInstant(rdate.end.wall, rdate.end.utc ? {kind: 'utc'} : rdate.zone);
    else if (rdate.duration) end = key + (allDay ? rdate.duration.days : (rdate.duration.days * 86_400 + rdate.duration.seconds) * 1000);
    add(key, allDay ? {day: rdate.wall.day, second: 0} : instantToWall(key, zone), end);
  }
  const bounds = {fromDay: dayOfKey(searchStart) - 1, toDay: dayOfKey(searchEnd) + 1};
  for (const rule of master.rules) {
    if (!canEverMatch(rule, master.start.wall)) {
      notices.skip('impossible-rule', `${label}: RRULE ${ruleText(rule)} can never match; only its other dates are kept`);
      continue;
    }
    const until = untilTest(rule, master.start, toInstant);
    for (const wall of expandRule(rule, master.start.wall, allDay, bounds, guard)) {
      const key = keyOfWall(wall);
      if (until && !until(wall, key)) break;
      if (key > searchEnd) break;
      if (instances.size >= enough) {
        truncated = true;
        break;
      }
      add(key, wall);
    }
    if (guard.stopped) {
      notices.skip(guard.stopped === 'time' ? 'time-budget' : 'series-capped', `${label}: expansion stopped after ${guard.stopped === 'time' ? `${limits.timeBudgetMs} ms` : `${limits.periodsPerSeries} recurrence periods`}`);
      break;
    }
  }

  const replacedInstance = new Map<ReadEvent, number>();
  const excludedKeys = new Set<number>();
  const excludedDays = new Set<number>();
  for (const exdate of master.exdates) {
    const key = keyOf(exdate);
    if (key === null) excludedDays.add(exdate.wall.day);
    else excludedKeys.add(key);
  }

  let emitted = 0;
  const capped = () => {
    notices.skip('series-capped', `${label}: more than ${limits.perSeries} occurrences in the window; the rest are left out`);
  };
  for (const key of [...instances.keys()].sort((a, b) => a - b)) {
    const {wall, end} = instances.get(key)!;
    const day = allDay ? key : wall.day;
    if (replaced.has(key)) continue;
    const byDay = allDay ? undefined : replacedDays.get(day);
    if (byDay) {
      replacedInstance.set(byDay, key); // its id names the instance it replaced, as Google's ids do
      continue;
    }
    if (excludedKeys.has(key) || (!allDay && excludedDays.has(day))) continue;
    let future: (typeof futures)[number] | undefined;
    for (const f of futures) if (f.key < key) future = f;
    let occurrence: Occurrence;
    if (future) {
      const start = key + future.shift;
      const shiftedWall = allDay ? {day: start, second: 0} : instantToWall(start, future.event.start.zone);
      occurrence = {item: future.event.component, allDay, start, end: future.length(start, shiftedWall), zone: future.event.start.zone, instance: recurring ? key : null, instanceIsDay: allDay};
    } else {
      occurrence = {item: master.component, allDay, start: key, end: end ?? masterLength(key, wall), zone, instance: recurring ? key : null, instanceIsDay: allDay};
    }
    if (!overlaps(allDay, occurrence.start, occurrence.end, window)) continue;
    if (emitted >= limits.perSeries) return capped();
    emitted++;
    yield occurrence;
  }
  if (truncated) capped();
  for (const exception of kept) {
    // An instance removed by an EXDATE newer than its modification is gone (the series was edited after it).
    const key = keyOf(exception.recurrenceId!);
    const removed = key === null ? excludedDays.has(exception.recurrenceId!.wall.day) : excludedKeys.has(key) || (!allDay && excludedDays.has(dayOfKey(key)));
    if (removed && exception.sequence <= master.sequence) continue;
    yield* exceptionOccurrence(exception, allDay, masterLength, (date) => replacedInstance.get(exception) ?? keyOf(date), context);
  }
}

/** An exception at its own time (its RECURRENCE-ID names the instance; without DTSTART it keeps that instance's). */
function* exceptionOccurrence(exception: ReadEvent, seriesAllDay: boolean, seriesLength: Length | null, keyOf: (date: ZonedDate) => number | null, context: SeriesContext): Generator<Occurrence> {
  const rid = exception.recurrenceId!;
  const allDay = exception.start.isDate;
  const zone = exception.start.zone;
  const start = allDay ? exception.start.wall.day : wallToInstant(exception.start.wall, zone);
  // Without DTEND or DURATION an exception keeps the series' length (exporters leave out what did not change).
  const ownLength = exception.end || exception.duration || !seriesLength || allDay !== seriesAllDay;
  const end = (ownLength ? lengthOf(exception, allDay, zone, context.notices, context.label) : seriesLength)(start, exception.start.wall);
  if (!overlaps(allDay, start, end, context.window)) return;
  const instance = keyOf(rid) ?? (seriesAllDay ? rid.wall.day : wallToInstant({day: rid.wall.day, second: 0}, rid.zone));
  yield {item: exception.component, allDay, start, end, zone, instance, instanceIsDay: seriesAllDay};
}

/** Exceptions whose series is not in the file: each is a single moved instance. */
export function* orphanOccurrences(exceptions: ReadEvent[], context: SeriesContext): Generator<Occurrence> {
  for (const exception of exceptions) {
    const rid = exception.recurrenceId!;
    const allDay = rid.isDate;
    const keyOf = (date: ZonedDate) => (allDay ? date.wall.day : date.isDate ? null : wallToInstant(date.wall, date.zone));
    yield* exceptionOccurrence(exception, allDay, null, keyOf, context);
  }
}

function ruleText(rule: ReadEvent['rules'][number]): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.byMonth.length) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byYearDay.length) parts.push(`BYYEARDAY=${rule.byYearDay.join(',')}`);
  return parts.join(';');
}

