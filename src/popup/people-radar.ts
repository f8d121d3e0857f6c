// The radar as the People view and This week show it: computed as the background computes it (radar/refresh.ts), so
// the two agree, from what store/radar.ts reads (key people, open items, their latest contacts from the contact book
// and the people who could be suggested). Pure.
import {byNeed, computeRadar, pickSuggestions, type PersonRadar, type Suggestion} from '../radar/index.ts';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {workingHoursBetween} from '../shared/zoned-time.ts';
import type {RadarData} from '../store/radar.ts';

export type PeopleData = {
  /** Every key person, whoever needs the user most first. */
  radar: PersonRadar[];
  /** People the user writes to and meets most who are not key yet: only ever offered, never added. */
  suggestions: Suggestion[];
};

export function peopleData(input: RadarData, settings: Settings, now: number): PeopleData {
  const timeZone = effectiveTimeZone(settings);
  const radar = computeRadar({
    people: input.people, contacts: input.contacts, items: input.items, settings: settings.radar, now,
    // As the background counts: an ask waits a working day at most, so a week of hours is plenty.
    workingHoursBetween: (from, to) => workingHoursBetween(from, to, settings.workingHours, timeZone, 7 * 24),
  }).sort(byNeed);
  return {radar, suggestions: pickSuggestions(input.tallies, input.names, input.people, settings.people.myAddresses)};
}
