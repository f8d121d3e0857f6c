import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {defaultSettings} from '../settings/settings.ts';
import {commitmentId, trackSentMail, updateCommitment, withdrawMail, type SentMail} from './commitments.ts';
import {DUE_LEAD_MS, syncCommitmentNudges} from './commitment-nudges.ts';
import {actOnNudge, countDueNow, nextSurfaceAfter, nudgesDueNow} from './nudges.ts';
import {words} from '../shared/stored-text.ts';

const db = useTempDb();

const MONDAY = Date.parse('2026-11-23T15:00:00Z');
const FRIDAY_5PM = Date.parse('2026-11-27T23:00:00Z');
const schedule = {...defaultSettings, timeZone: 'America/Chicago'};

const mail = (overrides: Partial<SentMail> = {}): SentMail => ({
  draftId: '#msg-a:r-1', threadId: 't1', subject: 'Q4 planning', sentAt: MONDAY, recipients: ['sam@acme.example'],
  commitments: [
    {sentence: "I'll send the headcount plan by Friday.", action: 'send the headcount plan', owner: 'me', dueAt: FRIDAY_5PM, duePhrase: 'by Friday', vague: false},
    {sentence: 'Dana will call you next week.', action: 'call you', owner: 'executive', ownerName: 'Dana', dueAt: null, vague: false},
  ],
  sentences: [], hasAttachment: false, ...overrides,
});

describe('tracking commitments', () => {
  it('stores each commitment once, however often the same mail arrives', async () => {
    const first = await trackSentMail(db(), mail());
    const again = await trackSentMail(db(), mail());
    expect(first.tracked).toHaveLength(2);
    expect(again.tracked).toHaveLength(0);
    expect(await db().commitments.count()).toBe(2);
    expect(await db().commitments.get(commitmentId('#msg-a:r-1', "I'll send the headcount plan by Friday.", 'send the headcount plan'))).toMatchObject({status: 'open', dueAt: FRIDAY_5PM});
  });

  it('keeps two promises of one sentence apart', async () => {
    const sentence = "I'll review it on Monday and get back to you by Tuesday.";
    const {tracked} = await trackSentMail(db(), mail({commitments: [
      {sentence, action: 'review it', owner: 'me', dueAt: FRIDAY_5PM - 86_400_000 * 4, vague: false},
      {sentence, action: 'get back to you', owner: 'me', dueAt: FRIDAY_5PM - 86_400_000 * 3, vague: false},
    ]}));
    expect(new Set(tracked.map((commitment) => commitment.id)).size).toBe(2);
  });

  it('closes a promise when a later mail in the thread delivers it, and reopens it if that send is undone', async () => {
    await trackSentMail(db(), mail());
    const delivery = await trackSentMail(db(), mail({
      draftId: '#msg-a:r-2', sentAt: MONDAY + 86_400_000, commitments: [],
      sentences: ['Hi Sam,', 'Attached is the headcount plan.'], hasAttachment: true,
    }));
    expect(delivery.closed.map((commitment) => commitment.action)).toEqual(['send the headcount plan']);
    const [plan] = delivery.closed;
    expect(await db().commitments.get(plan!.id)).toMatchObject({status: 'done', closedHow: 'delivered', closedBy: '#msg-a:r-2'});

    const undo = await withdrawMail(db(), '#msg-a:r-2');
    expect(undo.reopened).toEqual([plan!.id]);
    expect(await db().commitments.get(plan!.id)).toMatchObject({status: 'open'});
    expect((await db().commitments.get(plan!.id))?.closedBy).toBeUndefined();
  });

  it('forgets a withdrawn mail entirely', async () => {
    await trackSentMail(db(), mail());
    expect((await withdrawMail(db(), '#msg-a:r-1')).removed).toHaveLength(2);
    expect(await db().commitments.count()).toBe(0);
  });
});

describe('commitment nudges', () => {
  it('surface an hour before a due date, and a few working days after an undated promise', async () => {
    const {tracked} = await trackSentMail(db(), mail());
    await syncCommitmentNudges(db(), tracked, schedule, MONDAY);
    expect(await countDueNow(db(), MONDAY)).toBe(0);
    expect(await nextSurfaceAfter(db(), MONDAY)).toBe(Date.parse('2026-11-25T15:00:00Z')); // undated: Wednesday, 2 working days
    const friday = await nudgesDueNow(db(), FRIDAY_5PM - DUE_LEAD_MS);
    expect(friday.map((nudge) => nudge.kind)).toEqual(['commitment-due', 'commitment-undated']);
    expect(words(friday[1]!.title)).toBe("On Dana's behalf: Call you");
  });

  it('is idempotent, resolves when the commitment closes, and comes back when reopened', async () => {
    const {tracked} = await trackSentMail(db(), mail());
    await syncCommitmentNudges(db(), tracked, schedule, MONDAY);
    expect(await syncCommitmentNudges(db(), tracked, schedule, MONDAY)).toBe(0);
    const done = await updateCommitment(db(), tracked[0]!.id, 'done', MONDAY);
    await syncCommitmentNudges(db(), [done], schedule, MONDAY);
    expect((await nudgesDueNow(db(), FRIDAY_5PM)).map((nudge) => nudge.subjectId)).toEqual([tracked[1]!.id]);
    const reopened = await updateCommitment(db(), tracked[0]!.id, 'reopen', MONDAY);
    await syncCommitmentNudges(db(), [reopened], schedule, MONDAY);
    expect(await countDueNow(db(), FRIDAY_5PM)).toBe(2);
  });

  it('keeps a snooze and a dismissal', async () => {
    const {tracked} = await trackSentMail(db(), mail());
    await syncCommitmentNudges(db(), tracked, schedule, MONDAY);
    const [due] = await nudgesDueNow(db(), FRIDAY_5PM);
    await actOnNudge(db(), due!.id, {action: 'snooze', until: FRIDAY_5PM + 3_600_000}, FRIDAY_5PM);
    await syncCommitmentNudges(db(), tracked, schedule, FRIDAY_5PM);
    expect((await nudgesDueNow(db(), FRIDAY_5PM)).map((nudge) => nudge.id)).not.toContain(due!.id);
    expect((await nudgesDueNow(db(), FRIDAY_5PM + 3_600_000)).map((nudge) => nudge.id)).toContain(due!.id);
  });
});
