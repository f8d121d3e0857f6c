// The radar as the People view and This week show it: computed as the background computes it (radar/refresh.ts), so
// the two agree, from the store's key people and open items and either a year of contacts or the background's
// contact summary plus what happened since. Pure.
import {byNeed, computeRadar, pickSuggestions, tallyContacts, withContactsSince, type Contact, type ContactSummary, type ContactTally, type KeyPerson, type OwedItem, type PersonRadar, type Suggestion} from '../radar/index.ts';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {workingHoursBetween} from '../shared/zoned-time.ts';

export type PeopleData = {
  /** Every key person, whoever needs the user most first. */
  radar: PersonRadar[];
  /** People the user writes to and meets most who are not key yet: only ever offered, never added. */
  suggestions: Suggestion[];
};

export type PeopleInput = {
  people: KeyPerson[]; items: OwedItem[];
  /** Contacts read from the store: a year of them, or those since the summary. */
  contacts: Contact[]; names: Map<string, string>;
  /** The background's summary of the year, if there is one. */
  summary: ContactSummary | null;
};

export function peopleData(input: PeopleInput, settings: Settings, now: number): PeopleData {
  const timeZone = effectiveTimeZone(settings);
  let contacts: Contact[] = input.contacts;
  let tallies: Iterable<ContactTally>;
  let names = input.names;
  if (input.summary) ({contacts, tallies, names} = withContactsSince(input.summary, input.contacts, input.names));
  else tallies = tallyContacts(contacts).values();
  const radar = computeRadar({
    people: input.people, contacts, items: input.items, settings: settings.radar, now,
    // As the background counts: an ask waits a working day at most, so a week of hours is plenty.
    workingHoursBetween: (from, to) => workingHoursBetween(from, to, settings.workingHours, timeZone, 7 * 24),
  }).sort(byNeed);
  return {radar, suggestions: pickSuggestions(tallies, names, input.people, settings.people.myAddresses)};
}
