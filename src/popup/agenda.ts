// "Copy catch-up agenda": the week's loose ends as Markdown, ready to paste into a meeting note or a mail to the
// executive. Pure, so what lands on the clipboard is tested exactly.
import type {CadenceView} from '../shared/messages.ts';
import type {StoredCommitment} from '../store/records.ts';
import {dayKeyLabel, shortDate} from '../ui/dates.ts';

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
};

const GAP_WORDS: Partial<Record<CadenceView['status'], string>> = {overdue: 'overdue', 'not-scheduled': 'not scheduled', 'due-soon': 'due soon'};

/** One line per item whatever the mail held: newlines in a sentence would break the list. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function whom(counterparts: string[]): string {
  if (counterparts.length === 0) return '';
  const shown = counterparts.slice(0, 2).join(', ');
  return ` (to ${shown}${counterparts.length > 2 ? ` and ${counterparts.length - 2} more` : ''})`;
}

function when(commitment: StoredCommitment, input: AgendaInput): string {
  if (commitment.dueAt === null) return commitment.vague && commitment.duePhrase ? `said “${oneLine(commitment.duePhrase)}”` : 'no date given';
  const date = shortDate(commitment.dueAt, input.timeZone);
  return commitment.dueAt < input.now ? `overdue since ${date}` : `due ${date}`;
}

const item = (commitment: StoredCommitment, input: AgendaInput) =>
  `- [ ] ${capitalised(oneLine(commitment.action || commitment.sentence))}${whom(commitment.counterparts)}: ${when(commitment, input)}`;

const byDue = (a: StoredCommitment, b: StoredCommitment) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.createdAt - b.createdAt;

function section(title: string, lines: string[], empty: string): string[] {
  return [`## ${title}`, '', ...(lines.length ? lines : [`- ${empty}`]), ''];
}

export function catchUpAgenda(input: AgendaInput): string {
  const executive = input.executiveName?.trim() || null;
  const open = [...input.openCommitments].filter((commitment) => commitment.status === 'open').sort(byDue);
  const onBehalf = open.filter((commitment) => commitment.owner === 'executive');
  const dueThisWeek = open.filter((commitment) => commitment.owner !== 'executive' && commitment.dueAt !== null && commitment.dueAt < input.weekEnd);
  const gaps = input.cadence.filter((view) => GAP_WORDS[view.status]);
  return [
    `# Catch-up${executive ? ` with ${executive}` : ''}: week of ${dayKeyLabel(input.weekStart)}`,
    '',
    ...section(`Open commitments made on ${executive ? `${executive}'s` : "the executive's"} behalf`,
      onBehalf.map((commitment) => item(commitment, input)), 'None open.'),
    ...section('Due this week', dueThisWeek.map((commitment) => item(commitment, input)), 'Nothing else due this week.'),
    ...section('Meetings to schedule', gaps.map((view) => `- [ ] ${view.label} (${GAP_WORDS[view.status]}): ${oneLine(view.detail)}`),
      'Every regular meeting is on the calendar.'),
  ].join('\n').trimEnd() + '\n';
}
