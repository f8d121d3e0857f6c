// Which zone a TZID means, and wall-clock ↔ instant in it. In order: an IANA name the browser knows (read with
// Intl, the browser's own zone database); a Windows name from Outlook or Exchange ("W. Europe Standard Time"),
// mapped to IANA with CLDR's table; an IANA name inside a longer label ("/mozilla.org/20050126_1/Europe/Berlin",
// "(UTC+01:00) Europe/Berlin"); the file's own VTIMEZONE (read with ical.js, whose zone rules are what it does best);
// else the calendar's zone, with a warning. A VTIMEZONE whose rules repeat more often than monthly is not a real
// zone (they change at most twice a year) and would make ical.js expand millions of transitions: its repeating
// rules are dropped, keeping each one's first transition, with a warning.
import ICAL from 'ical.js';
import {isValidTimeZone, offsetMinutes} from '../dates.ts';
import {civilFromDays, daysFromCivil, SECONDS_PER_DAY, type Wall} from './civil.ts';
import {unescapeText, type Component} from './content-lines.ts';
import {windowsToIana} from './windows-zones.ts';

type IcalTimezone = InstanceType<typeof ICAL.Timezone>;

export type Zone =
  | {kind: 'utc'}
  | {kind: 'iana'; name: string}
  | {kind: 'custom'; name: string; timezone: IcalTimezone};

const MS_PER_DAY = 86_400_000;

/**
 * The instant of a wall-clock time in an IANA zone, as zoneinfo-based tools read it: a time the clocks pass twice
 * (autumn) is the first one, a time they skip (spring) keeps the offset from before the change (02:30 becomes 03:30).
 * The offsets 14 hours either side bracket every candidate, since no zone is further than that from UTC.
 */
function ianaInstant(wallMs: number, timeZone: string): number {
  const offsetBefore = offsetMinutes(wallMs - 14 * 3_600_000, timeZone);
  const offsetAfter = offsetMinutes(wallMs + 14 * 3_600_000, timeZone);
  if (offsetBefore === offsetAfter) return wallMs - offsetBefore * 60_000; // no change of offset nearby: the usual case
  const before = wallMs - offsetBefore * 60_000;
  const after = wallMs - offsetAfter * 60_000;
  const valid = (t: number) => t + offsetMinutes(t, timeZone) * 60_000 === wallMs;
  if (valid(before) && valid(after)) return Math.min(before, after);
  if (valid(before)) return before;
  if (valid(after)) return after;
  return before;
}

export function wallToInstant(wall: Wall, zone: Zone): number {
  const wallMs = wall.day * MS_PER_DAY + wall.second * 1000;
  if (zone.kind === 'utc') return wallMs;
  if (zone.kind === 'iana') return ianaInstant(wallMs, zone.name);
  const {year, month, day} = civilFromDays(wall.day);
  const time = ICAL.Time.fromData({year, month, day, hour: Math.floor(wall.second / 3600), minute: Math.floor((wall.second % 3600) / 60), second: wall.second % 60, isDate: false}, zone.timezone);
  return time.toUnixTime() * 1000;
}

export function instantToWall(ms: number, zone: Zone): Wall {
  if (zone.kind === 'custom') {
    const local = ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(zone.timezone);
    return {day: daysFromCivil(local.year, local.month, local.day), second: local.hour * 3600 + local.minute * 60 + local.second};
  }
  const local = ms + (zone.kind === 'iana' ? offsetMinutes(ms, zone.name) * 60_000 : 0);
  const day = Math.floor(local / MS_PER_DAY);
  return {day, second: Math.floor((local - day * MS_PER_DAY) / 1000) % SECONDS_PER_DAY};
}

/** The IANA name an event is shown in: the zone's own when it has one, else the calendar's. */
export const displayZone = (zone: Zone, calendarZone: string) => (zone.kind === 'iana' ? zone.name : calendarZone);

const SUBDAILY_OR_FASTER = /FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY)/i;

/** A VTIMEZONE as text ical.js can read, without repeating rules faster than monthly. */
function sanitisedTimezone(component: Component, warnings: (message: string) => void): string {
  const lines: string[] = ['BEGIN:VTIMEZONE'];
  for (const p of component.properties) lines.push(`${p.name}:${p.value}`);
  for (const child of component.children) {
    lines.push(`BEGIN:${child.name}`);
    for (const p of child.properties) {
      if (p.name === 'RRULE' && SUBDAILY_OR_FASTER.test(p.value)) {
        warnings(`time zone rule ${p.value} repeats too often for a time zone: only its first change is used`);
        continue;
      }
      lines.push(`${p.name}:${p.value}`);
    }
    lines.push(`END:${child.name}`);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function embeddedIana(label: string): string | undefined {
  const candidates = label.match(/[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+/g) ?? [];
  for (const candidate of candidates) {
    const parts = candidate.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      const name = parts.slice(i).join('/');
      if (isValidTimeZone(name)) return name;
    }
  }
  return undefined;
}

export class ZoneBook {
  private readonly resolved = new Map<string, Zone>();
  private readonly vtimezones = new Map<string, Component>();
  readonly calendar: Zone;

  constructor(vtimezones: Component[], readonly calendarZone: string, private readonly warn: (message: string) => void) {
    for (const component of vtimezones) {
      const raw = component.properties.find((p) => p.name === 'TZID')?.value;
      const tzid = raw === undefined ? undefined : unescapeText(raw).trim(); // TZID is TEXT: Outlook escapes its commas
      if (tzid) this.vtimezones.set(tzid, component);
    }
    this.calendar = {kind: 'iana', name: calendarZone};
  }

  /** The zone of a date-time property: UTC, its TZID's, or (floating) the given zone. */
  zoneOf(tzid: string | undefined, utc: boolean, floating: Zone = this.calendar): Zone {
    if (utc) return {kind: 'utc'};
    if (!tzid) return floating;
    let zone = this.resolved.get(tzid);
    if (!zone) {
      zone = this.resolve(tzid.replace(/^"|"$/g, '').trim());
      this.resolved.set(tzid, zone);
    }
    return zone;
  }

  private resolve(tzid: string): Zone {
    if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(tzid)) return {kind: 'utc'};
    if (isValidTimeZone(tzid)) return {kind: 'iana', name: tzid};
    const windows = windowsToIana(tzid);
    if (windows && isValidTimeZone(windows)) return {kind: 'iana', name: windows};
    const embedded = embeddedIana(tzid);
    if (embedded) return {kind: 'iana', name: embedded};
    const component = this.vtimezones.get(tzid);
    if (component) {
      try {
        const parsed = ICAL.parse(sanitisedTimezone(component, this.warn)) as ConstructorParameters<typeof ICAL.Component>[0];
        return {kind: 'custom', name: tzid, timezone: new ICAL.Timezone(new ICAL.Component(parsed))};
      } catch (error) {
        this.warn(`time zone "${tzid}" could not be read (${(error as Error).message}): read in ${this.calendarZone}`);
        return this.calendar;
      }
    }
    this.warn(`unknown time zone "${tzid}": read in ${this.calendarZone}`);
    return this.calendar;
  }
}

/** The zone the calendar declares with X-WR-TIMEZONE (Google and Apple write it), if it names one we know. */
export function declaredZoneOf(root: Component): string | undefined {
  const value = root.properties.find((p) => p.name === 'X-WR-TIMEZONE')?.value.trim();
  if (!value) return undefined;
  if (isValidTimeZone(value)) return value;
  const mapped = windowsToIana(value) ?? embeddedIana(value);
  return mapped && isValidTimeZone(mapped) ? mapped : undefined;
}

