import {defineRule} from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-unflagged-executive-promise',
    type: 'commitment',
    severity: 'info',
    description: 'Notes a promise made on the executive’s behalf (“Jane will call you”) so it is tracked apart.',
    rationale: 'Promises for the executive spend their time; they should be confirmed with them and tracked apart.',
    messages: {onBehalf: 'This promises something for {{name}}; it will be tracked as theirs.'},
  },
  examples: {
    valid: [{text: 'I’ll call you on Friday.', input: {executiveNames: ['Jane Doe']}}],
    invalid: [{
      text: 'Jane will call you on Friday.',
      input: {executiveNames: ['Jane Doe']},
      hints: ['0-29: This promises something for Jane; it will be tracked as theirs. (no-unflagged-executive-promise)'],
    }],
  },
  check(draft, {report}) {
    for (const c of draft.commitments) {
      if (c.owner === 'executive') report({messageId: 'onBehalf', place: c.place, actual: c.text, data: {name: c.ownerName ?? 'the executive'}});
    }
  },
});
