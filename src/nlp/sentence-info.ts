// Everything about a sentence that depends only on its own text, computed once and cached by text: a one-word
// edit in a long draft re-analyses one sentence, not the draft.
import {tokenize, type PhraseMatch, type Token} from './text.ts';
import {sentenceFeatures, type FeatureVector} from './politeness/features.ts';
import {politenessScore} from './politeness/model.ts';
import {isRequest} from './requests/detect.ts';
import {LruCache} from './cache.ts';

export type SentenceInfo = {
  tokens: Token[];
  features: FeatureVector;
  politeness: number;
  request: boolean;
  /** Phrase-rule matches by regexp, offsets relative to the sentence; filled lazily, reused while cached. */
  phrases: Map<RegExp, PhraseMatch[]>;
  /** Other per-sentence results a rule computes from the text alone, by the rule's key; reused while cached. */
  memo: Map<string, unknown>;
};

export function computeSentenceInfo(text: string): SentenceInfo {
  const tokens = tokenize(text);
  const features = sentenceFeatures(text, tokens);
  return {tokens, features, politeness: politenessScore(features), request: isRequest(text, tokens), phrases: new Map(), memo: new Map()};
}

export type SentenceCache = LruCache<string, SentenceInfo>;
export const createSentenceCache = (): SentenceCache => new LruCache<string, SentenceInfo>(5000);

export function sentenceInfo(text: string, cache?: SentenceCache): SentenceInfo {
  if (!cache) return computeSentenceInfo(text);
  let info = cache.get(text);
  if (!info) cache.set(text, (info = computeSentenceInfo(text)));
  return info;
}
