// The user's own choices about the radar: who is key (added from a suggestion or by hand), their group and
// keep-in-touch interval, and asks or promises the user marks done by hand. Applied by the background on the popup's
// messages ('people/save', 'people/remove', 'owed/update'), so the radar's nudges follow in the same lifecycle run.
import {GROUPS, type Group, type KeyPerson, type OwedItem} from '../radar/index.ts';
import type {RapportDb} from './db.ts';

/** Longest keep-in-touch interval the popup offers: a year. Anything longer is "not key". */
export const MAX_EVERY_DAYS = 365;

export type KeyPersonChange = {email: string; name: string; group: Group; /** null: the group's default. */ everyDays: number | null};

/** A message may come from anywhere in the extension: what it asks is checked, not trusted. */
function checked(change: KeyPersonChange): KeyPersonChange {
  const email = String(change.email ?? '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`not an address: ${change.email}`);
  if (!GROUPS.includes(change.group)) throw new Error(`no such group: ${change.group}`);
  const {everyDays} = change;
  if (everyDays !== null && !(Number.isInteger(everyDays) && everyDays >= 1 && everyDays <= MAX_EVERY_DAYS)) {
    throw new Error(`interval out of range: ${everyDays}`);
  }
  return {email, name: String(change.name ?? '').trim(), group: change.group, everyDays};
}

/** Adds a key person, or changes one; when they were first added is kept. */
export async function saveKeyPerson(db: RapportDb, change: KeyPersonChange, now: number): Promise<KeyPerson> {
  const {email, name, group, everyDays} = checked(change);
  return db.transaction('rw', db.keyPeople, async () => {
    const known = await db.keyPeople.get(email);
    const person: KeyPerson = {email, name: name || known?.name || email, group, addedAt: known?.addedAt ?? now};
    if (everyDays !== null) person.everyDays = everyDays;
    await db.keyPeople.put(person);
    return person;
  });
}

/** No longer key. The executive and direct reports stay key (who-is-who says so); only their own choices go. */
export async function removeKeyPerson(db: RapportDb, email: string): Promise<boolean> {
  const key = String(email ?? '').trim().toLowerCase();
  return db.transaction('rw', db.keyPeople, async () => {
    const known = await db.keyPeople.get(key);
    if (known) await db.keyPeople.delete(key);
    return known !== undefined;
  });
}

/** The user marks an ask answered or a promise received ('done'), or takes that back ('reopen'). */
export async function markOwedItem(db: RapportDb, id: string, action: 'done' | 'reopen', now: number): Promise<OwedItem> {
  return db.transaction('rw', db.owedItems, async () => {
    const item = await db.owedItems.get(id);
    if (!item) throw new Error(`no owed item ${id}`);
    const {closedAt: _at, closedHow: _how, closedBy: _by, ...open} = item;
    const next: OwedItem = action === 'done' ? {...open, status: 'closed', closedAt: now, closedHow: 'user'} : {...open, status: 'open'};
    await db.owedItems.put(next);
    return next;
  });
}
