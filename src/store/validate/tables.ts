// What each table's records must hold, field by field, derived from the record types in ../records.ts: `Shape<T>`
// needs a check for every field of T, so a field added there and forgotten here does not compile.
import type {CalendarEvent, Person} from '../../cadence/types.ts';
import type {Owner} from '../../nlp/index.ts';
import type {Group, KeyPerson, OwedItem} from '../../radar/index.ts';
import type {SiteName} from '../../shared/messages.ts';
import type {WeeklySummary} from '../weekly-summary.ts';
import type {
  ClosedHow, CommitmentStatus, CoverageDay, LogEntry, NudgeKind, NudgeStatus, ReceivedMailRecord, SentMailRecord, SiteHealth,
  StoredCommitment, StoredNudge, ToneStat,
} from '../records.ts';
import {
  count, date, day, dayOrDateTime, firstProblem, link, listOf, mapOf, nullable, oneOf, optional, shaped, text, timeZone, yesNo,
  type Check, type Shape,
} from './checks.ts';

/**
 * A nudge's words as stored (shared/stored-text.ts): the user's own words, a catalog key with its values (each
 * stored text, a day or plain words, nested at most a few deep), or a rule's message id with its values.
 */
function storedTextAt(depth: number): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {expected: 'text'};
    const record = value as Record<string, unknown>;
    if ('own' in record) return text(record.own) && {expected: 'text', path: '.own'};
    if ('ruleId' in record) return firstProblem({ruleId: text, messageId: text, args: listOf(text), english: text}, record) && {expected: 'object'};
    // Anything else is not words Rapport wrote: said as "expected text", which is what the user knows a title as.
    if (typeof record.key !== 'string' || depth > 4) return {expected: 'text'};
    const part: Check = (arg) => (typeof arg === 'string' ? null : typeof arg === 'object' && arg !== null && 'day' in arg ? day((arg as {day: unknown}).day) : storedTextAt(depth + 1)(arg));
    return optional(listOf(part))(record.args) && {expected: 'list', path: '.args'};
  };
}
const storedText = storedTextAt(0);

/** Every value of a union, as a check: the object literal must name them all, so a new value does not compile. */
function choiceOf<T extends string>(all: Record<T, true>): Check {
  return oneOf(...Object.keys(all));
}

const site = choiceOf<SiteName>({gmail: true, calendar: true});
const source = choiceOf<CalendarEvent['source']>({dom: true, ics: true});

const siteHealth: Shape<SiteHealth> = {
  site, part: text, count, strategy: nullable(count), lastFoundAt: nullable(date), reportedAt: date, uiLanguage: text,
};

const logs: Shape<LogEntry> = {
  id: optional(count), at: date, level: choiceOf<LogEntry['level']>({error: true, warn: true, info: true}), source: text,
  message: text, stack: optional(text),
};

const commitments: Shape<StoredCommitment> = {
  id: text, draftId: text, threadId: nullable(text), subject: text, sentence: text, action: text,
  owner: choiceOf<Owner>({me: true, executive: true, other: true}), ownerName: optional(text),
  counterparts: listOf(text), createdAt: date, dueAt: nullable(date), duePhrase: optional(text), vague: yesNo,
  status: choiceOf<CommitmentStatus>({open: true, done: true, dismissed: true}), closedAt: optional(date),
  closedHow: optional(choiceOf<ClosedHow>({delivered: true, 'marked-done': true, dismissed: true})), closedBy: optional(text),
};

const nudges: Shape<StoredNudge> = {
  id: text,
  kind: choiceOf<NudgeKind>({
    'commitment-due': true, 'commitment-undated': true, 'commitment-closed': true, 'cadence-gap': true, 'unanswered-request': true,
    'keep-in-touch': true, 'ask-waiting': true, 'promise-overdue': true,
  }),
  subjectId: text, title: storedText, detail: storedText, createdAt: date, surfaceAt: date, dueAt: nullable(date),
  status: choiceOf<NudgeStatus>({active: true, done: true, dismissed: true}), link: optional(link), notifiedAt: optional(date),
  resolvedAt: optional(date),
};

const person: Shape<Person> = {email: optional(text), name: optional(text)};

// Stored events are the calendar model's events (src/cadence/types.ts) as calendar pages and files give them.
const events: Shape<CalendarEvent> = {
  id: text, seriesId: optional(text), title: text, start: dayOrDateTime, end: dayOrDateTime, allDay: yesNo, timeZone,
  recurring: yesNo, cancelled: yesNo, declined: yesNo, attendees: optional(listOf(shaped(person))), organizer: optional(text),
  calendarId: optional(text), description: optional(text), timesUnknown: optional(yesNo), source,
};

const coverage: Shape<CoverageDay> = {day, seenAt: date, source};

const toneStats: Shape<ToneStat> = {day, ruleId: text, tier: text, count};

const summary: Shape<WeeklySummary> = {
  weekStart: day, computedAt: date,
  commitments: shaped<WeeklySummary['commitments']>({
    made: count, keptOnTime: count, late: count, open: count, executive: shaped<WeeklySummary['commitments']['executive']>({made: count, open: count}),
  }),
  tone: shaped<WeeklySummary['tone']>({
    drafts: count, hints: count, byRule: mapOf(count), byTier: mapOf(count),
    trend: listOf(shaped<WeeklySummary['tone']['trend'][number]>({weekStart: day, hints: count})),
  }),
};
// The stored row keeps the summary whole; the popup reads every field of it.
const summaries: Shape<{weekStart: string; computedAt: number; summary: WeeklySummary}> = {weekStart: day, computedAt: date, summary: shaped(summary)};

const sentMails: Shape<SentMailRecord> = {draftId: text, threadId: nullable(text), sentAt: date, recipients: listOf(text)};

const group = choiceOf<Group>({'executive': true, 'direct-report': true, 'internal': true, 'external': true});
const keyPeople: Shape<KeyPerson> = {email: text, name: text, group, everyDays: optional(count), addedAt: date};

const receivedMails: Shape<ReceivedMailRecord> = {messageId: text, threadId: nullable(text), from: text, name: text, at: date};

const owedItems: Shape<OwedItem> = {
  id: text, direction: choiceOf<OwedItem['direction']>({'asked-of-me': true, 'promised-to-me': true}), email: text, name: text,
  sentence: text, at: date, dueAt: nullable(date), threadId: nullable(text), messageId: text,
  status: choiceOf<OwedItem['status']>({open: true, closed: true}),
  closedAt: optional(date), closedHow: optional(choiceOf<NonNullable<OwedItem['closedHow']>>({replied: true, delivered: true, user: true})),
  closedBy: optional(text),
};

/** Every table an export can hold, with the checks of its records. */
export const tableShapes: Readonly<Record<string, Readonly<Record<string, Check>> | undefined>> = {
  siteHealth, logs, commitments, nudges, events, coverage, toneStats, summaries, sentMails, keyPeople, receivedMails, owedItems,
};
