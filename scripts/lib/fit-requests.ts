// Fits the request model on the development half of the hand-verified intent sentences and writes
// src/nlp/requests/weights.json, with the decision threshold that maximises F1 on the same training data. The
// held-apart half is never seen here: npm run eval scores it. Deterministic, like fit-politeness.ts.
// Run: npx tsx scripts/lib/fit-requests.ts (kept under lib/ until package.json gets a fit:requests script).
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {isHeldApart, loadVerifiedIntent, repoRoot} from './data.ts';
import {fitLogistic} from './logistic.ts';
import {bestThreshold, lineRequestFeatures, requestTrainingSet, toRequestWeights} from './requests.ts';
import {REQUEST_FEATURES} from '../../src/nlp/requests/detect.ts';

const items = loadVerifiedIntent().filter((it) => !isHeldApart(it.id));
const data = requestTrainingSet(items);
const fitted = toRequestWeights(fitLogistic(data, REQUEST_FEATURES.length));
const weights = {...fitted, threshold: bestThreshold(items.map((it) => ({sentences: lineRequestFeatures(it.text), label: it.label})), fitted)};
const out = path.join(repoRoot, 'src/nlp/requests/weights.json');
writeFileSync(out, `${JSON.stringify(weights, null, 2)}\n`);
console.log(`fit on ${data.length} sentences, threshold ${weights.threshold}; wrote ${path.relative(repoRoot, out)}`);
for (const [name, w] of Object.entries(weights.weights).sort((a, b) => b[1] - a[1])) console.log(`${w.toFixed(3).padStart(8)}  ${name}`);
