// Calendar data in, cadence out. Each view of a calendar page and each imported file adds events and seen days;
// the answer is the cadence as it now stands, and gaps become nudges (one per target and period).
import {coverageDays} from '../../cadence/index.ts';
import {parseIcs} from '../../cadence/ics.ts';
import {effectiveTimeZone} from '../../settings/settings.ts';
import {storeCalendar} from '../../store/calendar.ts';
import {shiftDay} from '../../shared/zoned-time.ts';
import {database} from '../../store/db.ts';
import {appendLog} from '../../store/logs.ts';
import {dayKey} from '../../shared/zoned-time.ts';
import {readCadence, refreshCadenceGaps} from '../calendar/gaps.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import {currentSettings} from '../settings.ts';
import type {Handler} from './handler.ts';
import {t} from '../../shared/i18n.ts';

const MAX_EVENTS_PER_REPORT = 5_000;

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

export const calendarImportIcs: Handler<'calendar/importIcs'> = async ({text}) => {
  const timeZone = effectiveTimeZone(await currentSettings());
  const today = dayKey(Date.now(), timeZone);
  // A year back and a quarter ahead: enough for every cadence, and a bounded expansion of endless series.
  const parsed = parseIcs(text, {from: shiftDay(today, -366), to: shiftDay(today, 92), timeZone});
  if (parsed.events.length === 0 && parsed.warnings.length > 0) throw new Error(t('background_icsNothingRead', parsed.warnings[0]!));
  const stored = await storeCalendar(database(), parsed.events, coverageDays(parsed.coverage), 'ics', Date.now());
  await cadenceNow();
  return {...stored, warnings: parsed.warnings.slice(0, 20)};
};

/** A read (the popup opening): computes, writes nothing, announces nothing. */
export const cadenceList: Handler<'cadence/list'> = async () => readCadence();

export const calendarDetails: Handler<'calendar/details'> = async ({eventId, attendees}) => {
  const guests = attendees.slice(0, 500).filter((guest) => typeof guest.email === 'string' && guest.email.includes('@'));
  const updated = (await database().events.update(eventId, {attendees: guests})) > 0;
  if (updated) await cadenceNow(); // who attends can make a meeting count: gaps may close
  return {updated};
};
