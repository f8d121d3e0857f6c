import {defineRule} from '../rule.ts';
import {condescension} from '../lexicons/tone-cues.ts';
import {cueMatches, cueRegExp} from '../lexicons/tone-context.ts';
import {normalizeText} from '../text.ts';

const PHRASES = cueRegExp(condescension);
// "Don't worry, it's not that hard, I can show you": reassurance, not a put-down.
const REASSURING = /(?<![\p{L}])(?:don['’]t worry|no worries|i can show|i['’]ll show|happy to|i promise|luckily|fortunately|good news)(?![\p{L}])/iu;
// Asides that add nothing but the put-down can simply go.
const REMOVABLE = /^(?:as (?:everyone|everybody|anyone|anybody) (?:knows|can see)|surely,? you|with all (?:due )?respect|no offen[cs]e,? but)$/;
// "You do realise…" talks down only when it is asked: "you do know how to cheer me up" is praise.
const ASKED_ONLY = /^(?:you do |do you understand|is that clear)/;

export default defineRule({
  meta: {
    id: 'no-condescension',
    type: 'tone',
    severity: 'warning',
    description: 'Flags talking down to the reader ("it\'s not rocket science", "as everyone knows", "surely you know").',
    rationale: 'Condescension makes the reader feel judged; they stop listening to the point you are making.',
    messages: {condescension: '“{{actual}}” can sound condescending; make the point without it.', remove: 'Remove “{{actual}}”'},
    hasSuggestions: true,
  },
  examples: {
    valid: [
      "Don't worry, it's not that hard; I can show you on Monday.", 'As we discussed, the offsite is in May.',
      'You do know how to make a Monday better.', 'Let me explain the new expense process.',
    ],
    invalid: [
      {text: "Booking a room is not rocket science.", hints: ['18-36: “not rocket science” can sound condescending; make the point without it. (no-condescension)']},
      {text: 'As everyone knows, the office closes at six.', hints: ['0-17: “As everyone knows” can sound condescending; make the point without it. (no-condescension)']},
    ],
  },
  check(draft, {report}) {
    for (const m of cueMatches(draft, [PHRASES])) {
      if (REASSURING.test(m.sentence.text)) continue;
      const key = normalizeText(m.text);
      if (ASKED_ONLY.test(key) && !m.sentence.text.includes('?')) continue;
      report({messageId: 'condescension', place: m.place, actual: m.text, ...(REMOVABLE.test(key) ? {suggest: [{messageId: 'remove', text: ''}]} : {})});
    }
  },
});
