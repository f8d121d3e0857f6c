import {defineRule} from '../rule.ts';

const LONG_WORDS = 250; // about a minute of reading: past this the executive skims
const BURIED_AFTER_WORDS = 60;

export default defineRule({
  meta: {
    id: 'prefer-lead-with-ask',
    type: 'tone',
    severity: 'info',
    description: 'For the executive: flags a message whose ask comes late or that runs long.',
    rationale: 'Executives read the first lines and decide; putting the ask first gets a faster answer.',
    messages: {
      buried: 'Your ask is {{words}} words in; the executive reads the top, so lead with it.',
      long: 'At {{words}} words this is long for the executive; lead with a short ask.',
    },
  },
  examples: {
    valid: [{text: 'Could you approve the Q3 budget by Friday? Details below.', input: {recipients: [{email: 'ceo@acme.example', tier: 'executive'}]}}],
    invalid: [{
      text: 'Hi Jane,\nThe vendor sent three quotes this week after our review of the catering options for the offsite in March. ' +
        'Acme came in lowest at twelve thousand, with Brightside close behind but with better reviews from the last event. ' +
        'Both can do the dates we need and both include the vegetarian menu the team asked for last time. ' +
        'Could you approve one of them by Thursday?',
      input: {recipients: [{email: 'ceo@acme.example', tier: 'executive'}]},
      hints: ['326-368: Your ask is 57 words in; the executive reads the top, so lead with it. (prefer-lead-with-ask)'],
    }, {
      text: `Could you approve the offsite budget? ${'The venue, catering and travel details follow for reference. '.repeat(30)}`,
      input: {recipients: [{email: 'ceo@acme.example', tier: 'executive'}]},
      hints: ['0-0: At 276 words this is long for the executive; lead with a short ask. (prefer-lead-with-ask)'],
    }],
  },
  check(draft, {report}) {
    if (!draft.hasTier('executive')) return;
    if (draft.words > LONG_WORDS) report({messageId: 'long', data: {words: String(draft.words)}});
    let before = 0;
    for (const s of draft.sentences) {
      if (s === draft.greeting) continue;
      if (s.info.request) {
        if (before >= BURIED_AFTER_WORDS || s.index >= 4 && before >= BURIED_AFTER_WORDS / 2) {
          report({messageId: 'buried', place: s.place, data: {words: String(before)}});
        }
        return;
      }
      before += s.info.tokens.length;
    }
  },
});
