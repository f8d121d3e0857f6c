// "Copy catch-up agenda": the week's loose ends as Markdown, ready to paste into a meeting note or a mail to the
// executive, in the interface language (the Markdown marks stay in code). Pure, so what lands on the clipboard is
// tested exactly.
import {t, tCount, type MessageKey} from '../shared/i18n.ts';
import type {CadenceView} from '../shared/messages.ts';
import type {StoredCommitment} from '../store/records.ts';
import {dayKeyLabel, shortDate} from '../shared/dates.ts';
import {capitalise} from '../shared/capitalise.ts';
import {markdownText} from './markdown-text.ts';
import type {RelationshipsDigest} from './relationships.ts';

export type AgendaInput = {
  now: number;
  timeZone: string;
  /** Monday of this week, `YYYY-MM-DD` (local). */
  weekStart: string;
  /** The instant this week ends (next Monday, 00:00 local). */
  weekEnd: number;
  /** The executive's name from the settings, if the user has said who that is. */
  executiveName: string | null;
  /** Open commitments, any order. */
  openCommitments: StoredCommitment[];
  cadence: CadenceView[];
  /** Who the user has gone quiet on and what is owed both ways (the relationship radar); absent: no section. */
  relationships?: RelationshipsDigest;
};

/** A regular meeting missing from the calendar, as a line of the agenda; meetings on track are left out. */
const GAPS: Partial<Record<CadenceView['status'], MessageKey>> = {
  overdue: 'popup_agendaMeetingOverdue', 'not-scheduled': 'popup_agendaMeetingNotScheduled', 'due-soon': 'popup_agendaMeetingDueSoon',
};

/** One line per item whatever the mail held (newlines in a sentence would break the list), its markup as text. */
const oneLine = (text: string) => markdownText(text.replace(/\s+/g, ' ').trim());

function when(commitment: StoredCommitment, input: AgendaInput): string {
  if (commitment.dueAt === null) return commitment.vague && commitment.duePhrase ? t('popup_agendaSaid', oneLine(commitment.duePhrase)) : t('popup_agendaNoDate');
  const date = shortDate(commitment.dueAt, input.timeZone);
  return commitment.dueAt < input.now ? t('popup_agendaOverdueSince', date) : t('popup_agendaDue', date);
}

/** "Book the venue (to a@x.example, b@x.example and 1 more): due Fri, Nov 27". */
function item(commitment: StoredCommitment, input: AgendaInput): string {
  const action = capitalise(oneLine(commitment.action || commitment.sentence));
  const {counterparts} = commitment;
  const due = when(commitment, input);
  const shown = counterparts.slice(0, 2).map(oneLine).join(', ');
  const line = counterparts.length === 0 ? t('popup_agendaItem', action, due)
    : counterparts.length <= 2 ? t('popup_agendaItemTo', action, shown, due)
    : tCount('popup_agendaItemToMore', counterparts.length - 2, action, shown, due);
  return `- [ ] ${line}`;
}

const byDue = (a: StoredCommitment, b: StoredCommitment) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.createdAt - b.createdAt;

function section(title: string, lines: string[], empty: string): string[] {
  return [`## ${title}`, '', ...(lines.length ? lines : [`- ${empty}`]), ''];
}

/** At most this many lines of each kind: the agenda is for a meeting, the People view has the rest. */
const RELATIONSHIP_LINES = 3;

function relationshipLines(digest: RelationshipsDigest, input: AgendaInput): string[] {
  const date = (at: number) => shortDate(at, input.timeZone);
  const kinds: string[][] = [
    digest.overdue.map((person) => t('popup_agendaKeepInTouch', oneLine(person.name), date(person.lastAt))),
    digest.asksWaiting.map((ask) => t(ask.late ? 'popup_agendaAskLate' : 'popup_agendaAskWaiting', oneLine(ask.name), oneLine(ask.sentence), date(ask.at))),
    digest.promisesOwed.map((promise) => (promise.dueAt === null ? t('popup_agendaPromiseUndated', oneLine(promise.name), oneLine(promise.sentence))
      : t(promise.late ? 'popup_agendaPromiseLate' : 'popup_agendaPromiseDue', oneLine(promise.name), oneLine(promise.sentence), date(promise.dueAt)))),
  ];
  return kinds.flatMap((lines) => [
    ...lines.slice(0, RELATIONSHIP_LINES).map((line) => `- [ ] ${line}`),
    ...(lines.length > RELATIONSHIP_LINES ? [`- ${tCount('popup_agendaMoreInPeople', lines.length - RELATIONSHIP_LINES)}`] : []),
  ]);
}

export function catchUpAgenda(input: AgendaInput): string {
  const executive = input.executiveName?.trim() ? oneLine(input.executiveName) : null;
  const open = [...input.openCommitments].filter((commitment) => commitment.status === 'open').sort(byDue);
  const onBehalf = open.filter((commitment) => commitment.owner === 'executive');
  const dueThisWeek = open.filter((commitment) => commitment.owner !== 'executive' && commitment.dueAt !== null && commitment.dueAt < input.weekEnd);
  const gaps = input.cadence.filter((view) => GAPS[view.status]);
  const week = dayKeyLabel(input.weekStart);
  return [
    `# ${executive ? t('popup_agendaTitleWith', executive, week) : t('popup_agendaTitle', week)}`,
    '',
    ...section(executive ? t('popup_agendaOnBehalfOf', executive) : t('popup_agendaOnBehalfOfExecutive'),
      onBehalf.map((commitment) => item(commitment, input)), t('popup_agendaNoneOpen')),
    ...section(t('popup_agendaDueThisWeek'), dueThisWeek.map((commitment) => item(commitment, input)), t('popup_agendaNothingElseDue')),
    ...section(t('popup_agendaToSchedule'), gaps.map((view) => `- [ ] ${t(GAPS[view.status]!, oneLine(view.label), oneLine(view.detail))}`),
      t('popup_agendaAllScheduled')),
    ...(input.relationships ? section(t('popup_agendaRelationships'), relationshipLines(input.relationships, input), t('popup_agendaNoOneWaiting')) : []),
  ].join('\n').trimEnd() + '\n';
}
