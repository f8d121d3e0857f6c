import {defineRule} from '../rule.ts';
import {FEATURES} from '../politeness/features.ts';

const IMPERATIVE = FEATURES.indexOf('imperativeStart');
const SOFTENERS = /\b(?:please|pls|kindly|thanks|thank you|appreciate|if you (?:can|could|have)|when you (?:can|get a chance|have a moment))\b/i;
// Stock imperatives that are courtesy, not orders: "Let me know", "See attached", "Feel free to", "Have a good trip".
const FORMULAS = new Set(['let', 'see', 'feel', 'find', 'have', 'take', 'keep', 'reach', 'note', 'enjoy', 'welcome', 'don\'t']);

export default defineRule({
  meta: {
    id: 'no-bare-demand',
    type: 'tone',
    severity: 'warning',
    description: 'Flags bare commands to the executive or to people outside the company.',
    rationale: 'Upward and outward, an order without “please” or a question reads as presumptuous.',
    messages: {bare: 'This reads as an order; “Could you…” or “please” keeps it a request.'},
    hasSuggestions: true,
    enabledByDefault: true,
  },
  examples: {
    valid: [
      {text: 'Sign the attached contract by Friday.', input: {recipients: [{email: 'tom@acme.example', tier: 'internal'}]}},
      {text: 'Please sign the attached contract by Friday.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'Let me know if Tuesday works.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
    ],
    invalid: [{
      text: 'Sign the attached contract by Friday.',
      input: {recipients: [{email: 'ana@client.example', tier: 'external'}]},
      nudges: ['0-37: This reads as an order; “Could you…” or “please” keeps it a request. (no-bare-demand)'],
    }],
  },
  check(draft, {report}) {
    if (!draft.hasTier('executive') && !draft.hasTier('external')) return;
    for (const s of draft.sentences) {
      const first = s.info.tokens[0];
      if (!first || s.info.features[IMPERATIVE] !== 1 || s.info.tokens.length < 3) continue;
      if (FORMULAS.has(first.lower) || SOFTENERS.test(s.text)) continue;
      const body = s.text.replace(/[.!]+$/, '');
      const text = `Could you ${first.text.toLowerCase()}${body.slice(first.end)}?`;
      report({messageId: 'bare', place: s.place, actual: s.text, suggest: [{desc: 'Ask as a question', text}]});
    }
  },
});
