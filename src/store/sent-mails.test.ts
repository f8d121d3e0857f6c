import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {defaultSettings} from '../settings/settings.ts';
import type {SentMail} from './commitments.ts';
import {forgetSentMail, takeInSentMail, type SendToTakeIn} from './sent-mails.ts';

const db = useTempDb();
const MONDAY = Date.parse('2026-11-23T15:00:00Z');
const schedule = {...defaultSettings, timeZone: 'America/Chicago'};

const mail: SentMail = {
  draftId: '#msg-a:r-7', threadId: 't7', subject: 'Board deck', sentAt: MONDAY, recipients: ['dana@northwind.example'],
  commitments: [{sentence: "I'll send the deck by Friday.", action: 'send the deck', owner: 'me', dueAt: MONDAY + 4 * 86_400_000, vague: false}],
  sentences: [], hasAttachment: false,
};
const send: SendToTakeIn = {
  mail, schedule, now: MONDAY, unansweredAt: MONDAY + 86_400_000, toneDay: '2026-11-23',
  unanswered: [{fingerprint: 'f1', message: {ruleId: 'require-answer-to-request', messageId: 'unanswered', args: ['the budget range'], english: 'Sam asked for the budget range'}}],
  toneCounts: [{ruleId: 'no-hedging', tier: 'executive', count: 1}, {ruleId: '_drafts', tier: 'executive', count: 1}],
};

const state = async () => ({
  commitments: await db().commitments.count(),
  nudges: (await db().nudges.toArray()).map((nudge) => nudge.id).sort(),
  tone: (await db().toneStats.toArray()).map((row) => `${row.ruleId}:${row.count}`).sort(),
  sent: (await db().sentMails.toArray()).map((row) => row.draftId),
});

describe('taking in a send', () => {
  it('writes everything once; a retried message writes nothing more and gets the same answer', async () => {
    const first = await takeInSentMail(db(), send);
    const after = await state();
    expect(first.again).toBe(false);
    expect(after.commitments).toBe(1);
    expect(after.nudges).toEqual([expect.stringMatching(/^commitment-due:/), 'unanswered-request:#msg-a:r-7:f1']);
    expect(after.tone).toEqual(['_drafts:1', 'no-hedging:1']);
    expect(after.sent).toEqual(['#msg-a:r-7']);

    const retry = await takeInSentMail(db(), send);
    expect(retry.again).toBe(true);
    expect(retry.tracked.map((commitment) => commitment.id)).toEqual(first.tracked.map((commitment) => commitment.id));
    expect(await state()).toEqual(after);
  });

  it('is forgotten whole on undo, and the same draft sent again is taken in anew', async () => {
    await takeInSentMail(db(), send);
    await forgetSentMail(db(), mail.draftId, schedule, MONDAY);
    expect(await state()).toMatchObject({commitments: 0, nudges: [], sent: []});
    const again = await takeInSentMail(db(), send);
    expect(again.again).toBe(false);
    expect((await state()).commitments).toBe(1);
  });

  it('keeps no text of the mail in its mark: who it went to and when', async () => {
    await takeInSentMail(db(), send);
    expect(await db().sentMails.toArray()).toEqual([{draftId: '#msg-a:r-7', threadId: 't7', sentAt: MONDAY, recipients: ['dana@northwind.example']}]);
  });
});
