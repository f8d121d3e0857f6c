// Calendar-file import timings. `npx tsx bench/ics.ts` prints them; bench/run.ts calls benchIcs().
// ics_import_5mb_ms: parseIcs over a generated 5 MB file of 10,000 events from 2024 to 2026 (four in ten recurring:
// weekly, every other week, monthly, yearly, a few daily, most of them ended by COUNT or UNTIL; with exceptions,
// EXDATEs, attendees, Outlook Windows zone names and a VTIMEZONE) for the extension's 15-month window, median of
// runs after a warm-up; ics_import_5mb_cold_ms is the first run in a fresh process (what the service worker pays);
// ics_import_5mb_occurrences is how many occurrences fall in the window. Inputs are seeded.
import {fileURLToPath} from 'node:url';
import {parseIcs} from '../src/cadence/ics.ts';
import {round} from './stats.ts';

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ZONES = ['America/New_York', 'Europe/Berlin', 'W. Europe Standard Time', 'Pacific Standard Time', 'Asia/Tokyo'];
// As in a real multi-year export, most series have ended (COUNT or UNTIL) and a few run on; one in a hundred is daily.
const RULES = [
  'FREQ=WEEKLY;COUNT=12', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T000000Z', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=20',
  'FREQ=MONTHLY;BYDAY=1WE', 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=24', 'FREQ=YEARLY', 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20261231T000000Z', 'FREQ=DAILY;COUNT=5',
];
const NAMES = ['Dana Whitfield', 'Jordan Avery', 'Priya Natarajan', 'Marco Rossi', 'Kim Park', 'Ana Souza', 'Sam Lee'];
const pad = (n: number) => String(n).padStart(2, '0');
const fold = (line: string) => line.match(/.{1,74}/g)!.join('\r\n ');

/** About `bytes` of iCalendar text with `count` events, 40% of them recurring (descriptions sized to fit). */
export function generatedCalendar(count = 10_000, bytes = 5_000_000, seed = 14): string {
  const draft = calendarText(count, bytes, seed);
  return Math.abs(draft.length - bytes) / bytes < 0.02 ? draft : calendarText(count, (bytes * bytes) / draft.length, seed);
}

function calendarText(count: number, bytes: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const filler = 'Agenda: review the numbers, agree the next steps, note owners and dates. ';
  const perEvent = Math.floor(bytes / count);
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//bench//EN', 'X-WR-TIMEZONE:America/New_York',
    'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'];
  for (let i = 0; i < count; i++) {
    const zone = pick(ZONES);
    const year = 2024 + Math.floor(r() * 3);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const hour = 8 + Math.floor(r() * 9);
    const start = `${year}${pad(month)}${pad(day)}T${pad(hour)}${r() < 0.5 ? '00' : '30'}00`;
    const end = `${year}${pad(month)}${pad(day)}T${pad(hour + 1)}0000`;
    const uid = `bench-${i}-${Math.floor(r() * 1e9).toString(36)}@rapport.example`;
    const event = ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${pick(['Budget review', 'Hiring sync', 'Board prep', '1:1', 'Vendor call'])} ${i}`,
      `DTSTART;TZID=${zone}:${start}`, `DTEND;TZID=${zone}:${end}`, `ORGANIZER;CN=${pick(NAMES)}:mailto:organizer${i % 50}@northwind.example`];
    for (let a = 0; a < 1 + Math.floor(r() * 4); a++) event.push(fold(`ATTENDEE;CN=${pick(NAMES)};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:person${Math.floor(r() * 200)}@northwind.example`));
    const recurring = r() < 0.4;
    if (recurring) {
      event.push(`RRULE:${r() < 0.01 ? 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR' : pick(RULES)}`);
      if (r() < 0.3) event.push(`EXDATE;TZID=${zone}:${year + 1}${pad(month)}${pad(day)}T${pad(hour)}0000`);
    }
    const head = event.join('\r\n').length;
    const repeats = Math.round((perEvent - head - 40) / filler.length + (r() - 0.5));
    if (repeats > 0) event.push(fold(`DESCRIPTION:${filler.repeat(repeats)}`));
    event.push('END:VEVENT');
    out.push(...event);
    if (recurring && r() < 0.1) {
      out.push('BEGIN:VEVENT', `UID:${uid}`, `RECURRENCE-ID;TZID=${zone}:${start}`, `SUMMARY:Moved ${i}`, `DTSTART;TZID=${zone}:${start.slice(0, 9)}${pad(hour + 1)}0000`,
        `DTEND;TZID=${zone}:${start.slice(0, 9)}${pad(hour + 2)}0000`, 'END:VEVENT');
    }
  }
  out.push('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}

// The extension's window (a year back, a quarter ahead) with the default caps, none of which this file reaches.
const WINDOW = {from: '2025-11-01', to: '2027-01-31', timeZone: 'America/New_York'};

export async function benchIcs(): Promise<Record<string, number>> {
  const text = generatedCalendar();
  const samples: number[] = [];
  let cold = 0;
  let occurrences = 0;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const result = parseIcs(text, WINDOW);
    const ms = performance.now() - start;
    if (result.read < 10_000 || result.events.length === 0 || Object.keys(result.skipped).length > 0) {
      throw new Error(`bench file read ${result.read} events, ${result.events.length} occurrences, skipped ${JSON.stringify(result.skipped)}`);
    }
    occurrences = result.events.length;
    if (i === 0) cold = ms;
    else samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return {
    ics_file_mb: round(text.length / 1e6, 2),
    ics_import_5mb_ms: round(samples[Math.floor(samples.length / 2)]!, 1),
    ics_import_5mb_cold_ms: round(cold, 1),
    ics_import_5mb_occurrences: occurrences,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.info(await benchIcs());
