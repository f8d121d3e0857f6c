import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {syncGapNudges} from './cadence-nudges.ts';
import {recordUnanswered} from './unanswered-nudges.ts';
import {nudgeFor} from './commitment-nudges.ts';
import {defaultSettings} from '../settings/settings.ts';
import type {StoredCommitment} from './records.ts';
import {cadenceLabelText} from '../shared/cadence-text.ts';
import {own, said, words} from '../shared/stored-text.ts';

speakEnglishAfterEach();
const db = useTempDb();

describe('stored text', () => {
  it('is worded in the language of the moment, not the one it was stored in', async () => {
    await syncGapNudges(db(), [{
      targetId: 'weekly', status: 'overdue', dueDay: '2026-11-30',
      labelText: cadenceLabelText({kind: 'weekly', label: 'Weekly catch-up'}),
      detailText: said('background_cadenceHeldNoneNext', {day: '2026-11-20'}),
    }], 1_000);
    const [gap] = await db().nudges.toArray();
    const english = [words(gap!.title), words(gap!.detail)];
    expect(english[0]).toContain('Weekly catch-up');
    expect(english[1]).toContain('Nov 20');
    speak('es');
    const spanish = [words(gap!.title), words(gap!.detail)];
    expect(spanish[0]).not.toBe(english[0]);
    expect(spanish[1]).not.toBe(english[1]);
    expect(spanish[1]).toMatch(/nov/i);
  });

  it('words a rule\'s message from the rule\'s catalog, and falls back to the English the rule wrote', async () => {
    await recordUnanswered(db(), 'd1', 'Budget', [
      {fingerprint: 'a', message: {ruleId: 'require-answer-to-request', messageId: 'unanswered', args: ['Sam', 'the range'], english: 'Sam asked: the range'}},
      {fingerprint: 'b', message: {ruleId: 'no-such-rule', messageId: 'gone', args: [], english: 'What the rule said'}},
    ], 0, 0);
    const byId = new Map((await db().nudges.toArray()).map((nudge) => [nudge.id.split(':').at(-1), nudge]));
    speak('es');
    expect(words(byId.get('a')!.title)).toContain('Sam');
    expect(words(byId.get('a')!.title)).not.toBe('Sam asked: the range');
    expect(words(byId.get('b')!.title)).toBe('What the rule said');
    expect(words(byId.get('b')!.detail)).toContain('Budget');
  });

  it('keeps the user\'s own words as sent, in any language', () => {
    const commitment = {
      id: 'c1', draftId: 'd', threadId: null, subject: 'Venue', sentence: 'We will confirm the venue by Thursday.', action: 'confirm the venue',
      owner: 'executive', ownerName: 'Dana', counterparts: [], createdAt: 0, dueAt: 86_400_000, duePhrase: 'by Thursday', vague: false, status: 'open',
    } as StoredCommitment;
    const nudge = nudgeFor(commitment, {...defaultSettings, timeZone: 'UTC'});
    expect(words(nudge.title)).toBe("On Dana's behalf: Confirm the venue");
    speak('es');
    expect(words(nudge.title)).toContain('Confirm the venue');
    expect(words(nudge.title)).not.toBe("On Dana's behalf: Confirm the venue");
    expect(words(nudge.detail)).toContain('We will confirm the venue by Thursday.');
  });

  it('shows what a damaged or older record has rather than throwing', () => {
    expect(words('a sentence from before')).toBe('a sentence from before');
    expect(words(undefined)).toBe('');
    expect(words({} as never)).toBe('');
    expect(words({key: 'cadence_weekly', args: 'not a list'} as never)).toBe('Weekly catch-up');
    expect(words(own('Mine'))).toBe('Mine');
  });
});
