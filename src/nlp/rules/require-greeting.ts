import {defineRule} from '../rule.ts';
import {countWords} from '../text.ts';
import {BARE_ORDER} from '../lexicons/orders.ts';

const SOFT_ASK = /\b(?:please|kindly|let\s+(?:me|us)\s+know|could|would|can|may|thanks?|thank\s+you|appreciate)\b/i;
const VOCATIVE = /^[\p{Lu}][\p{L}'’.-]{0,30}(?:\s[\p{Lu}\d][\p{L}\d'’.-]{0,30}){0,3}\s?[,:;\-–—]/u;

export default defineRule({
  meta: {
    id: 'require-greeting',
    type: 'tone',
    severity: 'info',
    description: 'For people outside the company: flags a new message that opens on a bare order without a greeting.',
    rationale: 'Outside the team, a greeting is part of courtesy; its absence can read as curt.',
    messages: {missing: 'Add a greeting such as “Hi {{actual}},”; outside readers notice its absence.'},
  },
  examples: {
    valid: [
      {text: 'Hi Ana,\nThe signed contract is attached.\nBest,\nSam', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'The signed contract is attached.', input: {recipients: [{email: 'tom@acme.example', tier: 'internal'}]}},
      {text: 'Dear Mr. Okafor,\nThe signed contract is attached.', input: {recipients: [{email: 'ok@client.example', tier: 'external'}]}},
      {text: 'Let me know when you get the quotes from Pauline. I would like to see them before Friday.', input: {recipients: [{email: 'ana@client.example', tier: 'external'}]}},
      {text: 'The signed contract is attached, with the schedule of payments we agreed on the phone last week and the two amendments your counsel asked for on Friday.', input: {recipients: [{email: 'ok@client.example', tier: 'external'}]}},
    ],
    invalid: [{
      text: 'Sign the attached contract and return it by Friday. The schedule of payments is the one we agreed on the phone last week. The two amendments your counsel asked for are in section 4, and the start date moved to March.\nBest,\nSam',
      input: {recipients: [{email: 'ana@client.example', name: 'Ana', tier: 'external'}]},
      hints: ['0-0: Add a greeting such as “Hi Ana,”; outside readers notice its absence. (require-greeting)'],
    }],
  },
  check(draft, {report}) {
    // A reply in a running thread, or a two-line note, reads fine without one; a new message to an outsider does not.
    if (!draft.personalToOutsider || draft.greeting) return;
    const first = draft.sentences[0]?.text ?? '';
    // Opening straight on an ask is what reads as curt; a mail that opens on news or thanks reads fine.
    if (!draft.sentences[0]?.info.request) return;
    // Opening on a question or a suggestion is conversation; only a bare order reads curt without a greeting.
    if (/\?\s*$/.test(first) || !BARE_ORDER.test(first)) return;
    if (VOCATIVE.test(first)) return; // "Ana,", "Jeff -", "Phillip;", "Big 12 Ticket Holders," address the reader
    // A quick note of a line or two to an outside contact reads as routine business without one (judged so on every
    // real-mail sheet, docs/quality.md); a longer first message that opens on an ask reads curt.
    if (draft.sentences.length < 3 || countWords(draft.text) < 40) return;
    // "Let me know when you get the quotes", "Could you send…": an ask that carries its own courtesy reads fine bare.
    if (SOFT_ASK.test(first)) return;
    const external = draft.recipients.find((r) => r.tier === 'external');
    const name = external?.name?.split(/\s+/)[0] ?? 'there';
    report({messageId: 'missing', data: {actual: name}, expected: [`Hi ${name},`]});
  },
});
