// One VEVENT's times and recurrence, read into plain values: the start as a wall-clock time in a resolved zone,
// the length, the rules and the dates added, removed or replaced. A value that cannot be read throws (ValueError
// or RuleError) and the caller skips this event only.
import type {Wall} from './civil.ts';
import {all, first, type Component, type Property} from './content-lines.ts';
import {parseRule, type Rule} from './rrule-parse.ts';
import {parseDateList, parseDateValue, parseDuration, ValueError, type DateOrPeriod, type DateValue, type Duration} from './values.ts';
import {instantToWall, type Zone, type ZoneBook} from './zones.ts';

/** A date read in its zone; `floating` when it named neither a TZID nor UTC (then `zone` is the one it was read in). */
export type ZonedDate = DateValue & {zone: Zone; floating: boolean};
export type ZonedDateOrPeriod = DateOrPeriod & {zone: Zone; floating: boolean};

export type EventTimes = {
  start: ZonedDate;
  /** At most one of these (then: one day for an all-day event, no length for a timed one). */
  end: ZonedDate | undefined;
  duration: Duration | undefined;
};

export type ReadEvent = EventTimes & {
  component: Component;
  rules: Rule[];
  rdates: ZonedDateOrPeriod[];
  exdates: ZonedDate[];
  recurrenceId: (ZonedDate & {thisAndFuture: boolean}) | undefined;
  sequence: number;
};

const zoned = (property: Property, zones: ZoneBook, floating: Zone | undefined): ZonedDate => {
  const {wall, isDate, utc} = parseDateValue(property.value, property.params.VALUE);
  // Literal objects of one shape (no spreads): tens of thousands are made per file.
  return {wall, isDate, utc, zone: zones.zoneOf(property.params.TZID, utc, floating), floating: !utc && !property.params.TZID};
};

/** DTSTART/DTEND/DURATION of any VEVENT. Floating values of a series' other properties follow its DTSTART's zone. */
export function readTimes(component: Component, zones: ZoneBook): EventTimes | null {
  const startProperty = first(component, 'DTSTART');
  if (!startProperty) return null;
  const start = zoned(startProperty, zones, undefined);
  const endProperty = first(component, 'DTEND');
  const durationProperty = first(component, 'DURATION');
  const end = endProperty ? zoned(endProperty, zones, start.zone) : undefined;
  const duration = !endProperty && durationProperty ? parseDuration(durationProperty.value) : undefined;
  return {start, end, duration};
}

export function readEvent(component: Component, zones: ZoneBook): ReadEvent | null {
  const times = readTimes(component, zones);
  if (!times) return null;
  const seriesZone = times.start.zone;
  const rules = all(component, 'RRULE').map((p) => parseRule(p.value));
  const dates = (name: string): ZonedDateOrPeriod[] => {
    const found: ZonedDateOrPeriod[] = [];
    for (const p of component.properties) {
      if (p.name !== name) continue;
      for (const value of parseDateList(p.value, p.params.VALUE)) {
        found.push({...value, zone: zones.zoneOf(p.params.TZID, value.utc, seriesZone), floating: !value.utc && !p.params.TZID});
      }
    }
    return found;
  };
  const recurrence = first(component, 'RECURRENCE-ID');
  const recurrenceId = recurrence ? {...zoned(recurrence, zones, seriesZone), thisAndFuture: /^THISANDFUTURE$/i.test(recurrence.params.RANGE ?? '')} : undefined;
  return {
    start: times.start, end: times.end, duration: times.duration, component, rules, rdates: dates('RDATE'), exdates: dates('EXDATE'),
    recurrenceId, sequence: Number(first(component, 'SEQUENCE')?.value) || 0,
  };
}

/**
 * The UNTIL of a rule as a test on a wall-clock start in the series' zone (or on its instant). The RFC wants UNTIL
 * in UTC for a zoned start, local for a floating one and a DATE for an all-day one; files mix them, and each mix is
 * read the way dateutil-based tools (the reference implementations) read it: on an all-day series only UNTIL's date
 * counts; a DATE UNTIL on a timed series is 00:00 of that date (UTC for a zoned start, wall clock for a floating
 * one), so a later instance that day is past it; a UTC UNTIL on a floating start is compared as wall-clock digits.
 */
export function untilTest(rule: Rule, start: ZonedDate, toInstant: (wall: Wall) => number): ((wall: Wall, ms: number) => boolean) | null {
  if (!rule.until) return null;
  let until: DateValue;
  try {
    until = parseDateValue(rule.until);
  } catch {
    throw new ValueError(`invalid UNTIL "${rule.until.slice(0, 40)}"`);
  }
  const wallAtMost = (limit: Wall) => (wall: Wall) => wall.day < limit.day || (wall.day === limit.day && wall.second <= limit.second);
  if (start.isDate) return (wall) => wall.day <= until.wall.day;
  if (start.floating) return wallAtMost(until.wall);
  if (until.isDate || until.utc) {
    const untilMs = until.wall.day * 86_400_000 + until.wall.second * 1000;
    return (_wall, ms) => ms <= untilMs;
  }
  const untilMs = toInstant(until.wall); // a floating UNTIL on a zoned start: the series' own zone
  return (_wall, ms) => ms <= untilMs;
}

/**
 * A recurring series written in UTC in a calendar that declares its zone (X-WR-TIMEZONE, as Google and Apple export)
 * repeats at that zone's wall-clock time, as the calendar showed it and as the X-WR-TIMEZONE convention (and the
 * reference tools that follow it) reads it: a weekly 09:00 Berlin meeting stays at 09:00 after the clocks change.
 * Its EXDATEs, RDATEs and exceptions keep matching: they are compared as instants.
 */
export function anchorInDeclaredZone(event: ReadEvent, declared: Zone | null): ReadEvent {
  if (!declared || !event.start.utc || (event.rules.length === 0 && event.rdates.length === 0)) return event;
  const wall = instantToWall(event.start.wall.day * 86_400_000 + event.start.wall.second * 1000, declared);
  return {...event, start: {...event.start, wall, utc: false, zone: declared}};
}
