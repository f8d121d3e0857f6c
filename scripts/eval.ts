// Scores the engine on the shared research data and on our own commitment set. Prints one table; `--json`
// prints the figures as JSON. Politeness uses disjoint folds: each fold is scored by weights fit without it.
import {analyze} from '../src/nlp/index.ts';
import {splitUserText} from '../src/nlp/draft.ts';
import {FEATURES} from '../src/nlp/politeness/features.ts';
import {logit} from '../src/nlp/politeness/model.ts';
import {folds, loadIntent, loadPoliteness, politenessQuartiles} from './lib/data.ts';
import {fitLogistic} from './lib/logistic.ts';
import {textFeatures, toWeights} from './lib/politeness.ts';
import {count, fmt, prf} from './lib/metrics.ts';
import {COMMITMENT_EXECUTIVES, loadCommitmentSet} from './lib/commitment-set.ts';
import {bestThreshold, lineIsRequest, lineRequestFeatures, requestTrainingSet, toRequestWeights} from './lib/requests.ts';
import {REQUEST_FEATURES} from '../src/nlp/requests/detect.ts';

const K = 10;

function politeness() {
  const items = politenessQuartiles(loadPoliteness());
  const data = items.map((it) => ({x: textFeatures(it.text), y: (it.label ? 1 : 0) as 0 | 1}));
  const pairs: Array<{gold: boolean; pred: boolean}> = [];
  for (const {train, test} of folds(data, K)) {
    const w = toWeights(fitLogistic(train, FEATURES.length));
    for (const d of test) pairs.push({gold: d.y === 1, pred: logit(d.x, w) > 0});
  }
  // Tone nudges on the polite quartile: how often the engine would nag someone who is already polite.
  const polite = items.filter((it) => it.label);
  const nagged = polite.filter((it) => analyze({text: it.text}).nudges.some((n) => n.type === 'tone'));
  return {accuracy: prf(count(pairs)).accuracy, n: items.length, toneOnPolite: nagged.length / (polite.length || 1)};
}

// Requests: the model is fit on this set, so each fold is scored by weights fit on the other folds.
function intent() {
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
  const shipped = items.map((it) => ({gold: it.label, pred: splitUserText(it.text).sentences.some((s) => s.info.request)}));
  return {...prf(count(pairs)), n: items.length, shippedInSampleF1: prf(count(shipped)).f1};
}

function commitments() {
  const cases = loadCommitmentSet();
  let ownerRight = 0;
  const pairs = cases.map((c) => {
    const found = analyze({text: c.text, executiveNames: COMMITMENT_EXECUTIVES}).commitments[0];
    if (c.commitment && found && found.owner === c.owner) ownerRight++;
    return {gold: c.commitment, pred: found !== undefined};
  });
  const counts = count(pairs);
  // The same sentences also carry request labels: request detection on our own kind of mail, not fit on it.
  const asks = prf(count(cases.map((c) => ({gold: c.request, pred: analyze({text: c.text}).requests.length > 0}))));
  return {...prf(counts), n: cases.length, ownerAccuracy: ownerRight / (counts.tp || 1), requests: asks};
}

const p = politeness();
const i = intent();
const c = commitments();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({politeness: p, intent: i, commitments: c}));
} else {
  console.log(`politeness  accuracy ${fmt(p.accuracy)} on ${p.n} Wikipedia requests (top/bottom quartiles, ${K} disjoint folds)`);
  console.log(`politeness  tone nudges on the polite quartile: ${(p.toneOnPolite * 100).toFixed(1)}%`);
  console.log(`requests    precision ${fmt(i.precision)}  recall ${fmt(i.recall)}  F1 ${fmt(i.f1)}  on ${i.n} intent sentences (${K} disjoint folds; shipped weights in-sample F1 ${fmt(i.shippedInSampleF1)})`);
  console.log(`requests    precision ${fmt(c.requests.precision)}  recall ${fmt(c.requests.recall)}  F1 ${fmt(c.requests.f1)}  on our own mail sentences (not fit on them)`);
  console.log(`commitments precision ${fmt(c.precision)}  recall ${fmt(c.recall)}  F1 ${fmt(c.f1)}  owner ${fmt(c.ownerAccuracy)}  on ${c.n} sentences`);
}
