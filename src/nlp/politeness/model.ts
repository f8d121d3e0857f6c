// The linear politeness model: weights fit by scripts/fit-politeness.ts and shipped as JSON.
import weights from './weights.json' with {type: 'json'};
import {FEATURES, type FeatureVector} from './features.ts';

export type Weights = {bias: number; weights: Record<string, number>};

export function logit(v: FeatureVector, w: Weights = weights as Weights): number {
  let z = w.bias;
  for (let i = 0; i < FEATURES.length; i++) if (v[i]) z += w.weights[FEATURES[i] as string] ?? 0;
  return z;
}

/** Score in [-1, 1]: 2·P(polite) − 1, so the sign is the predicted class. */
export function politenessScore(v: FeatureVector, w?: Weights): number {
  const p = 1 / (1 + Math.exp(-logit(v, w)));
  return Math.round((2 * p - 1) * 1000) / 1000;
}
