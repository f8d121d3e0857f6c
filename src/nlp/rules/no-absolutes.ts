import {defineRule} from '../rule.ts';
import {absolutes} from '../lexicons/tone.ts';
import {negative} from '../lexicons/politeness.ts';
import {matchAll, tokenize} from '../text.ts';
import {lexicon} from '../lexicons/entry.ts';
import {ownSentence} from '../lexicons/tone-context.ts';

const ABSOLUTES = lexicon(absolutes).pattern;
// "you always get the statistics" is the generic you; "you always send it late" is a charge. A charge comes
// with a complaint word or a negation in the same sentence.
const COMPLAINT = new Set([...negative, 'late', 'forget', 'forgot', 'forgets', 'miss', 'missed', 'misses', 'ignore', 'ignores',
  'interrupt', 'interrupts', 'complain', 'complaining', 'last-minute', 'minute', 'reply', 'respond', 'listen', 'answer',
  'not', "don't", "didn't", "doesn't", "can't", "won't", 'never', 'without']);
// The generic "you" of how things go ("you never saw a runner", "once you get it, you never want to go back", "you
// always end up adding bits") and a past habit ("you never used to check it") charge no one (0 of 5 right on real mail).
const GENERIC = /\byou\s+(?:always|never)\s+(?:saw|see|want|wanted|know|knew|used\s+to|end\s+up|find|found|get|got|have|had|hear|heard|feel|felt|need|needed|can|could|will|would|seem)\b|\b(?:once|when|whenever|if|as\s+soon\s+as)\s+you\b/i;
const IDIOM = /\byou\s+never\s+know\b|\b(?:if|in\s+case|hope|as|so|so\s+that|unless|whether)\s+you\s+(?:always|never)\b/i;
// Praise and benefits use the same words: "you never fail to impress", "you never have to wait".
const KIND = /\byou(?:['’]re|\s+are)?\s+(?:always|never)\s+(?:cease|fail\s+to\s+(?:impress|amaze|deliver)|disappoint|have\s+to|need\s+to|so\s+(?:helpful|kind|generous|patient)|a\s+(?:pleasure|delight|joy)|welcome)/i;

export default defineRule({
  meta: {
    id: 'no-absolutes',
    type: 'tone',
    severity: 'warning',
    description: 'Flags absolutes aimed at a person ("you always", "you never").',
    rationale: 'Absolutes about a person are rarely true and turn one missed task into a judgement of character.',
    messages: {absolute: '“{{actual}}” turns one event into a pattern; name the specific case.'},
  },
  examples: {
    valid: ['The report never arrived on Tuesday; could you resend it?', 'We always welcome your input at these reviews.', 'You always get the figures in the monthly pack.', 'You never know with flights in December.',
      'You never fail to impress the board.', 'With the new pass you never have to queue.', 'Thanks, you are always so helpful.'],
    invalid: [
      {text: 'You never send the agenda in time.', hints: ['0-9: “You never” turns one event into a pattern; name the specific case. (no-absolutes)']},
      {text: 'You always reply late to these.', hints: ['0-10: “You always” turns one event into a pattern; name the specific case. (no-absolutes)']},
    ],
  },
  check(draft, {report}) {
    for (const s of draft.sentences) {
      if (IDIOM.test(s.text) || KIND.test(s.text) || GENERIC.test(s.text)) continue;
      for (const m of matchAll(ABSOLUTES, s.text, s.place.start)) {
        if (!ownSentence(draft, m.place)) continue;
        const rest = tokenize(s.text.slice(m.place.end - s.place.start)).map((t) => t.lower);
        if (!/never|don't|do not|can't/i.test(m.text) && !rest.some((w) => COMPLAINT.has(w))) continue;
        report({messageId: 'absolute', place: m.place, actual: m.text});
      }
    }
  },
});
