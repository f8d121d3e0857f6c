import {defineRule} from '../rule.ts';
import {blame} from '../lexicons/tone-cues.ts';
import {cueMatches, cueRegExp} from '../lexicons/tone-context.ts';
import {normalizeText} from '../text.ts';

const PHRASES = cueRegExp(blame);
// "This should never have happened, and I'm sorry": the writer taking the blame, not handing it out.
const OWN_FAULT = /(?<![\p{L}])(?:sorry|apologi[sz]e|apologies|my fault|our fault|my mistake|our mistake|my bad)(?![\p{L}])/iu;
// A plainer wording for the commonest charges; the others get the message alone.
const PLAINER: Array<[RegExp, string]> = [
  [/^no(?:body| one|-one) (?:told|informed|warned|notified|updated|consulted) me$/, "I hadn't heard"],
  [/^you were (?:supposed|meant|expected) to /, 'the plan was for you to '],
  [/^(?:was|were) (?:mishandled|botched|bungled)$/, "didn't go as planned"],
];

export default defineRule({
  meta: {
    id: 'no-blame',
    type: 'tone',
    severity: 'warning',
    description: 'Flags wording that assigns blame ("you were supposed to", "no one told me", "I expected better").',
    rationale: 'Blame makes people defend the past; describing what happened and what comes next fixes it.',
    messages: {blame: '“{{actual}}” may read as blame; describe what happened and what comes next.', replace: 'Replace with “{{text}}”'},
    hasSuggestions: true,
  },
  examples: {
    valid: [
      "It's not your fault; the venue changed the booking.", 'You should have received the invite by now.',
      'If the order was mishandled, let me know and I will chase it.', "I'm sorry, this should never have happened.",
    ],
    invalid: [
      {text: 'You were supposed to send the deck on Monday.', hints: ['0-25: “You were supposed to send” may read as blame; describe what happened and what comes next. (no-blame)']},
      {text: 'No one told me the call moved.', hints: ['0-14: “No one told me” may read as blame; describe what happened and what comes next. (no-blame)']},
      {text: 'Honestly, I expected better.', hints: ['10-27: “I expected better” may read as blame; describe what happened and what comes next. (no-blame)']},
    ],
  },
  check(draft, {report}) {
    for (const m of cueMatches(draft, [PHRASES])) {
      if (OWN_FAULT.test(m.sentence.text)) continue;
      const key = normalizeText(m.text);
      const plainer = PLAINER.find(([re]) => re.test(key));
      const text = plainer ? key.replace(plainer[0], plainer[1]) : undefined;
      const cased = text && m.text[0] !== m.text[0]?.toLowerCase() ? text[0]?.toUpperCase() + text.slice(1) : text;
      report({messageId: 'blame', place: m.place, actual: m.text, ...(cased ? {expected: [cased], suggest: [{messageId: 'replace', data: {text: cased}, text: cased}]} : {})});
    }
  },
});
