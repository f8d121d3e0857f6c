// A year of contacts, boiled down to what the radar needs: the latest contact with each address, and how often the
// user wrote to or met those seen often enough to suggest. The background computes the full radar from the store on
// every lifecycle run anyway; keeping this summary lets a page show the radar without reading a year of mail again
// (tens of thousands of rows), adding only what happened since.
import type {Contact} from './types.ts';
import {tallyContacts, type ContactTally} from './suggest.ts';

export type ContactSummary = {
  /** Up to when the summary counts (epoch ms): contacts after it are read afresh. */
  computedAt: number;
  /** The latest contact that has happened, per address (lower case). */
  latest: Contact[];
  /** Sent and met counts by address: every one, since contacts made later may bring an address to a suggestion. */
  tallies: ContactTally[];
  /** Names seen with addresses, to show suggestions by name. */
  names: Array<[string, string]>;
};

export function summariseContacts(contacts: readonly Contact[], names: ReadonlyMap<string, string>, now: number): ContactSummary {
  const latest = new Map<string, Contact>();
  for (const contact of contacts) {
    if (contact.at > now) continue;
    const email = contact.email.toLowerCase();
    const known = latest.get(email);
    if (!known || contact.at > known.at) latest.set(email, {...contact, email});
  }
  const tallies = [...tallyContacts(contacts.filter((contact) => contact.at <= now)).values()];
  const wanted = new Set([...tallies.map((entry) => entry.email)]);
  return {computedAt: now, latest: [...latest.values()], tallies, names: [...names].filter(([email]) => wanted.has(email))};
}

/** The summary with the contacts made since it was computed: what the radar would read from the store itself. */
export function withContactsSince(summary: ContactSummary, recent: readonly Contact[], names: ReadonlyMap<string, string>): {
  contacts: Contact[]; tallies: ContactTally[]; names: Map<string, string>;
} {
  // Only what is newer than the summary: a range read from the store may start earlier (meetings are read by day).
  const fresh = recent.filter((contact) => contact.at > summary.computedAt);
  const tallies = new Map(summary.tallies.map((entry) => [entry.email, {...entry}]));
  for (const entry of tallyContacts(fresh).values()) {
    const known = tallies.get(entry.email);
    tallies.set(entry.email, known ? {email: entry.email, count: known.count + entry.count, lastAt: Math.max(known.lastAt, entry.lastAt)} : entry);
  }
  return {contacts: [...summary.latest, ...fresh], tallies: [...tallies.values()], names: new Map([...summary.names, ...names])};
}
