import {defineRule} from '../rule.ts';
import {sarcasm, sarcasmOpeners} from '../lexicons/tone-cues.ts';
import {cueMatches, cueRegExp} from '../lexicons/tone-context.ts';

const OPENERS = cueRegExp(sarcasmOpeners, {clauseStart: true});
const PHRASES = cueRegExp(sarcasm);

export default defineRule({
  meta: {
    id: 'no-sarcasm',
    type: 'tone',
    severity: 'warning',
    description: 'Flags stock sarcasm ("thanks for nothing", "nice of you to finally…", "must be nice").',
    rationale: 'In writing sarcasm has no smile to soften it; it reads as contempt and stalls the work.',
    messages: {sarcasm: '“{{actual}}” may read as sarcasm; say plainly what you need.'},
  },
  examples: {
    valid: [
      'Thanks so much for the quick turnaround!', 'It was so nice of you to invite us.', 'Wow, thanks, this is perfect!',
      'Glad you could make it to the offsite.', 'Good to know, thanks for checking.',
    ],
    invalid: [
      {text: 'Thanks for nothing.', hints: ['0-18: “Thanks for nothing” may read as sarcasm; say plainly what you need. (no-sarcasm)']},
      {text: 'Nice of you to finally reply.', hints: ['0-22: “Nice of you to finally” may read as sarcasm; say plainly what you need. (no-sarcasm)']},
      {text: 'A week in Maui? Must be nice.', hints: ['16-28: “Must be nice” may read as sarcasm; say plainly what you need. (no-sarcasm)']},
    ],
  },
  check(draft, {report}) {
    for (const m of cueMatches(draft, [OPENERS, PHRASES])) report({messageId: 'sarcasm', place: m.place, actual: m.text});
  },
});
