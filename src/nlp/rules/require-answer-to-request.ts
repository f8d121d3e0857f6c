import {defineRule} from '../rule.ts';
import {stopwords} from '../lexicons/stopwords.ts';
import {tokenize} from '../text.ts';
import {DATE_CUE} from '../lexicons/time.ts';

function topicWords(text: string): string[] {
  return tokenize(text).map((t) => t.lower).filter((w) => w.length > 2 && !stopwords.has(w));
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export default defineRule({
  meta: {
    id: 'require-answer-to-request',
    type: 'commitment',
    severity: 'warning',
    description: 'In a reply: flags requests of the last message that the draft neither answers nor dates.',
    rationale: 'An ask left unanswered costs a follow-up email and some goodwill; a line with a date closes it.',
    messages: {
      unanswered: '{{from}} asked “{{request}}”; your reply doesn’t answer it yet.',
      noWhen: '{{from}} asked for this by {{deadline}}; your reply doesn’t say when.',
    },
  },
  examples: {
    valid: [{text: 'Hi Dana, I’ll send the Q3 deck on Thursday.', input: {lastReceived: {text: 'Could you send me the Q3 deck by Friday?', from: 'Dana'}}}],
    invalid: [
      {text: 'Hi Dana, thanks for the update on the offsite.', input: {lastReceived: {text: 'Could you send me the Q3 deck by Friday?', from: 'Dana'}},
        hints: ['0-0: Dana asked “Could you send me the Q3 deck…”; your reply doesn’t answer it yet. (require-answer-to-request)']},
      {text: 'Hi Dana, I’ll look into the Q3 deck.', input: {lastReceived: {text: 'Could you send me the Q3 deck by Friday?', from: 'Dana'}},
        hints: ['0-0: Dana asked for this by Friday; your reply doesn’t say when. (require-answer-to-request)']},
    ],
  },
  check(draft, {report}) {
    if (draft.received.length === 0) return;
    const from = draft.input.lastReceived?.from?.split(/[\s<@]/)[0] || 'They';
    // A sentence gives a "when" if its promise has a firm date, or (without a promise) it names a day or time.
    const datedAt = new Set(draft.commitments.filter((c) => c.due && !c.due.vague).map((c) => c.place.start));
    const vagueAt = new Set(draft.commitments.filter((c) => c.due?.vague).map((c) => c.place.start));
    const dated = (s: (typeof draft.sentences)[number]) => datedAt.has(s.place.start) || !vagueAt.has(s.place.start) && DATE_CUE.test(s.text);
    for (const r of draft.received.slice(0, 5)) {
      const topic = new Set(topicWords(r.text));
      if (topic.size === 0) continue; // "Thoughts?" has nothing to check against
      const touching = draft.sentences.filter((s) => s.info.tokens.some((t) => topic.has(t.lower)));
      if (touching.length === 0) report({messageId: 'unanswered', data: {from, request: short(r.text, 30)}});
      else if (r.deadline && !r.deadline.vague && !touching.some(dated)) report({messageId: 'noWhen', data: {from, deadline: short(r.deadline.phrase, 24)}});
    }
  },
});
