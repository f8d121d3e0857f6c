// What the calendar banner, the popup and the weekly summary show about each cadence target: computed from the
// stored events and coverage with the user's people and working hours, plus a proposed slot for each gap.
import {
  computeCadence, customiseTargets, defaultTargets, guessPeople, proposeSlot, type CadenceResult, type CalendarEvent, type People,
} from '../../cadence/index.ts';
import {coverageFromDays} from '../../cadence/index.ts';
import type {Settings} from '../../settings/settings.ts';
import {effectiveTimeZone} from '../../settings/settings.ts';
import type {RapportDb} from '../../store/db.ts';
import {eventsAround, seenDays} from '../../store/calendar.ts';
import {dayKey, shiftDay} from '../../shared/zoned-time.ts';
import type {CadenceView, TimeFlagView} from '../../shared/messages.ts';
import {cadenceLabelText} from '../../shared/cadence-text.ts';
import {said, words, type StoredText} from '../../shared/stored-text.ts';
import {timeFlagViews} from './time-flags.ts';

const LOOK_BACK_DAYS = 200; // the half-yearly review and its tolerance
const LOOK_AHEAD_DAYS = 120;

function peopleFrom(settings: Settings, events: CalendarEvent[]): {people: People | null; guessed: boolean} {
  const [executive] = settings.people.executives;
  if (executive) return {people: {executive, directReports: settings.people.directReports}, guessed: false};
  return {people: guessPeople(events), guessed: true};
}

/** The user's own calendar day of a meeting, kept as a day (worded in the language of the moment). */
const dayOf = (iso: string | undefined, timeZone: string) => (iso ? {day: dayKey(Date.parse(iso), timeZone)} : null);

function describe(result: CadenceResult, timeZone: string): StoredText {
  const last = dayOf(result.lastHeld, timeZone);
  const next = dayOf(result.nextScheduled, timeZone);
  if (result.status === 'unknown' && result.unknownRange) {
    // Day keys stay ISO: they name the exact days to open, and read the same in every language.
    return said('background_cadenceUnseen', result.unknownRange.from, result.unknownRange.to);
  }
  if (result.status === 'ok') return next ? said('background_cadenceNext', next) : said('background_cadenceLast', last ?? '');
  if (last) return next ? said('background_cadenceHeldAndNext', last, next) : said('background_cadenceHeldNoneNext', last);
  return next ? said('background_cadenceUnheldAndNext', next) : said('background_cadenceUnheldNoneNext');
}

/** A view with its label and sentence kept as what to say, for the gap nudge it may become. */
export type CadenceViewText = CadenceView & {labelText: StoredText; detailText: StoredText};

export type CadenceReport = {views: CadenceViewText[]; guessedPeople: boolean; timeFlags: TimeFlagView[]};

export async function cadenceViews(db: RapportDb, settings: Settings, now: number): Promise<CadenceReport> {
  const timeZone = effectiveTimeZone(settings);
  const today = dayKey(now, timeZone);
  const [from, to] = [shiftDay(today, -LOOK_BACK_DAYS), shiftDay(today, LOOK_AHEAD_DAYS)];
  const events = await eventsAround(db, from, to);
  const {people, guessed} = peopleFrom(settings, events);
  if (!people) return {views: [], guessedPeople: guessed, timeFlags: []};
  const targets = customiseTargets(defaultTargets(people), settings.cadence.targets);
  const results = computeCadence(events, coverageFromDays(await seenDays(db, from, to)), targets, now, timeZone);
  const views = results.map((result, index): CadenceViewText => {
    const target = targets[index]!;
    const gap = result.status === 'overdue' || result.status === 'not-scheduled' || result.status === 'due-soon';
    const slot = gap ? proposeSlot(events, now, settings.workingHours, timeZone, {durationMinutes: target.kind === 'daily' ? 15 : 30}) : null;
    const attendees = target.requiredAttendees.map((key) => /<([^>]+)>/.exec(key)?.[1] ?? key).filter((key) => key.includes('@'));
    const [labelText, detailText] = [cadenceLabelText(target), describe(result, timeZone)];
    return {
      targetId: target.id, label: words(labelText), labelText, status: result.status, lastHeld: result.lastHeld, nextScheduled: result.nextScheduled,
      dueDay: result.dueDay, unknownRange: result.unknownRange, detail: words(detailText), detailText,
      proposal: slot ?? undefined, attendees, eventTitle: target.label,
    };
  });
  return {views, guessedPeople: guessed, timeFlags: timeFlagViews(events, people, now, timeZone)};
}
