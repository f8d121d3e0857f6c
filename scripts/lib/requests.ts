// Request features of a whole intent-set line (it may hold several sentences): a cue counts when any sentence has it.
import {splitUserText} from '../../src/nlp/draft.ts';
import {REQUEST_FEATURES, isRequestVector, requestFeatures, type RequestWeights} from '../../src/nlp/requests/detect.ts';
import type {Fitted} from './logistic.ts';

export function lineRequestFeatures(text: string): Uint8Array[] {
  return splitUserText(text).sentences.map((s) => requestFeatures(s.text, s.info.tokens));
}

/** Training rows: a line's features are the union of its sentences' (most lines are one sentence). */
export function requestTrainingSet(items: Array<{text: string; label: boolean}>): Array<{x: Uint8Array; y: 0 | 1}> {
  return items.map((it) => {
    const x = new Uint8Array(REQUEST_FEATURES.length);
    for (const v of lineRequestFeatures(it.text)) for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) | (v[i] as number);
    return {x, y: it.label ? 1 : 0};
  });
}

export function toRequestWeights(f: Fitted): RequestWeights {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {bias: round(f.bias), weights: Object.fromEntries(REQUEST_FEATURES.map((name, i) => [name, round(f.weights[i] ?? 0)]))};
}

/** A line asks when any of its sentences does, by the shipped decision rule. */
export function lineIsRequest(sentences: Uint8Array[], w: RequestWeights): boolean {
  return sentences.some((v) => isRequestVector(v, w));
}

/** The decision threshold that maximises F1 on the training lines (fit data only, never the scored fold). */
export function bestThreshold(lines: Array<{sentences: Uint8Array[]; label: boolean}>, w: RequestWeights): number {
  let best = 0;
  let bestF1 = -1;
  for (let t = -1.5; t <= 1.0001; t += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    for (const l of lines) {
      const p = lineIsRequest(l.sentences, {...w, threshold: t});
      if (p && l.label) tp++;
      else if (p) fp++;
      else if (l.label) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    if (f1 > bestF1 + 1e-9) [best, bestF1] = [Math.round(t * 100) / 100, f1];
  }
  return best;
}
