import {defineRule} from '../rule.ts';

// "as soon as you confirm", "once they reply": the timing rests on someone else, so a date is not yours to give.
const WAITS_ON_OTHERS = /\b(?:as soon as|once|when|after|whenever|if)\s+(?:you|they|he|she|it|the|we hear|i hear)\b|\blet me know\b[^.!?]{0,80}\band\s+(?:i|we)\b/i;

function short(action: string): string {
  return action.length > 32 ? `${action.slice(0, 30).trimEnd()}…` : action;
}

export default defineRule({
  meta: {
    id: 'require-commitment-date',
    type: 'commitment',
    severity: 'warning',
    description: 'Flags a promise (“I’ll send…”) that gives no day or time.',
    rationale: 'A promise without a date sets no expectation, so it is easy to miss and hard to track.',
    messages: {noDate: 'You promised to “{{action}}” with no date; a day sets expectations.'},
    enabledByDefault: true,
  },
  examples: {
    valid: ['I’ll send the revised agenda by Thursday noon.', 'Let me check with Mark and get back to you tomorrow morning.', 'I think the venue is fine.'],
    invalid: [{text: 'I’ll send the revised agenda.', nudges: ['0-29: You promised to “send the revised agenda” with no date; a day sets expectations. (require-commitment-date)']}],
  },
  check(draft, {report}) {
    for (const c of draft.commitments) {
      if (c.owner === 'other' || c.due || WAITS_ON_OTHERS.test(c.text)) continue;
      report({messageId: 'noDate', place: c.place, actual: c.text, data: {action: short(c.action)}});
    }
  },
});
