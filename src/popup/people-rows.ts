// What the People view shows of each key person, in words: pure, so the view's wording and filtering are tested
// without a browser. The radar itself (who is overdue, what is owed) is computed in src/radar.
import type {Contact, Group, OwedItem, PersonRadar} from '../radar/index.ts';
import {t, tCount, type MessageKey} from '../shared/i18n.ts';
import {shortDate} from '../shared/dates.ts';
import {dueLabel} from '../ui/due-label.ts';

const DAY = 86_400_000;

export const GROUP_LABEL: Record<Group, MessageKey> = {
  'executive': 'popup_groupExecutive', 'direct-report': 'popup_groupDirectReport', 'internal': 'popup_groupInternal', 'external': 'popup_groupExternal',
};

/** Groups the user may give someone by hand: the executive and direct reports are who-is-who's to say. */
export const CHOSEN_GROUPS: readonly Group[] = ['internal', 'external'];

/** Keep-in-touch intervals offered besides the group's default, in days. */
export const INTERVAL_CHOICES: readonly number[] = [3, 7, 14, 30, 60, 90];

/** Lower case without accents: "José" is found by "jose", as a user types a name in a hurry. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Key people whose name or address holds the search text, in the order given (most in need first). */
export function filterPeople(radar: readonly PersonRadar[], text: string): PersonRadar[] {
  const wanted = folded(text.trim());
  if (!wanted) return [...radar];
  return radar.filter((entry) => folded(entry.person.name).includes(wanted) || entry.person.email.includes(wanted));
}

const LAST_CONTACT: Record<Contact['kind'], MessageKey> = {
  sent: 'popup_lastContactSent', received: 'popup_lastContactReceived', met: 'popup_lastContactMet',
};

/** "You wrote on Mon, Nov 23", "They wrote on …", "You met on …", or that Rapport has seen none. */
export function lastContactText(contact: Contact | null, timeZone: string): string {
  return contact ? t(LAST_CONTACT[contact.kind], shortDate(contact.at, timeZone)) : t('popup_lastContactNone');
}

/** Where the person stands against their keep-in-touch interval, and whether that needs the user. */
export function touchText(entry: PersonRadar, now: number): {text: string; warn: boolean} {
  const every = tCount('popup_everyDays', entry.everyDays);
  if (entry.status === 'never') return {text: t('popup_touchNever', every), warn: false};
  const dueAt = entry.touchDueAt!;
  if (entry.status === 'overdue' || entry.status === 'due-soon') return {text: t('popup_touchDue', dueLabel(dueAt, now), every), warn: entry.status === 'overdue'};
  return {text: t('popup_touchOk', every), warn: false};
}

/** The screen-reader name of a status, said before anything else about the person. */
export const STATUS_LABEL: Record<PersonRadar['status'], MessageKey> = {
  'overdue': 'popup_statusOverdue', 'due-soon': 'popup_statusDueSoon', 'ok': 'popup_statusOk', 'never': 'popup_statusNever',
};

/** One line under an owed item: when it was asked or promised, and whether it is late. */
export function owedWhen(item: OwedItem, late: boolean, now: number, timeZone: string): {text: string; warn: boolean} {
  const on = shortDate(item.at, timeZone);
  if (item.direction === 'asked-of-me') return {text: late ? t('popup_askedOnLate', on) : t('popup_askedOn', on), warn: late};
  if (item.dueAt === null) return {text: t('popup_promisedOn', on), warn: false};
  return {text: t('popup_promisedFor', shortDate(item.dueAt, timeZone), dueLabel(item.dueAt, now)), warn: late};
}

/** Whether a promise to the user is past its day (asks carry their lateness in the radar's `lateAskIds`). */
export const isLate = (entry: PersonRadar, item: OwedItem, now: number) =>
  item.direction === 'asked-of-me' ? entry.lateAskIds.has(item.id) : item.dueAt !== null && item.dueAt <= now;

/** Days since the last contact, for the weekly summary ("Kim: 20 days"); null when there was none. */
export const daysSince = (contact: Contact | null, now: number) => (contact ? Math.floor((now - contact.at) / DAY) : null);

/**
 * Google Calendar's own new-event editor with the person as guest, as the cadence banner opens it (the
 * render?action=TEMPLATE address Calendar has long accepted). Nothing is created until the user saves.
 */
export function scheduleLink(email: string, title: string): string {
  return `https://calendar.google.com/calendar/render?${new URLSearchParams({action: 'TEMPLATE', text: title, add: email})}`;
}
