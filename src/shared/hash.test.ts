import {describe, expect, it} from 'vitest';
import {stableHash} from './hash.ts';

describe('stableHash', () => {
  it('is stable and fixed-length', () => {
    expect(stableHash('I will send the deck by Friday.')).toBe(stableHash('I will send the deck by Friday.'));
    expect(stableHash('')).toHaveLength(14);
  });
  it('tells apart 20,000 similar strings', () => {
    const seen = new Set(Array.from({length: 20_000}, (_, index) => stableHash(`#msg-a:r-${index}\u0000I'll send it`)));
    expect(seen.size).toBe(20_000);
  });
});
