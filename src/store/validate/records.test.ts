import {describe, expect, it} from 'vitest';
import {tablesAt} from '../backup.ts';
import {latestSchemaVersion} from '../versions.ts';
import {findRecordProblem} from './records.ts';
import {tableShapes} from './tables.ts';

const commitment = {
  id: 'c1', draftId: 'd1', threadId: 't1', subject: 'Offsite', sentence: 'I will book the venue by Friday.', action: 'book the venue',
  owner: 'me', counterparts: ['kim@acme.example'], createdAt: 1_790_000_000_000, dueAt: 1_790_400_000_000, vague: false, status: 'open',
};
const nudge = {
  id: 'commitment-due:c1', kind: 'commitment-due', subjectId: 'c1', title: {own: 'Book the venue'},
  detail: {key: 'background_youWroteOn', args: [{own: 'I will book the venue.'}, {own: 'Offsite'}, {day: '2026-11-27'}]},
  createdAt: 1_790_000_000_000, surfaceAt: 1_790_000_000_000, dueAt: null, status: 'active', link: 'https://mail.google.com/mail/u/0/#inbox/t1',
};
const event = {
  id: 'e1', title: 'Weekly catch-up', start: '2026-11-23T09:00:00-06:00', end: '2026-11-23T09:30:00-06:00', allDay: false,
  timeZone: 'America/Chicago', recurring: true, cancelled: false, declined: false, attendees: [{email: 'kim@acme.example'}], source: 'dom',
};
const summary = {
  weekStart: '2026-11-23', computedAt: 1_790_000_000_000,
  summary: {
    weekStart: '2026-11-23', computedAt: 1_790_000_000_000,
    commitments: {made: 2, keptOnTime: 1, late: 0, open: 1, executive: {made: 0, open: 0}},
    tone: {drafts: 3, hints: 2, byRule: {'no-shouting': 2}, byTier: {external: 2}, trend: [{weekStart: '2026-11-16', hints: 1}]},
  },
};

const problem = (table: string, row: Record<string, unknown>) => findRecordProblem({[table]: [row]});

describe('the records of an import file', () => {
  it('has a shape for every table the database has', () => {
    expect(Object.keys(tableShapes).sort()).toEqual(tablesAt(latestSchemaVersion));
  });

  it('accepts records as Rapport writes them', () => {
    expect(findRecordProblem({commitments: [commitment], nudges: [nudge], events: [event], summaries: [summary]})).toBeNull();
    expect(problem('events', {...event, start: '2026-11-23', end: '2026-11-24', allDay: true})).toBeNull();
    expect(problem('commitments', {...commitment, dueAt: null, closedAt: 1_790_500_000_000, closedHow: 'marked-done', status: 'done'})).toBeNull();
  });

  it.each([
    ['commitments', {...commitment, dueAt: 1e20}, 'dueAt', 'date'],
    ['commitments', {...commitment, dueAt: 'tomorrow'}, 'dueAt', 'date'],
    ['commitments', {...commitment, createdAt: Number.NaN}, 'createdAt', 'date'],
    ['commitments', {...commitment, counterparts: 'kim@acme.example'}, 'counterparts', 'list'],
    ['commitments', {...commitment, counterparts: ['kim@acme.example', 7]}, 'counterparts[1]', 'text'],
    ['commitments', {...commitment, sentence: {text: 'hi'}}, 'sentence', 'text'],
    ['commitments', {...commitment, owner: 'boss'}, 'owner', 'choice'],
    ['commitments', {...commitment, vague: 'no'}, 'vague', 'yesNo'],
    ['commitments', {...commitment, id: undefined}, 'id', 'text'],
    ['nudges', {...nudge, title: {$$typeof: 'react'}}, 'title', 'text'],
    ['nudges', {...nudge, title: {own: 7}}, 'title.own', 'text'],
    ['nudges', {...nudge, detail: {key: 'background_youWrote', args: [{day: 'soon'}]}}, 'detail.args', 'list'],
    ['nudges', {...nudge, link: 'javascript:alert(1)'}, 'link', 'link'],
    ['nudges', {...nudge, link: 'https://mail.google.com.evil.example/'}, 'link', 'link'],
    ['nudges', {...nudge, link: 'http://mail.google.com/'}, 'link', 'link'],
    ['nudges', {...nudge, kind: 'other'}, 'kind', 'choice'],
    ['events', {...event, start: 'next Monday'}, 'start', 'dateTime'],
    ['events', {...event, end: '2026-02-30'}, 'end', 'dateTime'],
    ['events', {...event, timeZone: 'Mars/Olympus'}, 'timeZone', 'timeZone'],
    ['events', {...event, attendees: [{email: 5}]}, 'attendees[0].email', 'text'],
    ['coverage', {day: '2026-13-01', seenAt: 1, source: 'dom'}, 'day', 'day'],
    ['toneStats', {day: '2026-11-23', ruleId: 'no-shouting', tier: 'external', count: -2}, 'count', 'count'],
    ['toneStats', {day: '2026-11-23', ruleId: 'no-shouting', tier: 'external', count: 1.5}, 'count', 'count'],
    ['summaries', {...summary, summary: {...summary.summary, tone: {...summary.summary.tone, trend: [{weekStart: 'x', hints: 1}]}}}, 'summary.tone.trend[0].weekStart', 'day'],
    ['summaries', {...summary, summary: {...summary.summary, tone: {...summary.summary.tone, byRule: {a: '2'}}}}, 'summary.tone.byRule.a', 'count'],
    ['sentMails', {draftId: 'd1', threadId: null, sentAt: 1, recipients: null}, 'recipients', 'list'],
    ['logs', {at: 1, level: 'fatal', source: 'x', message: 'y'}, 'level', 'choice'],
    ['siteHealth', {site: 'gmail', part: 'composeRoot', count: 1, strategy: 0, lastFoundAt: 5, reportedAt: Infinity, uiLanguage: 'en'}, 'reportedAt', 'date'],
  ] as const)('refuses a bad %s record: %j', (table, row, field, expected) => {
    expect(problem(table, row)).toEqual({table, index: 0, field, expected});
  });

  it('names the index of the first bad record, and a record that is not an object', () => {
    expect(findRecordProblem({commitments: [commitment, commitment, {...commitment, dueAt: 'tomorrow'}]}))
      .toEqual({table: 'commitments', index: 2, field: 'dueAt', expected: 'date'});
    expect(findRecordProblem({nudges: [nudge, 'text']})).toEqual({table: 'nudges', index: 1, field: '', expected: 'object'});
  });
});
