// Fits the politeness model on the top and bottom quartiles of the Wikipedia requests and writes
// src/nlp/politeness/weights.json. Deterministic: running it twice writes the same file.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadPoliteness, politenessQuartiles, repoRoot} from './lib/data.ts';
import {fitLogistic} from './lib/logistic.ts';
import {textFeatures, toWeights} from './lib/politeness.ts';
import {FEATURES} from '../src/nlp/politeness/features.ts';

const items = politenessQuartiles(loadPoliteness());
const data = items.map((it) => ({x: textFeatures(it.text), y: (it.label ? 1 : 0) as 0 | 1}));
const weights = toWeights(fitLogistic(data, FEATURES.length));
const out = path.join(repoRoot, 'src/nlp/politeness/weights.json');
writeFileSync(out, `${JSON.stringify(weights, null, 2)}\n`);
console.log(`fit on ${data.length} requests (${data.filter((d) => d.y).length} polite); wrote ${path.relative(repoRoot, out)}`);
for (const [name, w] of Object.entries(weights.weights).sort((a, b) => b[1] - a[1])) console.log(`${w.toFixed(3).padStart(8)}  ${name}`);
