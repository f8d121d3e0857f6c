// Calendar coach timings. `npx tsx bench/calendar.ts` prints them; bench/run.ts calls benchCalendar().
// calendar_read_300_ms: readVisibleEvents over a jsdom week view with 300 chips (English descriptions, recurring
// ids, all-day chips, one declined), median of runs. cadence_year_ms: computeCadence for the default targets with
// five direct reports over a year of 5,000 events with full coverage, median of runs. Inputs are seeded.
import {JSDOM} from 'jsdom';
import {fileURLToPath} from 'node:url';
import {computeCadence} from '../src/cadence/compute.ts';
import {addDays, formatIso, zonedToInstant} from '../src/cadence/dates.ts';
import {defaultTargets} from '../src/cadence/targets.ts';
import type {CalendarEvent} from '../src/cadence/types.ts';
import {readVisibleEvents} from '../src/sites/calendar/events.ts';
import {round} from './stats.ts';

const ZONE = 'America/Chicago';
const TITLES = ['Budget review', 'Vendor call, Acme', 'Hiring sync', 'Board prep', 'Coffee with Sam', 'Launch retro', 'Design review', 'Press briefing'];
const NAMES = ['Sam Lee', 'Marco Rossi', 'Priya Natarajan', 'Kim Park', 'Ana Souza'];

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
const datekey = (day: number) => (56 << 9) | (11 << 5) | day; // November 2026
const clock = (minutes: number) => {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h % 12 === 0 ? 12 : h % 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
};

/** A week view (22–28 November 2026) with `count` chips in the shapes of research/dom.md section 3. */
export function weekDocument(count: number, seed = 7): Document {
  const r = rng(seed);
  const columns: string[][] = Array.from({length: 7}, () => []);
  for (let i = 0; i < count; i++) {
    const column = i % 7;
    const day = 22 + column;
    const title = `${TITLES[Math.floor(r() * TITLES.length)]} ${i}`;
    const organizer = NAMES[Math.floor(r() * NAMES.length)]!;
    const date = `November ${day}, 2026`;
    if (i % 25 === 0) {
      columns[column]!.push(`<div data-eventchip="" data-stacked-layout-chip-container="true" class="vEJ0bc" data-eventid="${b64(`allday${i} jordan@northwind.example`)}"><div role="button" data-stacked-layout-chip="true" class="KF4T6b jKgTF"><div class="XuJrye">All day, ${title}, ${organizer}, No location, ${date}</div><span aria-hidden="true" class="nHqeVd"><span class="WBi6vc">${title}</span></span></div></div>`);
      continue;
    }
    const start = 7 * 60 + Math.floor(r() * 48) * 15;
    const end = start + 15 * (1 + Math.floor(r() * 8));
    const recurring = i % 3 === 0 ? `_202611${day}T${String(Math.floor(start / 60) + 6).padStart(2, '0')}${String(start % 60).padStart(2, '0')}00Z` : '';
    const rsvp = i % 4 === 0 ? ', Accepted' : '';
    const location = i % 5 === 0 ? 'Location: Room 4, Building B, Austin' : 'No location';
    const struck = i === 11 ? ';text-decoration-line:line-through' : '';
    columns[column]!.push(`<div role="button" data-eventchip="" data-opens-details="true" data-eventid="${b64(`ev${i}${recurring} jordan@northwind.example`)}" style="top:${start}px;height:${end - start}px${struck}"><div class="XuJrye">${clock(start)} to ${clock(end)}, ${title}, ${organizer}${rsvp}, ${location}, ${date}</div><div aria-hidden="true"><div class="lhydbb"><span class="KcY3wb"><span class="I0UMhf">${title}</span></span></div><div class="lhydbb gVNoLb EiZ8Dd">${clock(start)} – ${clock(end)}</div></div></div>`);
  }
  const cells = columns.map((chips, c) => `<div role="gridcell" class="BiKU4b" data-datekey="${datekey(22 + c)}"><div class="feMFof A3o4Oe">${chips.join('')}</div></div>`).join('');
  const html = `<!doctype html><html lang="en"><head><title>Google Calendar - Week of November 22, 2026</title></head><body>
<div id="xUserInfo" aria-hidden="true" style="display:none"><div id="xTimezone">${ZONE}</div></div>
<div role="main"><div id="YPCqFe" role="grid"><div role="row">${cells}</div></div></div></body></html>`;
  return new JSDOM(html).window.document;
}

/** A year of an executive's calendar: the six rhythms plus everything else, `count` events in all. */
export function yearOfEvents(count: number, seed = 11): CalendarEvent[] {
  const r = rng(seed);
  const events: CalendarEvent[] = [];
  const add = (day: string, title: string, minutes: number, hour: number, extra: Partial<CalendarEvent> = {}) => {
    const start = zonedToInstant(day, hour, Math.floor(r() * 4) * 15, ZONE);
    events.push({
      id: `y${events.length}`, title, start: formatIso(start, ZONE), end: formatIso(start + minutes * 60_000, ZONE), allDay: false, timeZone: ZONE,
      recurring: false, cancelled: r() < 0.02, declined: r() < 0.02, attendees: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}], source: 'ics', ...extra,
    });
  };
  const first = '2026-01-01';
  for (let d = 0; d < 365; d++) {
    const day = addDays(first, d);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    add(day, 'Daily catch-up: Dana / Jordan', 15, 9, {recurring: true});
    if (weekday === 1) add(day, 'Weekly catch-up', 60, 14, {recurring: true});
    if (d % 30 === 3) add(day, 'Monthly goals & objectives', 60, 10);
    if (d % 91 === 40) add(day, 'Quarterly strategy review', 180, 13);
    if (d % 182 === 150) add(day, 'Performance review', 60, 16);
    if (weekday === 4) for (const name of NAMES) add(day, `1:1 Dana / ${name.split(' ')[0]}`, 30, 11, {organizer: 'Dana Whitfield'});
  }
  while (events.length < count) add(addDays(first, Math.floor(r() * 365)), TITLES[Math.floor(r() * TITLES.length)]!, 30 * (1 + Math.floor(r() * 4)), 8 + Math.floor(r() * 9));
  return events.slice(0, count);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(runs: number, warmup: number, fn: () => unknown): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchCalendar(): Promise<Record<string, number>> {
  const doc = weekDocument(300);
  const read = readVisibleEvents(doc);
  if (read.events.length !== 300 || read.misses.length > 0) throw new Error(`bench page read ${read.events.length} events, ${read.misses.length} misses`);
  const events = yearOfEvents(5000);
  const people = {executive: {email: 'dana@northwind.example', name: 'Dana Whitfield'}, directReports: NAMES.map((name) => ({email: `${name.split(' ')[0]!.toLowerCase()}@northwind.example`, name}))};
  const targets = defaultTargets(people);
  const coverage = [{from: '2026-01-01', to: '2026-12-31'}];
  const now = Date.parse('2026-11-23T12:00:00-06:00');
  return {
    calendar_read_300_ms: round(time(30, 5, () => readVisibleEvents(doc)), 3),
    cadence_year_ms: round(time(30, 3, () => computeCadence(events, coverage, targets, now, ZONE)), 3),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.info(await benchCalendar());
