import {describe, expect, it} from 'vitest';
import {toSentMail, type SentDraft} from './sent-mail.ts';

const draft: SentDraft = {
  draftId: '#msg-a:r-9', threadId: 't9', subject: 'Re: Q4 planning', sentAt: Date.parse('2026-11-23T15:00:00Z'), hasAttachment: false,
  input: {
    text: 'Hi Sam,\n\nNext week works for the review.\n\nBest, Jordan',
    recipients: [{email: 'sam.lee@acme.example', name: 'Sam Lee', tier: 'external'}],
    lastReceived: {text: 'Could we move the Q4 review to next week? Please also send me the updated headcount plan by Friday so I can prepare.', from: 'Sam Lee'},
  },
};

describe('a sent draft is analysed with the user’s own choices', () => {
  it('finds the request the reply left unanswered, when that check is on', async () => {
    const {unanswered} = await toSentMail(draft);
    expect(unanswered.length).toBeGreaterThan(0);
  });

  it('finds nothing of a check the user turned off, nor a hint the user dismissed', async () => {
    const off = await toSentMail({...draft, options: {disabledRules: ['require-answer-to-request']}});
    expect(off.unanswered).toEqual([]);
    const {unanswered} = await toSentMail(draft);
    const dismissed = await toSentMail({...draft, options: {dismissedFingerprints: unanswered.map((item) => item.fingerprint)}});
    expect(dismissed.unanswered).toEqual([]);
  });
});
