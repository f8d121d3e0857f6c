import {defineRule} from '../rule.ts';
import {askHedges, hedging} from '../lexicons/tone.ts';
import {ownSentence} from '../lexicons/tone-context.ts';
import {lexicon} from '../lexicons/entry.ts';
import type {Draft, Sentence} from '../draft.ts';

const ASK_HEDGES = lexicon(askHedges).pattern;
const HEDGES = lexicon(hedging).pattern;
// A hedge weakens an ask; thanks and praise are not asks ("I just wanted to say thank you").
const THANKS = /(?<![\p{L}])(?:thank|thanks|grateful|appreciate|congrat\w*|well done|great job|kudos)(?![\p{L}])/iu;
// What "I just wanted to …" leads into when it is an ask.
const ASK_VERB = /^\s+(?:check|ask|see|confirm|follow|touch base|remind|request|find out|know|make sure|clarify|double-check|get|nudge|circle back|ping|chase|flag|bring|raise|run|float|propose|suggest|reach out|loop)\b/i;

/** The sentence or one beside it asks something: a hedge there softens that ask. */
function nearAsk(draft: Draft, s: Sentence): boolean {
  return [draft.sentences[s.index - 1], s, draft.sentences[s.index + 1]].some((x) => x?.info.request === true || x?.text.trim().endsWith('?'));
}

export default defineRule({
  meta: {
    id: 'no-hedging',
    type: 'tone',
    severity: 'info',
    description: 'Flags hedges that make you sound unsure of your own request ("I just wanted to", "I think maybe").',
    rationale: 'Readers act faster on a plain request; stacked hedges invite a “no” or a delay.',
    messages: {hedge: '“{{actual}}” can make your request sound unsure.', remove: 'Remove “{{actual}}”'},
    hasSuggestions: true,
  },
  examples: {
    valid: [
      'Could you send the signed contract by Thursday?', 'I think the second option is stronger.',
      'I just wanted to say thank you for organising the dinner.', 'I just wanted to let you know the car is booked for 7.',
      'Just checking in to say congratulations on the launch!', 'I just wanted to check on the invoice.',
    ],
    invalid: [
      {text: 'I think maybe we should move the call.', hints: ['0-13: “I think maybe” can make your request sound unsure. (no-hedging)']},
      {text: 'Could you join at 3, if that makes sense?', hints: ['21-40: “if that makes sense” can make your request sound unsure. (no-hedging)']},
    ],
  },
  check(draft, {report}) {
    const hint = (place: {start: number; end: number}, actual: string) =>
      report({messageId: 'hedge', place, actual, suggest: [{messageId: 'remove', text: ''}]});
    for (const m of draft.findPhrases(ASK_HEDGES)) {
      const s = ownSentence(draft, m.place);
      if (s && (!THANKS.test(s.text) || s.info.request)) hint(m.place, m.text);
    }
    for (const m of draft.findPhrases(HEDGES)) {
      const s = ownSentence(draft, m.place);
      if (!s || (THANKS.test(s.text) && !s.info.request)) continue;
      const leadsToAsk = /wan(?:t|ted) to$/i.test(m.text) ? ASK_VERB.test(s.text.slice(m.place.end - s.place.start)) : nearAsk(draft, s);
      if (leadsToAsk || s.info.request) hint(m.place, m.text);
    }
  },
});
