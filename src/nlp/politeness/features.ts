// The politeness strategies of Danescu-Niculescu-Mizil et al. (ACL 2013) as binary features of one sentence,
// plus a few structural ones (question, imperative start, shouting). Shared by the engine and the fit script
// so the shipped weights always match what runs.
import * as L from '../lexicons/politeness.ts';
import {phraseRegExp, type Token} from '../text.ts';
import {isBaseVerb, toSet} from '../lexicons/sets.ts';

export const FEATURES = [
  'gratitude', 'deference', 'greeting', 'positive', 'negative', 'apology', 'please', 'pleaseStart', 'indirect',
  'directQuestion', 'directStart', 'counterfactual', 'indicative', 'firstPersonStart', 'firstPlural', 'firstPerson',
  'secondPerson', 'secondPersonStart', 'hedge', 'factuality', 'question', 'whyStart', 'exclamation',
  'imperativeStart', 'shouting', 'secondNegative', 'insult', 'youQuestion', 'wouldLike', 'informal', 'conditional',
  'hope', 'negation', 'help', 'manyQuestions', 'multiSentence', 'why',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Uint8Array; // indexed like FEATURES

const index = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;
const sets = {
  gratitude: toSet(L.gratitude), greetings: toSet(L.greetings), positive: toSet(L.positive),
  negative: toSet(L.negative), directStarts: toSet(L.directStarts), questionStarts: toSet(L.questionStarts),
  first: toSet(L.firstSingular), plural: toSet(L.firstPlural), second: toSet(L.second),
};
const re = {
  deference: phraseRegExp(L.deferencePhrases), apology: phraseRegExp(L.apologies), hedge: phraseRegExp(L.hedges),
  factuality: phraseRegExp(L.factuality), indirect: phraseRegExp(L.indirect),
  counterfactual: /\b(?:could|would)\s+(?:you|u)\b|\bwould\s+it\s+be\b|\bwould\s+(?:be\s+)?(?:grateful|nice|great|helpful)\b|\bwould\s+you\s+mind\b/i,
  indicative: /\b(?:can|will)\s+(?:you|u)\b/i,
  shouting: /\b[A-Z]{4,}\b/,
  youQuestion: /^(?:\W*)(?:did|do|does|are|have|were|is|was|why\s+(?:did|do|are|would|have))\s+(?:you|u)\b/i,
  wouldLike: /\b(?:i|we)\s*(?:would|'d|’d)\s+(?:like|love|appreciate|be\s+(?:grateful|glad|happy))\b|\bwould\s+(?:be\s+)?(?:appreciated|grateful)\b/i,
  conditional: /\bif\s+(?:you|u)\s+(?:could|would|can|have\s+(?:time|a\s+(?:chance|moment|minute))|don['’]t\s+mind|get\s+a\s+chance|are\s+able|wish|want|like|prefer)\b/i,
  hope: /\b(?:i\s+hope|hopefully|hope\s+(?:you|this|that|it))\b/i,
  negation: /\b(?:not|no|never|nothing|nobody|none)\b|n['’]t\b/i,
  help: /\b(?:help|helping|helpful|assist|assistance|advice|advise|guidance|suggestions?)\b/i,
};
const insults = toSet(L.insults);
const informal = toSet(['u', 'ur', 'pls', 'plz', 'ya', 'lol', 'dude', 'omg', 'wtf', 'gonna', 'wanna', 'yo', 'ok', 'k', 'thx', 'btw', 'hey', 'y', 'r', 'cuz', 'coz', 'lemme', 'gimme']);

export function sentenceFeatures(text: string, tokens: Token[]): FeatureVector {
  const v = new Uint8Array(FEATURES.length);
  const set = (name: FeatureName, on: boolean) => {
    if (on) v[index[name]] = 1;
  };
  const first = tokens[0]?.lower ?? '';
  let pleaseAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).lower;
    if (sets.gratitude.has(w)) set('gratitude', true);
    if (sets.positive.has(w)) set('positive', true);
    if (sets.negative.has(w)) set('negative', true);
    if (sets.first.has(w)) set('firstPerson', true);
    if (sets.plural.has(w)) set('firstPlural', true);
    if (sets.second.has(w)) set('secondPerson', true);
    if ((w === 'please' || w === 'pls' || w === 'plz') && pleaseAt < 0) pleaseAt = i;
  }
  set('pleaseStart', pleaseAt === 0);
  set('please', pleaseAt > 0);
  set('greeting', sets.greetings.has(first) || /^good (?:morning|afternoon|evening)/i.test(text));
  set('deference', test(re.deference, text));
  set('apology', test(re.apology, text));
  set('hedge', test(re.hedge, text));
  set('factuality', test(re.factuality, text));
  set('indirect', test(re.indirect, text));
  set('counterfactual', re.counterfactual.test(text));
  set('indicative', re.indicative.test(text));
  const question = text.includes('?');
  set('question', question);
  set('directQuestion', question && sets.questionStarts.has(first));
  set('whyStart', first === 'why');
  set('directStart', sets.directStarts.has(first));
  set('firstPersonStart', sets.first.has(first));
  set('secondPersonStart', sets.second.has(first));
  set('exclamation', text.includes('!'));
  set('imperativeStart', first !== 'please' && isBaseVerb(first) && !question);
  set('shouting', re.shouting.test(text));
  set('secondNegative', v[index.secondPerson] === 1 && v[index.negative] === 1);
  set('insult', tokens.some((t) => insults.has(t.lower)));
  set('informal', tokens.some((t) => informal.has(t.lower)));
  set('youQuestion', question && re.youQuestion.test(text));
  set('wouldLike', re.wouldLike.test(text));
  set('conditional', re.conditional.test(text));
  set('hope', re.hope.test(text));
  set('negation', re.negation.test(text));
  set('help', re.help.test(text));
  set('why', tokens.some((t) => t.lower === 'why')); // asking for reasons often reads as challenging
  return v;
}

function test(r: RegExp, text: string): boolean {
  r.lastIndex = 0;
  return r.test(text);
}

/** A text's features: a strategy counts when any of its sentences uses it; two are about the whole text. */
export function combine(vectors: FeatureVector[]): FeatureVector {
  const v = new Uint8Array(FEATURES.length);
  let questions = 0;
  for (const s of vectors) {
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) | (s[i] as number);
    questions += s[index.question] as number;
  }
  v[index.manyQuestions] = questions >= 2 ? 1 : 0; // a string of questions reads as an interrogation
  v[index.multiSentence] = vectors.length >= 3 ? 1 : 0;
  return v;
}
