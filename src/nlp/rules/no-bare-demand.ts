import {defineRule} from '../rule.ts';
import {FEATURES} from '../politeness/features.ts';
import {isNotAnAsk} from '../requests/not-asks.ts';
import {trimEndMatching} from '../trim-end.ts';

const IMPERATIVE = FEATURES.indexOf('imperativeStart');
const SOFTENERS = /\b(?:please|pls|kindly|thanks|thank you|appreciate|if you (?:can|could|have)|when you (?:can|get a chance|have a moment))\b/i;
// Stock imperatives that are courtesy, not orders: "Let me know", "See attached", "Feel free to", "Have a good trip".
const FORMULAS = new Set(['let', 'see', 'feel', 'find', 'have', 'take', 'keep', 'reach', 'note', 'enjoy', 'welcome', 'don\'t', 'look']);
// "Give me a call", "drop me a line": invitations to get in touch, not orders.
// "Do not sell my information": a boundary drawn around the writer's own, not an order to serve them.
const BOUNDARY = /^\W*(?:do\s+not|don['’]t|never)\s+\w+\s+(?:my|our|me|us)\b/i;
const CASUAL = /^\W*(?:give|drop|shoot|send)\s+(?:me|us)\s+(?:a\s+)?(?:call|ring|line|note|shout|buzz)\b|^\W*(?:call|ring|ping)\s+(?:me|us)\b/i;
// "I need the numbers now." / "You need to send it immediately.": a need stated with an ultimatum is an order too.
const VOCATIVE = String.raw`(?:\p{Lu}[\p{L}'’-]+,\s+)?`; // "Sam, I need…"
const URGENT = String.raw`[^.?!]*\b(?:now|immediately|right away|at once|asap|today)\b\s*[.!]*$`;
const URGENT_NEED = new RegExp(
  String.raw`^${VOCATIVE}(?:(?:i|we)\s+(?:need|want|require|expect)\b(?!\s+to\s+(?:ask|check|know|let|make sure))|you\s+(?:need to|must|have to)\b)${URGENT}`,
  'iu');

export default defineRule({
  meta: {
    id: 'no-bare-demand',
    type: 'tone',
    severity: 'warning',
    description: 'Flags bare commands to the executive, and ultimatums to the executive or outside.',
    rationale: 'Upward, an order without “please” or a question reads as presumptuous; an ultimatum does outward too.',
    messages: {
      bare: 'This reads as an order; “Could you…” or “please” keeps it a request.',
      need: 'A need with “now” reads as an ultimatum; ask, and say why.',
      askAsQuestion: 'Ask as a question',
    },
    hasSuggestions: true,
  },
  examples: {
    valid: [
      {text: 'Sign the attached contract by Friday.', input: {recipients: [{email: 'tom@acme.example', tier: 'internal'}]}},
      {text: 'Please sign the attached contract by Friday.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'Send me your list by Friday!', input: {recipients: [{email: 'sam@family.example', tier: 'external'}]}},
      {text: 'Let me know if Tuesday works.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'We need the signed copy by Friday, if you can.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'I need the numbers now.', input: {recipients: [{email: 'tom@northwind.example', tier: 'internal'}]}},
    ],
    invalid: [{
      text: 'Sign the attached contract by Friday.',
      input: {recipients: [{email: 'jane@northwind.example', tier: 'executive'}]},
      hints: ['0-37: This reads as an order; “Could you…” or “please” keeps it a request. (no-bare-demand)'],
    }, {
      text: 'I need the numbers now.',
      input: {recipients: [{email: 'sam@acme.example', tier: 'external'}]},
      hints: ['0-23: A need with “now” reads as an ultimatum; ask, and say why. (no-bare-demand)'],
    }],
  },
  check(draft, {report}) {
    if (!draft.hasTier('executive') && !draft.hasTier('external')) return;
    for (const s of draft.sentences) {
      const first = s.info.tokens[0];
      if (!first || SOFTENERS.test(s.text) || isNotAnAsk(s.text)) continue; // "Talk to you soon" orders nothing
      if (URGENT_NEED.test(s.text.trim())) {
        report({messageId: 'need', place: s.place, actual: s.text});
        continue;
      }
      // A plain order reads as presumptuous upward; outside, reviewers of real mail found most bare imperatives fit
      // (a parent's note, a vendor's steps, "Send me your list!"), so only the ultimatum above is flagged there.
      if (!draft.hasTier('executive')) continue;
      if (s.info.features[IMPERATIVE] !== 1 || s.info.tokens.length < 3 || FORMULAS.has(first.lower) || CASUAL.test(s.text) || BOUNDARY.test(s.text)) continue;
      // Trimmed by hand: `replace(/[.!]+$/, '')` is quadratic on a long run of dots (see trim-end.ts).
      const body = trimEndMatching(s.text, /[.!]/);
      const text = `Could you ${first.text.toLowerCase()}${body.slice(first.end)}?`;
      report({messageId: 'bare', place: s.place, actual: s.text, suggest: [{messageId: 'askAsQuestion', text}]});
    }
  },
});
