// The fields an occurrence shows (title, people, status, description) and its ids. An event without a UID (the
// standard requires one; some exporters and hand-made files leave it out) gets one derived from its content, so
// importing the same file twice gives the same ids and replaces rather than doubles.
import type {Person} from '../types.ts';
import {all, first, textOf, unescapeText, type Component} from './content-lines.ts';

const email = (value: string | undefined) => (value ? value.replace(/^mailto:/i, '').trim() || undefined : undefined);

export function people(component: Component, self: string | undefined) {
  const attendees: Person[] = [];
  let declined = false;
  for (const property of all(component, 'ATTENDEE')) {
    const person: Person = {};
    const address = email(property.value);
    const name = property.params.CN;
    if (address) person.email = address;
    if (name) person.name = unescapeText(name);
    attendees.push(person);
    if (self && address?.toLowerCase() === self.toLowerCase() && (property.params.PARTSTAT ?? '').toUpperCase() === 'DECLINED') declined = true;
  }
  const organizerProperty = first(component, 'ORGANIZER');
  const organizer = organizerProperty?.params.CN || email(organizerProperty?.value);
  return {attendees, declined, organizer};
}

/** The exception's own field, else the series' (exporters leave out what did not change). */
export const fieldOf = (item: Component, master: Component, name: string) => textOf(item, name) ?? textOf(master, name);

/** Google exports UIDs as "<eventId>@google.com": without the suffix they are the page's ids, so both sources merge. */
export const baseId = (uid: string) => uid.replace(/@google\.com$/i, '');

/** 53-bit FNV-1a-style hash in two 32-bit lanes; stable across runs and browsers (no crypto API needed, sync). */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + ((b >>> 0) & 0x1fffff).toString(16).padStart(6, '0'));
}

const IDENTITY = ['DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'RRULE', 'RDATE', 'LOCATION', 'ORGANIZER', 'DESCRIPTION'];

/** A UID for a VEVENT that has none: the same content gives the same id; a second identical event gets "-2". */
export function contentUid(component: Component, taken: Map<string, number>): string {
  const identity = IDENTITY.map((name) => all(component, name).map((p) => `${name}:${p.params.TZID ?? ''}:${p.value}`).join('\n')).join('\n');
  const uid = `ics-${hash(identity)}`;
  const count = (taken.get(uid) ?? 0) + 1;
  taken.set(uid, count);
  return count === 1 ? uid : `${uid}-${count}`;
}
