import {defineRule} from '../rule.ts';
import {BARE_ORDER} from '../lexicons/orders.ts';

// A closing line counts as a sign-off: "Thanks!", "Best,", "Looking forward to hearing from you."
const CLOSING = /^(?:thanks|thank you|many thanks|best|regards|kind regards|cheers|sincerely|all the best|talk soon|looking forward|speak soon|warmly|take care|have a (?:great|good|nice|lovely))/i;

export default defineRule({
  meta: {
    id: 'require-sign-off',
    type: 'tone',
    severity: 'info',
    description: 'For people outside the company: flags a new message that ends on a bare order without a sign-off.',
    rationale: 'A closing line (“Best,” or a thank-you) ends the message warmly instead of abruptly.',
    messages: {missing: 'Add a sign-off such as “Best,” so the message doesn’t end abruptly.'},
  },
  examples: {
    valid: [
      {text: 'Hi Ana,\nThe contract is attached.\nBest regards,\nSam Lee', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'Hi Ana,\nThe contract is attached. Thanks for your patience!', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'Hi Ana,\nThe contract is attached, with the schedule of payments we agreed on the phone last week and the two amendments your counsel asked for on Friday.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'Hi Ana,\nThe contract is attached, with the schedule of payments we agreed on the phone last week and the two amendments your counsel asked for. Could you sign and return it by Friday?', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
    ],
    invalid: [{
      text: 'Hi Ana,\nThe contract is attached, with the schedule of payments we agreed on the phone last week and the two amendments your counsel asked for. Sign and return it by Friday.',
      input: {recipients: [{email: 'ana@client.example', tier: 'external'}]},
      hints: ['173-173: Add a sign-off such as “Best,” so the message doesn’t end abruptly. (require-sign-off)'],
    }],
  },
  check(draft, {report}) {
    // A signed mail (sign-off, name or signature block) is closed; a reply in a thread or a short note needs none.
    if (!draft.personalToOutsider || draft.valediction || draft.signed) return;
    const tail = draft.sentences.slice(-2);
    const last = tail[tail.length - 1];
    // Ending on a bare ask is what reads as abrupt ("Please reply"); a mail that ends on news closes itself.
    if (!last || tail.some((s) => CLOSING.test(s.text)) || !last.info.request) return;
    // Ending on a question or a suggestion is conversation; only a bare order reads abrupt without a sign-off.
    if (/\?\s*$/.test(last.text) || !BARE_ORDER.test(last.text)) return;
    report({messageId: 'missing', place: {start: last.place.end, end: last.place.end}, expected: ['Best,']});
  },
});
