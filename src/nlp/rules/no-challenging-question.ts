import {defineRule} from '../rule.ts';
import {bareQuestions, challengeOpeners, challengeQuestions} from '../lexicons/tone-cues.ts';
import {SECOND_PERSON, cueRegExp, isSoftened, ownSentence} from '../lexicons/tone-context.ts';
import {normalizeText} from '../text.ts';
import {COMPLAINT} from '../lexicons/complaint.ts';
import type {Draft, Sentence} from '../draft.ts';

const OPENERS = cueRegExp(challengeOpeners, {clauseStart: true});
const QUESTIONS = cueRegExp(challengeQuestions, {clauseStart: true});
// "??" and "?!" turn any question into an exasperated one ("!!" alone is the shouting rule's).
// "How are you??" to an old friend is warmth; "???" or "?!" at the reader is exasperation.
// `!+` starts only at the first "!" of a run: a later start reaches the same "?" or none, and trying each one made
// a long run of "!" quadratic (linear-patterns.test.ts). Same matches as without the look-behind.
const MARKS = /\?{3,}|\?[?!]*![?!]*|(?<!!)!+\?[?!]*/g;
// "Let me know what you think?!?" asks warmly, whatever the marks.
const WARM = /\blet\s+(?:me|us)\s+know\b|\bwhat\s+(?:do\s+)?you\s+think\b|\bhow\s+are\s+you\b/i;
// "Have you still not signed the contract?!": the marks press a complaint that the reader has not acted yet; after
// teasing ("You really don't care about my back do you?????") or eagerness ("have you sent it yet????") they are
// high spirits (0 of 5 such hints right on real mail, docs/quality.md).
const STILL_NOT = /\b(?:still|yet|again)\b[^?!]*\b(?:not|never)\b|\b(?:not|never|n['’]t)\b[^?!]*\b(?:still|yet|again)\b/i;
// "What the hell is Booty thinking?", "what the hell is Kim's problem": an oath about someone else, not a challenge
// to the reader; "why the hell were you invited?" is one, and so is any "why the hell".
const OATH = /^(?:what|who|how|where) (?:the hell|the heck|the fuck|on earth|in the world)\b/;
// "What exactly will we buy with ibuyit?", "What exactly is the origination team doing now": a real question about
// a thing; "Exactly what ISDA did you leave for them?" or "What exactly is wrong with the agenda?" presses.
const EXACTLY = /^what exactly\b/;
// "Why? Well, it seems to me…", "Why? When it comes down to…": the writer goes on to answer.
const ANSWERS_ITSELF = /^\s*(?:well|because|simple|the answer|it['’]s|it is|when|here['’]s|that['’]s)\b/i;
// Intensifiers that make a question pointed; dropping them keeps the question and loses the edge.
const GENTLER: Record<string, string> = {'what exactly': 'What', 'how exactly': 'How', 'why on earth': 'Why', 'why the hell': 'Why',
  'why the heck': 'Why', 'did you even': 'Did you', 'did you actually': 'Did you', 'care to explain': 'Could you explain', 'mind explaining': 'Could you explain'};

export default defineRule({
  meta: {
    id: 'no-challenging-question',
    type: 'tone',
    severity: 'warning',
    description: 'Flags questions that challenge the reader ("Why did you…", "Didn\'t you…?", "What exactly…?").',
    rationale: 'A question that sounds like a cross-examination gets a defence, not the answer you need.',
    messages: {
      challenge: '“{{actual}}” can sound like a challenge; try asking what you need to know.',
      marks: '“{{actual}}” can read as exasperation; one question mark is enough.',
      replace: 'Replace with “{{text}}”',
    },
    hasSuggestions: true,
  },
  examples: {
    valid: [
      "Why don't you give her a call this afternoon?", 'Did you get a chance to look at the draft?', 'Why not move it to Friday?',
      'Could you tell me why the booking moved?', 'Sorry, why did the flight change? Thanks!', 'What do you think?',
    ],
    invalid: [
      {text: 'Why did you cancel the car service?', hints: ['0-11: “Why did you” can sound like a challenge; try asking what you need to know. (no-challenging-question)']},
      {text: 'What exactly is wrong with the agenda?', hints: ['0-12: “What exactly” can sound like a challenge; try asking what you need to know. (no-challenging-question)']},
      {text: 'Have you still not signed the contract?!', hints: ['38-40: “?!” can read as exasperation; one question mark is enough. (no-challenging-question)']},
      {text: "You moved my 3pm. Didn't you see my note?", hints: ['18-28: “Didn\'t you” can sound like a challenge; try asking what you need to know. (no-challenging-question)']},
    ],
  },
  check(draft, {report}) {
    const found = [
      ...draft.findPhrases(OPENERS).map((m) => ({...m, asked: true})),
      ...draft.findPhrases(QUESTIONS).map((m) => ({...m, asked: false})),
    ].sort((a, b) => a.place.start - b.place.start);
    let last = -1;
    for (const m of found) {
      if (m.place.start < last) continue; // "Why did you…?" matches both lists: one hint
      const s = ownSentence(draft, m.place);
      if (!s || isSoftened(s)) continue;
      const rest = s.text.slice(m.place.end - s.place.start);
      const key = normalizeText(m.text);
      // The second list challenges only as a question, and "Why?" only as the whole question.
      if (!m.asked && (!rest.includes('?') || (bareQuestions.has(key) && !/^\s*\?/.test(rest)))) continue;
      if (OATH.test(key) && !SECOND_PERSON.test(s.text)) continue;
      if (EXACTLY.test(key) && !SECOND_PERSON.test(s.text) && !COMPLAINT.test(s.text) && !/\b(?:wrong|problem|mistake)\b/i.test(s.text)) continue;
      if (bareQuestions.has(key) && !bareChallenge(draft, s)) continue;
      last = m.place.end;
      const gentler = GENTLER[key];
      const text = gentler && m.text[0] === m.text[0]?.toLowerCase() ? gentler.toLowerCase() : gentler;
      report({messageId: 'challenge', place: m.place, actual: m.text, ...(text ? {expected: [text], suggest: [{messageId: 'replace', data: {text}, text}]} : {})});
    }
    for (const m of draft.findPhrases(MARKS)) {
      const s = ownSentence(draft, m.place);
      // "How could I overwrite these???" is the writer's own puzzlement; "???" or "?!" at the reader is exasperation.
      // …and only in a complaint: "???" after a friendly question is eagerness (judged so on real mail).
      if (s && /\byou(?:r|['’]re)?\b/i.test(s.text) && !WARM.test(s.text) && COMPLAINT.test(s.text) && STILL_NOT.test(s.text)) report({messageId: 'marks', place: m.place, actual: m.text, expected: ['?'], suggest: [{messageId: 'replace', data: {text: '?'}, text: '?'}]});
    }
  },
});

/**
 * "Why?" alone presses as the whole reply ("why?"), or after what the reader or someone else did ("You seem to have an
 * agenda… Why?", "#27 switched to weekly, but paid nothing this week. Why?"). After the writer's own problem ("The
 * setup does NOT seem to work. Why?") it asks for help, and before the writer's own answer ("Why? Well, …") it is
 * rhetorical: 2 of 9 bare "Why?" hints were right on real mail before this check (docs/quality.md).
 */
function bareChallenge(draft: Draft, s: Sentence): boolean {
  if (!/\p{Ll}/u.test(s.text)) return false; // "WHY?" heads a section
  if (draft.sentences.length === 1) return true;
  const before = draft.sentences[s.index - 1]?.text ?? '';
  const after = draft.sentences[s.index + 1]?.text ?? '';
  if (ANSWERS_ITSELF.test(after)) return false;
  return SECOND_PERSON.test(before) || /\b\p{L}{3,}ed\b/u.test(before) && !/\b(?:i|my|me|we|our)\b/i.test(before);
}
