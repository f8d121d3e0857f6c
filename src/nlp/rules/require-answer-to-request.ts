import {defineRule} from '../rule.ts';
import type {Draft} from '../draft.ts';
import {stopwords} from '../lexicons/stopwords.ts';
import {tokenize} from '../text.ts';
import {DATE_CUE} from '../lexicons/time.ts';

function topicWords(text: string): string[] {
  return tokenize(text).map((t) => t.lower).filter((w) => w.length > 2 && !stopwords.has(w));
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// More asks than this in the received mail make it a memo, a form or a set of instructions: the reply answers what
// it needs to, and each ask left out is not a slip (a reply was flagged for four asks of a review memo on real mail).
const MAX_ASKS = 3;
// An ask put plainly to the reader, which a reply can answer or not: "Did you call Nirv yet?", "Are you free at 3?",
// "Please also send me the headcount plan by Friday". On real mail, lines read as asks that are neither were
// statements and suggestions ("That should then yield a 2.40…", "Invite her for an afternoon coffee").
const PLEASE_FIRST = /^\W*(?:[\p{L}]+,?\s+){0,2}(?:please|pls|kindly)\b/iu;
const QUESTION_TO_READER = /\b(?:you|your|u)\b[^?]{0,300}\?\s*$|^\W*(?:are|can|could|did|do|does|have|has|will|would|is|was|were|should|when|what|where|which|who|how)\s+(?:you|u)\b[^?]{0,300}\?\s*$/i;
// The reply engages with the mail: it answers ("no", "9:00 works"), agrees, declines, hands it on ("please get with
// him"), delivers ("Done.", "attached") or promises. Real replies answer in few words that share none with the ask,
// so only a reply with none of these leaves a question unanswered (judged on real mail, docs/quality.md).
const ENGAGES = /\b(?:yes|yeah|yep|yup|no|nope|not|sure|ok|okay|fine|done|agree\w*|works?|sounds|correct|right|absolutely|definitely|of course|will|i['’]ll|we['’]ll|can|can['’]t|cannot|please|pls|attached|enclosed|here|sent|sorry|thanks?|thank|happy|glad|unfortunately|think|believe|guess|probably|maybe|perhaps|don['’]t|didn['’]t|haven['’]t|won['’]t)\b/i;

/** Last name first ("Moore, Jane") or a mailbox ("jane.moore"): the first name, as a reader would say it. */
function firstName(from: string | undefined): string {
  const raw = (from ?? '').trim();
  const inverted = /^([\p{L}'’-]+),\s*([\p{L}'’-]+)/u.exec(raw);
  const name = inverted ? inverted[2]! : raw.split(/[\s<@._]/)[0] ?? '';
  return /^\p{L}/u.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : 'They';
}

/** Whether a sentence of the reply shares a topic word with the ask. */
const touches = (draft: Draft, topic: ReadonlySet<string>): boolean => draft.sentences.some((s) => s.info.tokens.some((t) => topic.has(t.lower)));

export default defineRule({
  meta: {
    id: 'require-answer-to-request',
    type: 'commitment',
    severity: 'warning',
    description: 'In a reply: flags a question the last message put to you that the draft leaves unanswered.',
    rationale: 'An ask left unanswered costs a follow-up email and some goodwill; a line with a date closes it.',
    messages: {unanswered: '{{from}} asked “{{request}}”; your reply doesn’t answer it yet.'},
  },
  examples: {
    valid: [
      {text: 'Hi Dana, I’ll send the Q3 deck on Thursday.', input: {lastReceived: {text: 'Could you send me the Q3 deck by Friday?', from: 'Dana'}}},
      {text: 'no', input: {lastReceived: {text: 'Did you call Nirv yet?', from: 'Jai'}}},
      {text: 'Done.', input: {lastReceived: {text: 'Can you approve the schedule by noon today?', from: 'Lester'}}},
      {text: 'Friday 2:00?', input: {lastReceived: {text: 'What is your availability next week?', from: 'Fred'}}},
      {text: 'It’s changed.', input: {lastReceived: {text: 'Can you change deal 523878 to the 17th?'}}},
      {text: 'Okay with me. Go ahead and book the headset.', input: {lastReceived: {text: 'Are you open to that? If so, may I order a headset?'}}},
      {text: 'Thanks for the update on the offsite.', input: {lastReceived: {text: 'Please review the draft. Please send comments by Friday. Please copy Ana. Please book the room.', from: 'Dana'}}},
    ],
    invalid: [
      {text: 'Hi Dana, the offsite venue is booked. The caterer has the numbers.', input: {lastReceived: {text: 'Could you send me the Q3 deck by Friday?', from: 'Dana'}},
        hints: ['0-0: Dana asked “Could you send me the Q3 deck…”; your reply doesn’t answer it yet. (require-answer-to-request)']},
      {text: 'Hi Dana, the offsite venue is booked. The caterer has the numbers.', input: {lastReceived: {text: 'Have you sent Ana the Q3 deck?', from: 'Moore, Dana'}},
        hints: ['0-0: Dana asked “Have you sent Ana the Q3 deck?”; your reply doesn’t answer it yet. (require-answer-to-request)']},
      {text: 'Next week works for the review. Best, Jordan', input: {lastReceived: {text: 'Could we move the Q4 review to next week? Can you also send me the headcount plan by Friday?', from: 'Sam'}},
        hints: ['0-0: Sam asked “Can you also send me the head…”; your reply doesn’t answer it yet. (require-answer-to-request)']},
    ],
  },
  check(draft, {report}) {
    // Asks with words to check the reply against ("Thoughts?" has none). Only a question put to the reader can be left
    // unanswered. A reply written between the lines of the quote answers each point where it stands, out of reach of
    // a word check (all five such hints were judged wrong on the eleventh final sheet's mailing lists).
    if (draft.received.length > MAX_ASKS || draft.interleaved) return;
    const asks = draft.received.map((ask) => ({ask, topic: new Set(topicWords(ask.text))})).filter(({topic}) => topic.size > 0);
    if (asks.length === 0) return;
    const from = firstName(draft.input.lastReceived?.from);
    const touched = asks.map(({topic}) => touches(draft, topic));
    const reply = draft.sentences.map((s) => s.text).join(' ');
    // One ask: a one-line reply answers it in shorthand ("It's changed.", "no"), and a reply that names a day, asks
    // back or engages in any way ("9:00 works", "please get with him") has answered it, sharing no word with it.
    const ignored = asks.length === 1 && !touched[0] && draft.sentences.length >= 2 && !ENGAGES.test(reply) && !DATE_CUE.test(reply) && !reply.includes('?');
    asks.forEach(({ask}, i) => {
      const question = QUESTION_TO_READER.test(ask.text);
      if (!question && !PLEASE_FIRST.test(ask.text)) return;
      // Several asks: the reply takes up one ("Next week works for the review") and leaves out another with a day on
      // it ("Please also send me the headcount plan by Friday"). Without a day, one left out was judged a matter
      // of course on real mail ("If not, let me know where…", an "Okay with me" that covers both).
      const leftOut = asks.length > 1 && !touched[i] && touched.some(Boolean) && !!ask.deadline && !ask.deadline.vague;
      if (ignored && question || leftOut) report({messageId: 'unanswered', data: {from, request: short(ask.text, 30)}});
    });
  },
});
