import {defineRule} from '../rule.ts';
import {overApology, sympathy} from '../lexicons/tone.ts';
import {ownSentence} from '../lexicons/tone-context.ts';
import {phraseRegExp} from '../text.ts';
import {lexicon} from '../lexicons/entry.ts';
import type {Draft} from '../draft.ts';
import type {Place} from '../hint.ts';

const APOLOGIES = lexicon(overApology);
const ANY_APOLOGY = phraseRegExp(['sorry', 'apologies', 'apologize', 'apologise', 'my apologies']);
const SYMPATHY = phraseRegExp(sympathy);
// "I'm so sorry to hear about your father" is sympathy: neither an apology for asking nor one to count.
const sympathetic = (draft: Draft, place: Place) => draft.findPhrases(SYMPATHY).some((m) => m.place.start <= place.end && m.place.end > place.start);

export default defineRule({
  meta: {
    id: 'no-over-apology',
    type: 'tone',
    severity: 'info',
    description: 'Flags apologies for ordinary asks, and drafts that apologise again and again.',
    rationale: 'Apologising for doing your job undermines the request; a thank-you keeps the warmth without it.',
    messages: {
      apology: '“{{actual}}” apologises for a normal ask; a thank-you keeps it warm.',
      repeated: 'This is your third apology in the message; one is enough.',
      removeApology: 'Remove the apology',
    },
    hasSuggestions: true,
  },
  examples: {
    valid: [
      'Sorry for the delay in getting back to you. The contract is attached.', "I'm so sorry to hear about your father.",
      "I'm so sorry for your loss. I'm sorry to hear it was sudden. So sorry about the news.",
    ],
    invalid: [
      {text: 'Sorry to bother you, but could you sign the form?', hints: ['0-19: “Sorry to bother you” apologises for a normal ask; a thank-you keeps it warm. (no-over-apology)']},
      {text: 'Sorry for the delay. Apologies for the typo. Sorry, one more thing.', hints: ['45-50: This is your third apology in the message; one is enough. (no-over-apology)']},
    ],
  },
  check(draft, {report}) {
    // Among colleagues and on lists an everyday "sorry to bother you" or "shortly" costs nothing (docs/quality.md);
    // upward, outward, or when the audience is not known, it is worth a word.
    if (draft.recipients.length > 0 && !draft.upwardOrOutward) return;
    for (const m of draft.findPhrases(APOLOGIES.pattern)) {
      if (!ownSentence(draft, m.place) || sympathetic(draft, m.place)) continue;
      const expected = [...(APOLOGIES.entryOf(m.text)?.alternatives ?? [])];
      report({messageId: 'apology', place: m.place, actual: m.text, expected, suggest: [{messageId: 'removeApology', text: ''}]});
    }
    const all = draft.findPhrases(ANY_APOLOGY).filter((m) => ownSentence(draft, m.place) && !sympathetic(draft, m.place));
    const third = all[2];
    if (third) report({messageId: 'repeated', place: third.place, actual: third.text});
  },
});
