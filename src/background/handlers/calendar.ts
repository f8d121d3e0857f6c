// Calendar data in, cadence out. Each view of a calendar page and each imported file adds events and seen days;
// the answer is the cadence as it now stands, and gaps become nudges (one per target and period).
import {coverageDays} from '../../cadence/index.ts';
import {IcsFileError, parseIcsInSlices, type IcsResult} from '../../cadence/ics.ts';
import {effectiveTimeZone} from '../../settings/settings.ts';
import {storeCalendar, storeGuests} from '../../store/calendar.ts';
import {shiftDay} from '../../shared/zoned-time.ts';
import {database} from '../../store/db.ts';
import {appendLog} from '../../store/logs.ts';
import {prepForGuests} from '../../store/meeting-prep.ts';
import {dayKey} from '../../shared/zoned-time.ts';
import {readCadence, refreshCadenceGaps} from '../calendar/gaps.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import {currentSettings} from '../settings.ts';
import type {Handler} from './handler.ts';
import {t} from '../../shared/i18n.ts';

const MAX_EVENTS_PER_REPORT = 5_000;
// An imported file's 15 months: a busy executive has about 6,000 events in that time. The caps keep a hostile file
// (twenty minutely series) from filling the database; what they cut is said on the options page.
const IMPORT_LIMITS = {perSeries: 5_000, perFile: 25_000};
const STORE_BATCH = 2_000;

/** After calendar data came in: the cadence with its gaps written as nudges. */
async function cadenceNow() {
  const {result, changed} = await refreshCadenceGaps();
  if (changed) await runLifecycle('cadence');
  return result;
}

export const calendarSeen: Handler<'calendar/seen'> = async ({events, days, misses}, sender) => {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  await storeCalendar(database(), events.slice(0, MAX_EVENTS_PER_REPORT), days.filter((day) => valid.test(day)), 'dom', Date.now());
  if (misses > 0) {
    // Counts only: which chips' text could not be read is a sign Calendar changed its wording or a new language.
    await appendLog(database(), {
      at: Date.now(), level: 'warn', source: `${sender.site ?? 'calendar'}:unreadable-chips`,
      message: `${misses} event description${misses === 1 ? '' : 's'} could not be read; their days and ids were kept.`,
    });
  }
  return cadenceNow();
};

// The import runs in slices (parseIcsInSlices gives the event loop back every few milliseconds), so the worker
// answers other messages while a large file is read; a file's problems are counted by reason for the options page
// and written to the diagnostics log in English.
export const calendarImportIcs: Handler<'calendar/importIcs'> = async ({text}) => {
  const timeZone = effectiveTimeZone(await currentSettings());
  const today = dayKey(Date.now(), timeZone);
  let parsed: IcsResult;
  try {
    // A year back and a quarter ahead: enough for every cadence, and a bounded expansion of endless series.
    parsed = await parseIcsInSlices(text, {from: shiftDay(today, -366), to: shiftDay(today, 92), timeZone, limits: IMPORT_LIMITS});
  } catch (error) {
    if (!(error instanceof IcsFileError)) throw error;
    throw new Error(t(error.kind === 'empty' ? 'background_icsEmpty' : error.kind === 'no-events' ? 'background_icsNoEvents' : 'background_icsNotCalendar'), {cause: error});
  }
  // Stored in batches, each its own transaction, so cloning tens of thousands of events never holds the worker.
  const stored = {events: 0, days: 0};
  const days = coverageDays(parsed.coverage);
  for (let i = 0; i === 0 || i < parsed.events.length; i += STORE_BATCH) {
    const batch = await storeCalendar(database(), parsed.events.slice(i, i + STORE_BATCH), i === 0 ? days : [], 'ics', Date.now());
    stored.events += batch.events;
    stored.days += batch.days;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (parsed.warnings.length > 0) {
    await appendLog(database(), {
      at: Date.now(), level: 'warn', source: 'calendar:ics-import',
      message: `${parsed.read} events read, ${stored.events} occurrences stored; ${parsed.warnings.slice(0, 5).join(' | ')}${parsed.warnings.length > 5 ? ` (+${parsed.warnings.length - 5} more)` : ''}`,
    });
  }
  await cadenceNow();
  return {...stored, read: parsed.read, skipped: parsed.skipped, range: parsed.range, warnings: parsed.warnings.slice(0, 20)};
};

/** A read (the popup opening): computes, writes nothing, announces nothing. */
export const cadenceList: Handler<'cadence/list'> = async () => readCadence();

export const calendarDetails: Handler<'calendar/details'> = async ({eventId, attendees}) => {
  const guests = attendees.slice(0, 500).filter((guest) => typeof guest.email === 'string' && guest.email.includes('@'));
  const updated = await storeGuests(database(), eventId, guests);
  if (updated) await cadenceNow(); // who attends can make a meeting count: gaps may close
  return {updated, prep: await prepForGuests(database(), guests as Array<{email: string; name?: string}>)};
};
