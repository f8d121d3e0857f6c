// The rules are the one source of their English words; the catalog is made from them (scripts/lib/rules-catalog.ts).
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {rules} from '../../src/nlp/index.ts';
import {catalogText, rulesCatalog, templateEntry} from '../../scripts/lib/rules-catalog.ts';

describe('the English rules catalog', () => {
  it('is exactly what the rules say (after editing a rule, run `npm run catalog:rules`)', () => {
    const committed = readFileSync(new URL('../../src/locales/en/rules.json', import.meta.url), 'utf8');
    expect(committed).toBe(catalogText(rulesCatalog(rules)));
  });

  it('numbers a template\'s slots in order of appearance, once each', () => {
    expect(templateEntry('“{{actual}}” is {{tone}}; “{{actual}}” again')).toEqual({
      message: '“$ACTUAL$” is $TONE$; “$ACTUAL$” again',
      placeholders: {actual: {content: '$1'}, tone: {content: '$2'}},
    });
    expect(templateEntry('No slots.')).toEqual({message: 'No slots.'});
  });
});
