import {defineRule} from '../rule.ts';
import {dismissive, dismissiveOpeners} from '../lexicons/tone-cues.ts';
import {cueMatches, cueRegExp} from '../lexicons/tone-context.ts';

const OPENERS = cueRegExp(dismissiveOpeners, {clauseStart: true});
const PHRASES = cueRegExp(dismissive);
const PRAISE = /\b(?:keep it up|great|well done|congrat\w*|awesome|proud)\b/i;

export default defineRule({
  meta: {
    id: 'no-dismissive',
    type: 'tone',
    severity: 'warning',
    description: 'Flags brush-offs ("whatever", "not my problem", "deal with it", "if you say so").',
    rationale: 'A brush-off tells the reader their problem does not matter; saying what you can do keeps them working with you.',
    messages: {dismissive: '“{{actual}}” can sound dismissive; say what you can or can’t do instead.'},
  },
  examples: {
    valid: [
      'Whatever works for you is fine with me.', 'whatever. ride would be good.', "i don't care what we do, dc is fun.", "I'll deal with it first thing tomorrow.", "I don't mind which restaurant.",
      'Could you deal with it before Friday?', "That's your call.", 'Lunch, a movie, whatever, I would be up for it.',
    ],
    invalid: [
      {text: 'Not my problem.', hints: ['0-14: “Not my problem” can sound dismissive; say what you can or can’t do instead. (no-dismissive)']},
      {text: 'Fine, whatever.', hints: ['0-14: “Fine, whatever” can sound dismissive; say what you can or can’t do instead. (no-dismissive)']},
      {text: 'If you say so.', hints: ['0-13: “If you say so” can sound dismissive; say what you can or can’t do instead. (no-dismissive)']},
    ],
  },
  check(draft, {report}) {
    for (const m of cueMatches(draft, [OPENERS, PHRASES])) {
      // "Lunch, a movie, whatever" is a list; "Whatever." opens the sentence or follows "fine,".
      if (/^whatever$/i.test(m.text) && /[\p{L}\p{N}]/u.test(m.sentence.text.slice(0, m.place.start - m.sentence.place.start))) continue;
      // "i don't care what we do" is easy-going; "I don't care what you think" brushes the reader off. Inside praise
      // ("I don't know how you moved the stock, and I don't care. Keep it up!") it cheers.
      if (/\bcare\b/i.test(m.text) && (/\bcare\s+(?:what|how|who|why|where|which|about)\s+(?!(?:you|your|u)\b)/i.test(m.sentence.text) || PRAISE.test(m.sentence.text))) continue;
      report({messageId: 'dismissive', place: m.place, actual: m.text});
    }
  },
});
