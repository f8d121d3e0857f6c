// Writes src/locales/en/rules.json from the rules (scripts/lib/rules-catalog.ts says why).
import {writeFileSync} from 'node:fs';
import {rules} from '../src/nlp/index.ts';
import {catalogText, rulesCatalog} from './lib/rules-catalog.ts';

const path = new URL('../src/locales/en/rules.json', import.meta.url);
writeFileSync(path, catalogText(rulesCatalog(rules)));
console.log(`wrote ${path.pathname}`);
