// Scores the engine on the shared research data. Figures on data the engine was not fit on and its rules were not
// designed by come first; then the development figures, which are optimistic by construction. `--json` prints
// everything as JSON. The real-mail review (judged by hand, docs/quality.md) is the figure that matters most and is
// reported there: it needs a person, not a script.
import {analyze} from '../src/nlp/index.ts';
import {splitUserText} from '../src/nlp/draft.ts';
import {FEATURES} from '../src/nlp/politeness/features.ts';
import {logit} from '../src/nlp/politeness/model.ts';
import {folds, isHeldApart, loadIntent, loadPoliteness, loadVerifiedIntent, politenessQuartiles} from './lib/data.ts';
import {fitLogistic} from './lib/logistic.ts';
import {textFeatures, toWeights} from './lib/politeness.ts';
import {count, fmt, prf} from './lib/metrics.ts';
import {COMMITMENT_EXECUTIVES, loadCommitmentSet} from './lib/commitment-set.ts';
import {bestThreshold, lineIsRequest, lineRequestFeatures, requestTrainingSet, toRequestWeights} from './lib/requests.ts';
import {REQUEST_FEATURES} from '../src/nlp/requests/detect.ts';
import {toneRates, type Rates} from './lib/tone-rates.ts';

const K = 10;

// Politeness: disjoint folds, each fold scored by weights fit without it. The score feeds no hint (docs/quality.md).
function politeness() {
  const items = politenessQuartiles(loadPoliteness());
  const data = items.map((it) => ({x: textFeatures(it.text), y: (it.label ? 1 : 0) as 0 | 1}));
  const pairs: Array<{gold: boolean; pred: boolean}> = [];
  for (const {train, test} of folds(data, K)) {
    const w = toWeights(fitLogistic(train, FEATURES.length));
    for (const d of test) pairs.push({gold: d.y === 1, pred: logit(d.x, w) > 0});
  }
  return {accuracy: prf(count(pairs)).accuracy, n: items.length};
}

/** Requests on the hand-verified intent sentences, by half: the shipped model is fit on the development half only. */
function verifiedRequests(held: boolean) {
  const items = loadVerifiedIntent().filter((it) => isHeldApart(it.id) === held);
  const pairs = items.map((it) => ({gold: it.label, pred: splitUserText(it.text).sentences.some((s) => s.info.request)}));
  return {...prf(count(pairs)), n: items.length};
}

// The original Parakweet labels (noisier: marketing imperatives "No", some promises "Yes"), 10 disjoint folds.
function intentFolds() {
  const items = loadIntent();
  const sentences = items.map((it) => lineRequestFeatures(it.text));
  const train = requestTrainingSet(items);
  const pairs: Array<{gold: boolean; pred: boolean}> = [];
  const indexed = items.map((it, i) => ({it, i}));
  for (const fold of folds(indexed, K)) {
    const w = toRequestWeights(fitLogistic(fold.train.map(({i}) => train[i] as (typeof train)[number]), REQUEST_FEATURES.length));
    const threshold = bestThreshold(fold.train.map(({it, i}) => ({sentences: sentences[i] ?? [], label: it.label})), w);
    for (const {it, i} of fold.test) pairs.push({gold: it.label, pred: lineIsRequest(sentences[i] ?? [], {...w, threshold})});
  }
  return {...prf(count(pairs)), n: items.length};
}

// Our own 179 sentences, written beside the detector: a development set, optimistic by construction.
function commitments() {
  const cases = loadCommitmentSet();
  let ownerRight = 0;
  const pairs = cases.map((c) => {
    const found = analyze({text: c.text, executiveNames: COMMITMENT_EXECUTIVES}).commitments[0];
    if (c.commitment && found && found.owner === c.owner) ownerRight++;
    return {gold: c.commitment, pred: found !== undefined};
  });
  const counts = count(pairs);
  return {...prf(counts), n: cases.length, ownerAccuracy: ownerRight / (counts.tp || 1)};
}

const tone = toneRates();
const result = {
  heldApart: {tone: tone.held, requests: verifiedRequests(true), politeness: politeness()},
  development: {tone: tone.dev, requests: verifiedRequests(false), intentFolds: intentFolds(), commitments: commitments()},
};

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const toneLine = (r: Rates) => `tone hints on the impolite quartile ${pct(r.impolite.share)} (${r.impolite.fired}/${r.impolite.total}), on the polite quartile ${pct(r.polite.share)} (${r.polite.fired}/${r.polite.total})`;
const prfLine = (r: {precision: number; recall: number; f1: number; n: number}) => `precision ${fmt(r.precision)}  recall ${fmt(r.recall)}  F1 ${fmt(r.f1)}  (${r.n} sentences)`;

if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  const {heldApart: h, development: d} = result;
  console.log('HELD APART (not fit on, not looked at while writing the rules)');
  console.log(`  tone         ${toneLine(h.tone)}  [Wikipedia politeness, held-apart half]`);
  console.log(`  requests     ${prfLine(h.requests)}  [hand-verified intent sentences, held-apart half]`);
  console.log(`  politeness   accuracy ${fmt(h.politeness.accuracy)} on ${h.politeness.n} Wikipedia requests (quartiles, ${K} disjoint folds); the score feeds no hint`);
  console.log('  real mail    judged by hand: see docs/quality.md (npm run review)');
  console.log('DEVELOPMENT (fit on or designed with: optimistic)');
  console.log(`  tone         ${toneLine(d.tone)}  [development half]`);
  console.log(`  requests     ${prfLine(d.requests)}  [verified intent, development half: the model is fit here]`);
  console.log(`  requests     ${prfLine(d.intentFolds)}  [original Parakweet labels, ${K} disjoint folds]`);
  console.log(`  commitments  precision ${fmt(d.commitments.precision)}  recall ${fmt(d.commitments.recall)}  owner ${fmt(d.commitments.ownerAccuracy)}  on our own ${d.commitments.n} sentences, written beside the detector`);
}
