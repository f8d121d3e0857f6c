import {defineRule} from '../rule.ts';
import {dateOwed} from './dates/timing-owed.ts';

// "as soon as you confirm", "once they reply", "as soon as we have them ready": the timing is set by an event, so
// a date is not the writer's to give (judged so on every real-mail sheet, docs/quality.md).
const WAITS_ON_OTHERS = /\b(?:as soon as|once|when|after|whenever|if|until|upon)\s+\p{L}|\blet me know\b[^.!?]{0,80}\band\s+(?:i|we)\b/iu;
// "I'll be happy to make the copy, or whatever makes it easy for you": an offer on the reader's word.
const OFFER = /\b(?:happy|glad|pleased|willing)\s+to\b|\bwhatever\s+(?:makes|works|suits)\b|\bif\s+you\s+(?:like|want|wish|prefer)\b/i;
// Standing and ongoing undertakings need no day: "I'll update the tracker as needed", "we will keep you posted".
const NO_DATE_NEEDED = /\b(?:under separate cover|frequently|periodically|as (?:needed|necessary|required|appropriate|things (?:develop|progress))|if (?:needed|necessary|required)|when (?:needed|necessary|required)|whenever|from time to time|on an ongoing basis|going forward|regularly|every (?:day|week|month|time)|each (?:day|week|month)|keep (?:you|everyone|all) (?:posted|informed|updated|in the loop)|in the loop)\b/i;

// "I'll try to get the transcript": an effort, not an undertaking to date.
// "We shall be glad to join you": accepting an event whose day the host has set.
const ATTENDS = /\b(?:join|attend|come|be\s+there|see\s+you)\b/i;
const EFFORT = /\b(?:try|attempt|see if|see whether|do my best|aim)\b/i;
// Acts that hand the reader something they will wait for.
const DELIVERS = /\b(?:send|get back|forward|provide|deliver|share|circulate|confirm|follow up|respond|reply|revert|return|submit|email|e-mail|call|update|have it|get it|get you|let you know|come back)\b/i;
// Answers owed later, the promise whose day the reader cannot guess: "I'll get back to you", "I'll look into it and
// let you know". A plain "I'll send the directions" to an outside reader was judged fine without a day on every
// real-mail sheet (1 of 8 such hints right, docs/quality.md); the executive plans on every promise of their EA.
const DEFERS = /\b(?:get back to|come back to|circle back|revert|follow up(?! with (?!you\b))|let (?:you|them) know|look into|find out|check (?:on|into|with)|update you|keep you (?:posted|updated|informed)|respond to you|reply to you)\b/i;
const EXTERNAL = {email: 'ana@client.example', tier: 'external'} as const;

function short(action: string): string {
  return action.length > 32 ? `${action.slice(0, 30).trimEnd()}…` : action;
}

export default defineRule({
  meta: {
    id: 'require-commitment-date',
    type: 'commitment',
    severity: 'warning',
    description: 'Flags a promise of an answer (“I’ll get back to you”) with no day, to someone whose mail asked when; to the executive, any undated promise.',
    rationale: 'A promise without a date sets no expectation, so it is easy to miss and hard to track.',
    messages: {noDate: 'You promised to “{{action}}” with no date; a day sets expectations.'},
  },
  examples: {
    valid: [
      {text: 'I’ll send the revised agenda by Thursday noon.', input: {recipients: [EXTERNAL]}},
      {text: 'Let me check with Mark and get back to you tomorrow morning.', input: {recipients: [EXTERNAL]}},
      {text: 'I’ll send the revised agenda.', input: {recipients: [{email: 'tom@acme.example', tier: 'internal'}]}},
      {text: 'I’ll take a look at it.', input: {recipients: [EXTERNAL]}},
      {text: 'I’ll get back to you on the contract.', input: {recipients: [EXTERNAL]}},
      {text: 'We will try to get the transcript.', input: {recipients: [EXTERNAL]}},
      {text: 'I’ll send the directions to our office under separate cover.', input: {recipients: [EXTERNAL]}},
      {text: 'As soon as we have the dates ready, we’ll let you know.', input: {recipients: [EXTERNAL]}},
      {text: 'I’ll be happy to make the copy, or whatever makes it easy for you.', input: {recipients: [EXTERNAL]}},
    ],
    invalid: [
      {text: 'I’ll get back to you on the contract.', input: {recipients: [EXTERNAL], lastReceived: {text: 'When can we expect your answer on the contract?'}}, hints: ['0-37: You promised to “get back to you on the contract” with no date; a day sets expectations. (require-commitment-date)']},
      {text: 'I’ll send the revised agenda.', input: {recipients: [{email: 'ceo@acme.example', tier: 'executive'}]}, hints: ['0-29: You promised to “send the revised agenda” with no date; a day sets expectations. (require-commitment-date)']},
    ],
  },
  check(draft, {report}) {
    // The executive plans on a dated promise, and so does a reader who asked when; elsewhere the undated promise is
    // tracked on send and nudged after the follow-up days rather than nagged about while typing (dates/timing-owed.ts).
    if (!dateOwed(draft)) return;
    let lastSentenceEnd = -1;
    for (const c of draft.commitments) {
      // "I will check with them and let you know": one sentence, one promise to date, one hint.
      if (c.place.start < lastSentenceEnd) continue;
      if (c.owner === 'other' || c.due || WAITS_ON_OTHERS.test(c.text) || NO_DATE_NEEDED.test(c.text) || EFFORT.test(c.text) || OFFER.test(c.text) || ATTENDS.test(c.action)) continue;
      if (draft.hasTier('executive') ? !DELIVERS.test(c.action) && !DEFERS.test(c.action) && !c.counterparts?.length : !DEFERS.test(c.action)) continue;
      report({messageId: 'noDate', place: c.place, actual: c.text, data: {action: short(c.action)}});
      lastSentenceEnd = draft.sentences.find((s) => s.place.start <= c.place.start && c.place.start < s.place.end)?.place.end ?? c.place.end;
    }
  },
});
