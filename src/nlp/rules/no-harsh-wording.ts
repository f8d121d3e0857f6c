import {defineRule} from '../rule.ts';
import {harshWords, insults} from '../lexicons/tone.ts';
import {lexicon} from '../lexicons/entry.ts';
import {SECOND_PERSON, clauseBefore, isNegated, ownSentence} from '../lexicons/tone-context.ts';

const HARSH = lexicon(harshWords);
const INSULTS = new Set(insults);
const SELF = /\b(?:i|i['’]m|i\s+am|i\s+was|i\s+feel\s+like|me|myself)\b/i;
const READER = new Set(['you', 'your', "you're", 'yours', 'yourself', 'u', 'ur', "you've", "you'd"]);
const THIS_IS = /(?:^|\s)(?:this|that)(?:['’]s|\s+(?:is|was|seems|looks|sounds|feels))(?:\s+(?:just|simply|totally|completely|absolutely|really|so|quite|frankly|utterly|honestly))?\s*$/i;

/** "Your summary is sloppy", "you were careless", "this is unacceptable", "careless of you": a word with a target. */
function aimed(before: string, after: string): boolean {
  const words = before.toLowerCase().replace(/’/g, "'").split(/[^\p{L}']+/u).filter(Boolean).slice(-6);
  return words.some((w) => READER.has(w)) || THIS_IS.test(before) || /^\s+of\s+you\b/i.test(after);
}

export default defineRule({
  meta: {
    id: 'no-harsh-wording',
    type: 'tone',
    severity: 'warning',
    description: 'Flags blaming or harsh words aimed at the reader or their work.',
    rationale: 'Blame puts readers on the defence; naming the problem and the next step gets it fixed sooner.',
    messages: {harsh: '“{{actual}}” may read as blame; try naming the issue and the next step.'},
  },
  examples: {
    valid: [
      'The figures in row 12 look off; could you check them before Friday?', 'Thanks for catching the error in the deck.',
      "It's not your fault; the airline cancelled.", 'If this is unacceptable to you, let me know.', 'The old projector is useless, so we booked a new room.',
      'Hotel prices that week are absurd.',
    ],
    invalid: [
      {text: 'This is unacceptable.', hints: ['8-20: “unacceptable” may read as blame; try naming the issue and the next step. (no-harsh-wording)']},
      {text: 'You dropped the ball on the vendor call.', hints: ['0-20: “You dropped the ball” may read as blame; try naming the issue and the next step. (no-harsh-wording)']},
      {text: 'Your summary was sloppy.', hints: ['17-23: “sloppy” may read as blame; try naming the issue and the next step. (no-harsh-wording)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(HARSH.pattern)) {
      const s = ownSentence(draft, m.place);
      if (!s || isNegated(s, m.place.start)) continue;
      // A judgement ("sloppy") is harsh only said of someone; a charge ("you dropped the ball") always is.
      const entry = HARSH.entryOf(m.text);
      if (entry?.needsTarget && !aimed(clauseBefore(s, m.place.start), s.text.slice(m.place.end - s.place.start))) continue;
      // "Your note must be a joke" or "this is a joke" answers a joke (two of two such hints judged wrong on real
      // mail); only "you are a joke" calls the reader one.
      if (entry?.phrase === 'a joke' && !YOU_ARE.test(clauseBefore(s, m.place.start))) continue;
      // "I'm the biggest idiot in the world": said of oneself, an insult is self-deprecation, not blame.
      if (entry && INSULTS.has(entry.phrase) && SELF.test(clauseBefore(s, m.place.start))) continue;
      // "Shame on you :o)": a smile takes the sting out. "stupid humor", "idiotic calls", "his stupid ideas": a word
      // about a thing, not aimed at the reader (all judged so on real mail); "u stupid b-tch" is aimed.
      if (SMILE.test(s.text)) continue;
      if (describesThing(s, m) && !SECOND_PERSON.test(s.text)) continue;
      report({messageId: 'harsh', place: m.place, actual: m.text});
    }
  },
});

const YOU_ARE = /\b(?:you['’]re|you\s+are|u\s+r|ur)\s+(?:(?:just|such|a\s+total|really|simply)\s+)?$/i;
const SMILE = /[:;]-?[)D]|:o\)|\b(?:lol|haha\w*|jk)\b/i;
/** The harsh word is an adjective on a noun after it: "stupid humor", "idiotic calls". */
function describesThing(s: {text: string; place: {start: number}}, m: {text: string; place: {start: number; end: number}}): boolean {
  return /^\s+\p{Ll}{3,}/u.test(s.text.slice(m.place.end - s.place.start)) && /^(?:stupid|idiotic|dumb|pathetic|ridiculous|absurd|ludicrous|moronic|lame|crappy|lousy|useless|incompetent)$/i.test(m.text);
}
