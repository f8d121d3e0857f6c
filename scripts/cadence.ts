// `npm run cadence -- FILE.ics [--now DATE] [--json]` prints each cadence target's status for a calendar file.
// `npm run cadence -- FILE.ics --events --from DATE --to DATE` prints one JSON line per expanded meeting
// ({uid, title, start, end, recurring, cancelled}) so the expansion can be compared with other implementations.
// People: `--executive EMAIL` and `--direct-report EMAIL` (repeatable); without them they are guessed from the
// attendees, and the output says so. `--time-zone ZONE` overrides the file's X-WR-TIMEZONE and the system zone.
import {parseArgs} from 'node:util';
import {computeCadence, defaultTargets, executiveTimeFlags} from '../src/cadence/index.ts';
import type {CadenceResult, CalendarEvent, People} from '../src/cadence/index.ts';
import {addDays, formatIso, isValidTimeZone, localDay, zonedToInstant} from '../src/cadence/dates.ts';
import {IcsFileError, parseIcs} from '../src/cadence/ics.ts';
import {guessPeople} from '../src/cadence/people.ts';
import {windowsToIana} from '../src/cadence/ics/windows-zones.ts';
import {fail as failLine, readInput, writeLines} from './lib/exit.ts';

const USAGE = 'usage: npm run cadence -- FILE.ics [--now DATE] [--json] [--time-zone ZONE] [--executive EMAIL] [--direct-report EMAIL]...\n' +
  '       npm run cadence -- FILE.ics --events --from DATE --to DATE';
// A year and a month back covers the half-yearly review with its tolerance twice over; four months ahead shows
// what is booked.
const LOOK_BACK_DAYS = 400;
const LOOK_AHEAD_DAYS = 120;

/** A usage problem: the reason, the usage, exit code 2. */
function fail(message: string): never {
  return failLine(`cadence: ${message}\n${USAGE}`);
}

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    now: {type: 'string'}, json: {type: 'boolean'}, events: {type: 'boolean'}, from: {type: 'string'}, to: {type: 'string'},
    executive: {type: 'string'}, 'direct-report': {type: 'string', multiple: true}, 'time-zone': {type: 'string'}, help: {type: 'boolean'},
  },
});
if (values.help) {
  console.info(USAGE);
} else await main();

async function main(): Promise<void> {
  const file = positionals[0] ?? fail('missing FILE.ics');
  const ics = readInput(file, 'cadence');

  const fileZoneName = /^X-WR-TIMEZONE:(.+)$/m.exec(ics)?.[1]?.trim();
  const fileZone = fileZoneName && (isValidTimeZone(fileZoneName) ? fileZoneName : windowsToIana(fileZoneName));
  const timeZone = values['time-zone'] ?? (fileZone && isValidTimeZone(fileZone) ? fileZone : Intl.DateTimeFormat().resolvedOptions().timeZone);
  if (!isValidTimeZone(timeZone)) fail(`unknown time zone ${timeZone}`);
  const isDay = (text: string | undefined): text is string => text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text);

  /** A DATE is that day at 00:00 in the calendar's zone; a full ISO date-time is taken as written. */
  function parseNow(text: string | undefined): number {
    if (text === undefined) return Date.now();
    if (isDay(text)) return zonedToInstant(text, 0, 0, timeZone);
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? fail(`bad --now ${text}`) : ms;
  }

  /** The file's occurrences, or null for a file with nothing to read (said on stderr); not iCalendar: exit code 2. */
  function read(from: string, to: string, self?: string) {
    try {
      return parseIcs(ics, {from, to, timeZone, self});
    } catch (error) {
      if (error instanceof IcsFileError && error.kind !== 'not-icalendar') {
        console.warn(`cadence: ${file}: ${error.message}`);
        return null;
      }
      return failLine(`cadence: cannot read ${file}: ${(error as Error).message}`);
    }
  }

  if (values.events) {
    if (!isDay(values.from) || !isDay(values.to)) fail('--events needs --from YYYY-MM-DD and --to YYYY-MM-DD');
    const parsed = read(values.from, values.to, values.executive);
    if (!parsed) return;
    for (const w of parsed.warnings) console.warn(`warning: ${w}`);
    await writeLines(parsed.events.map((e) => JSON.stringify({uid: e.uid, title: e.title, start: e.start, end: e.end, recurring: e.recurring, cancelled: e.cancelled})));
    return;
  }

  const now = parseNow(values.now);
  const today = localDay(now, timeZone);
  const window = {from: addDays(today, -LOOK_BACK_DAYS), to: addDays(today, LOOK_AHEAD_DAYS)};
  let parsed = read(window.from, window.to, values.executive) ?? failLine(`cadence: ${file} has no events to coach on`);

  // People from flags, else guessed; a guessed executive's RSVPs decide "declined", so the file is read again.
  const reports = values['direct-report'] ?? [];
  let people: People;
  let guessed: 'executive and direct reports' | 'executive' | 'direct reports' | false;
  const named = (email: string, all: CalendarEvent[]) => ({email: email.toLowerCase(), name: all.flatMap((e) => e.attendees ?? []).find((a) => a.email?.toLowerCase() === email.toLowerCase())?.name ?? ''});
  if (values.executive) {
    const guess = reports.length === 0 ? guessPeople(parsed.events) : null;
    const execEmail = values.executive.toLowerCase();
    people = {
      executive: named(values.executive, parsed.events),
      directReports: reports.length > 0 ? reports.map((r) => named(r, parsed.events)) : (guess?.directReports ?? []).filter((p) => p.email !== execEmail),
    };
    guessed = reports.length === 0 ? 'direct reports' : false;
  } else {
    const guess = guessPeople(parsed.events) ?? fail('no attendees in the file to guess the executive from: pass --executive EMAIL');
    people = reports.length > 0 ? {executive: guess.executive, directReports: reports.map((r) => named(r, parsed.events))} : guess;
    guessed = reports.length > 0 ? 'executive' : 'executive and direct reports';
    parsed = read(window.from, window.to, people.executive.email) ?? parsed;
  }

  const targets = defaultTargets(people);
  const results = computeCadence(parsed.events, parsed.coverage, targets, now, timeZone);
  const executiveEvents = parsed.events.filter((e) => !e.attendees?.length || e.attendees.some((a) => a.email?.toLowerCase() === people.executive.email));
  const flags = executiveTimeFlags(executiveEvents, now);

  if (values.json) {
    console.info(JSON.stringify({
      file, now: formatIso(now, timeZone), timeZone, window, peopleGuessed: guessed, people,
      results: results.map((r) => ({...r, label: targets.find((t) => t.id === r.targetId)!.label})), flags, warnings: parsed.warnings,
    }, null, 2));
  } else {
    const who = (p: {email: string; name: string}) => (p.name ? `${p.name} <${p.email}>` : p.email);
    const short = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '-');
    const line = (r: CadenceResult) => {
      const label = targets.find((t) => t.id === r.targetId)!.label;
      const extra = r.status === 'unknown' && r.unknownRange ? `  open or import ${r.unknownRange.from} .. ${r.unknownRange.to}` : `  due ${r.dueDay ?? '-'}`;
      return `  ${label.padEnd(34)} ${r.status.padEnd(13)} last ${short(r.lastHeld).padEnd(16)}  next ${short(r.nextScheduled).padEnd(16)}${extra}`;
    };
    console.info(`${file}: cadence on ${formatIso(now, timeZone)} (${timeZone}), events ${window.from} .. ${window.to}`);
    console.info(`executive: ${who(people.executive)}; direct reports: ${people.directReports.map(who).join(', ') || 'none'}`);
    if (guessed) console.info(`  (${guessed} guessed from attendee frequency and two-person 1:1s; set them with --executive EMAIL and --direct-report EMAIL)`);
    for (const r of results) console.info(line(r));
    if (flags.length > 0) {
      console.info('coming week:');
      for (const f of flags) {
        const titles = f.eventIds.map((id) => parsed.events.find((e) => e.id === id)?.title ?? id).join(' / ');
        console.info(`  ${f.kind.padEnd(15)} ${short(f.start)}  ${titles}${f.kind === 'back-to-back' ? ` (${f.minutes} min)` : ''}`);
      }
    }
    for (const w of parsed.warnings) console.warn(`warning: ${w}`);
  }
}
