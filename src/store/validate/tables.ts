// What each table's records must hold, field by field, derived from the record types in ../records.ts: `Shape<T>`
// needs a check for every field of T, so a field added there and forgotten here does not compile.
import type {CalendarEvent, Person} from '../../cadence/types.ts';
import type {SiteName} from '../../shared/messages.ts';
import type {WeeklySummary} from '../weekly-summary.ts';
import type {
  ClosedHow, CommitmentOwner, CommitmentStatus, CoverageDay, LogEntry, NudgeKind, NudgeStatus, SentMailRecord, SiteHealth,
  StoredCommitment, StoredNudge, ToneStat,
} from '../records.ts';
import {
  count, date, day, dayOrDateTime, link, listOf, mapOf, nullable, oneOf, optional, shaped, text, timeZone, yesNo,
  type Check, type Shape,
} from './checks.ts';

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
  owner: choiceOf<CommitmentOwner>({me: true, executive: true, other: true}), ownerName: optional(text),
  counterparts: listOf(text), createdAt: date, dueAt: nullable(date), duePhrase: optional(text), vague: yesNo,
  status: choiceOf<CommitmentStatus>({open: true, done: true, dismissed: true}), closedAt: optional(date),
  closedHow: optional(choiceOf<ClosedHow>({delivered: true, 'marked-done': true, dismissed: true})), closedBy: optional(text),
};

const nudges: Shape<StoredNudge> = {
  id: text,
  kind: choiceOf<NudgeKind>({
    'commitment-due': true, 'commitment-undated': true, 'commitment-closed': true, 'cadence-gap': true, 'unanswered-request': true,
  }),
  subjectId: text, title: text, detail: text, createdAt: date, surfaceAt: date, dueAt: nullable(date),
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
    drafts: count, nudges: count, byRule: mapOf(count), byTier: mapOf(count),
    trend: listOf(shaped<WeeklySummary['tone']['trend'][number]>({weekStart: day, nudges: count})),
  }),
};
// The stored row keeps the summary whole; the popup reads every field of it.
const summaries: Shape<{weekStart: string; computedAt: number; summary: WeeklySummary}> = {weekStart: day, computedAt: date, summary: shaped(summary)};

const sentMails: Shape<SentMailRecord> = {draftId: text, threadId: nullable(text), sentAt: date, recipients: listOf(text)};

/** Every table an export can hold, with the checks of its records. */
export const tableShapes: Readonly<Record<string, Readonly<Record<string, Check>> | undefined>> = {
  siteHealth, logs, commitments, nudges, events, coverage, toneStats, summaries, sentMails,
};
