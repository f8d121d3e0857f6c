import {defineRule} from '../rule.ts';
import {dateOwed} from './dates/timing-owed.ts';

const TO_SOMEONE_ELSE = /\b(?:to|with|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}+\b/u;

export default defineRule({
  meta: {
    id: 'no-vague-deadline',
    type: 'commitment',
    severity: 'warning',
    description: 'Flags promises with a vague deadline (“ASAP”, “soon”, “when I can”) to the executive, or to someone whose mail asked when.',
    rationale: 'Vague deadlines mean different things to writer and reader; a day or time can be planned around.',
    messages: {vague: '“{{actual}}” can mean different things to each of you; a day or time is clearer.'},
  },
  examples: {
    valid: ['I’ll send the slides by 3 pm tomorrow.', {text: 'I’ll get back to you soon.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}}, 'Could you send it soon?', 'I received the docs and will get back to Mark asap.', 'Sorry about tonight, I will call you later.'],
    invalid: [
      {text: 'I’ll get back to you soon.', input: {lastReceived: {text: 'When can you confirm the venue?'}},
        hints: ['21-25: “soon” can mean different things to each of you; a day or time is clearer. (no-vague-deadline)']},
      {text: 'I’ll send the figures asap.', input: {recipients: [{email: 'ceo@acme.example', tier: 'executive'}]},
        hints: ['22-26: “asap” can mean different things to each of you; a day or time is clearer. (no-vague-deadline)']},
    ],
  },
  check(draft, {report}) {
    // "soon" to a reader who asked when, or to the executive, leaves them guessing; anywhere else it is everyday
    // wording (3 of 25 such hints right on real mail, docs/quality.md), and the promise is tracked all the same.
    if (!dateOwed(draft)) return;
    for (const c of draft.commitments) {
      if (!c.due?.vague) continue;
      // "I received the docs and will get back to Mark asap": the promise is to someone else, who is not reading;
      // the reader is not left guessing (judged so on real mail, docs/quality.md).
      if (TO_SOMEONE_ELSE.test(c.action) && !/\b(?:you|your|u)\b/i.test(c.action)) continue;
      // "I'll call you later": a word between people, not a deliverable to plan around.
      if (/^later$/i.test(c.due.phrase) && /^(?:call|ring|phone|talk|chat|see|catch|speak|text|write)\b/i.test(c.action)) continue;
      const at = c.text.toLowerCase().indexOf(c.due.phrase.toLowerCase());
      const place = at < 0 ? c.place : {start: c.place.start + at, end: c.place.start + at + c.due.phrase.length};
      report({messageId: 'vague', place, actual: c.due.phrase});
    }
  },
});
