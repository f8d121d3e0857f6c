// What the tone rules need to know about the words around a cue before calling it a hint. Real mail is full of
// tone words that are not aimed at anyone: quoted ("they wrote “unacceptable”"), hypothetical ("if this is
// unacceptable to you, let me know"), negated ("it's not your fault"), softened ("sorry, why did you…, thanks").
// Everything here is a flat regexp or a bounded scan of one sentence, so it stays linear on a 2,000-word draft.
import type {Draft, Sentence} from '../draft.ts';
import type {Place} from '../hint.ts';

/** The reader named in a sentence: "you", "your", "u". */
export const SECOND_PERSON = /\b(?:you|your|yours|u|ur)\b/i;

/**
 * One case-insensitive regexp from cue patterns written as regexp source in plain words: "'" also matches the
 * curly apostrophe and a space matches any run of spaces. Patterns hold alternations, never nested quantifiers.
 */
export function cueRegExp(patterns: readonly string[], {clauseStart = false} = {}): RegExp {
  const body = patterns.map((p) => p.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
  return new RegExp(`${clauseStart ? CLAUSE_START : '(?<![\\p{L}\\p{N}])'}(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

// A challenge opens its clause: "Why did you…", "So, why did you…", "Hi Tom, why did you…". Inside a clause the
// same words are usually indirect and mild ("I was wondering why you chose…"). Lookbehinds are bounded.
const LEAD = 'so|and|but|then|also|hey|ok|okay|well|now|anyway|again|seriously|honestly|btw|oh|um|hmm|look|listen|plus';
const CLAUSE_START = `(?<=^[\\s"'“‘(*>]{0,3}|[,;:–—(]\\s{0,3}|\\.\\.\\.\\s{0,3}|(?:^|[,;:]\\s{0,3})(?:${LEAD})[,!]?\\s{1,3})`;

/** The sentence holding a place (binary search: sentences are in text order). */
export function sentenceAt(draft: Draft, place: Place): Sentence | undefined {
  let lo = 0;
  let hi = draft.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = draft.sentences[mid] as Sentence;
    if (place.start < s.place.start) hi = mid - 1;
    else if (place.start >= s.place.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** True when an odd number of quotation marks opens before `at`: the writer is citing words, not saying them. */
export function insideQuotes(text: string, at: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

// "If this is unacceptable to you", "unless you were supposed to", "whether it was mishandled", "even if you
// never…": a condition or a supposition, not a charge. Only the clause before the cue counts.
const HYPOTHETICAL = /(?<![\p{L}])(?:if|unless|whether|in case|suppose|supposing|assuming|imagine|what if|even if|would it be|would be|were it)(?![\p{L}])/iu;
// "It's not your fault", "this is hardly absurd", "no one could call it sloppy".
// "n't" ends its word ("wasn't", "isn't"), so it is looked for without a word start before it.
const NEGATION = /(?<![\p{L}])(?:not|never|no|hardly|nothing|neither|nor|without)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/** The words of the sentence before the cue, back to the last clause break. */
export function clauseBefore(sentence: Sentence, start: number): string {
  const before = sentence.text.slice(0, Math.max(0, start - sentence.place.start));
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' - '));
  return cut < 0 ? before : before.slice(cut + 1);
}

export const isHypothetical = (sentence: Sentence, start: number): boolean => HYPOTHETICAL.test(clauseBefore(sentence, start));

/** A negation among the three words before the cue. */
export function isNegated(sentence: Sentence, start: number): boolean {
  const words = clauseBefore(sentence, start).trim().split(/\s+/).slice(-3).join(' ');
  return NEGATION.test(words);
}

// Please, thanks, an apology or an explicit "I'm curious" turn a pointed question into a request for information.
const SOFTENER = /(?<![\p{L}])(?:please|pls|thanks|thank you|thank u|kindly|appreciate|sorry|apologies|curious|curiosity|wondering|just to understand|help me understand|to make sure i understand|if you don['’]t mind|no worries|naive question|stupid question|dumb question|silly question|out of curiosity|just wondering)(?![\p{L}])/iu;
export const isSoftened = (sentence: Sentence): boolean => SOFTENER.test(sentence.text);

/** The sentence of a match, unless the match is quoted or only supposed: the common guard of the tone rules. */
export function ownSentence(draft: Draft, place: Place): Sentence | undefined {
  const s = sentenceAt(draft, place);
  if (!s || insideQuotes(s.text, place.start - s.place.start) || isHypothetical(s, place.start)) return undefined;
  return s;
}

export type CueMatch = {text: string; place: Place; sentence: Sentence};

/** Matches of the cue regexps in the user's own, unquoted, unsupposed words: in text order, overlaps dropped. */
export function cueMatches(draft: Draft, cues: readonly RegExp[]): CueMatch[] {
  const found = cues.flatMap((re) => draft.findPhrases(re)).sort((a, b) => a.place.start - b.place.start || b.place.end - a.place.end);
  const out: CueMatch[] = [];
  let last = -1;
  for (const m of found) {
    if (m.place.start < last) continue;
    const sentence = ownSentence(draft, m.place);
    if (!sentence) continue;
    out.push({...m, sentence});
    last = m.place.end;
  }
  return out;
}
