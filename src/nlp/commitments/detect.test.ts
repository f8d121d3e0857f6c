import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze} from '../index.ts';

// The labelled set is for measuring (npm run eval); here it guards against regressions with a floor, not per line.
const file = path.resolve(import.meta.dirname, '../../../tests/fixtures/commitments/sentences.tsv');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
const executiveNames = ['Jane Doe', 'jane.doe@northwind.example'];

describe('commitment detection', () => {
  it('keeps precision and recall above 0.9 on the labelled set', () => {
    let tp = 0, fp = 0, fn = 0;
    for (const [label, , , text] of cases) {
      const found = analyze({text: text as string, executiveNames}).commitments.length > 0;
      if (found && label === 'yes') tp++;
      else if (found) fp++;
      else if (label === 'yes') fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThan(0.9);
    expect(tp / (tp + fn)).toBeGreaterThan(0.9);
  });

  it('tells the writer, the executive and others apart', () => {
    const a = analyze({text: 'I’ll book the room. Jane will call you. Tom will send the invoice.', executiveNames});
    expect(a.commitments.map((c) => [c.owner, c.ownerName ?? null, c.action])).toEqual([
      ['me', null, 'book the room'], ['executive', 'Jane', 'call you'], ['other', 'Tom', 'send the invoice'],
    ]);
  });

  it('reads a he/she right after the executive as the executive, unless the name says otherwise', () => {
    const a = analyze({text: 'Jane is out until Monday. She’ll call you on Tuesday. He will send it.', executiveNames});
    expect(a.commitments.map((c) => [c.owner, c.ownerName])).toEqual([['executive', 'Jane'], ['other', 'He']]);
  });

  it('keeps requests and promises apart', () => {
    const a = analyze({text: 'Could you send me the deck? I’ll review it tonight.'});
    expect(a.requests.map((r) => r.text)).toEqual(['Could you send me the deck?']);
    expect(a.commitments.map((c) => c.text)).toEqual(['I’ll review it tonight.']);
  });
});
