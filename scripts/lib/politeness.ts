// The politeness features of a whole text, exactly as the engine computes them for a draft.
import {splitUserText} from '../../src/nlp/draft.ts';
import {combine, FEATURES, type FeatureVector} from '../../src/nlp/politeness/features.ts';
import type {Weights} from '../../src/nlp/politeness/model.ts';
import type {Fitted} from './logistic.ts';

export function textFeatures(text: string): FeatureVector {
  return combine(splitUserText(text).sentences.map((s) => s.info.features));
}

export function toWeights(f: Fitted): Weights {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {bias: round(f.bias), weights: Object.fromEntries(FEATURES.map((name, i) => [name, round(f.weights[i] ?? 0)]))};
}
