import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {trimEndMatching} from './trim-end.ts';

describe('trimEndMatching', () => {
  const punctuation = /[\s,;:-]/;

  it('drops the run at the end only', () => {
    expect(trimEndMatching('send it by, - ', punctuation)).toBe('send it by');
    expect(trimEndMatching(' - a - ', punctuation)).toBe(' - a');
    expect(trimEndMatching('', punctuation)).toBe('');
    expect(trimEndMatching(' ,;', punctuation)).toBe('');
    expect(trimEndMatching('done', punctuation)).toBe('done');
  });

  it('counts every kind of white space that \\s does', () => {
    expect(trimEndMatching('a\u00a0\u2003\t\n\u3000\ufeff', /\s/)).toBe('a');
  });

  it('refuses a pattern whose flags would make it skip or misread characters', () => {
    expect(() => trimEndMatching('a.', /[.]/g)).toThrow();
    expect(() => trimEndMatching('a.', /[.]/u)).toThrow();
  });

  it('returns what replace(/[set]+$/) returns, for each set the analysis trims', () => {
    const sets = [/[\s,;:.!?)(-]/, /[\s,;:-]/, /[\W_]/, /[.!]/];
    const text = fc.array(fc.constantFrom('a', 'Z', '_', '9', ' ', '\n', '\u00a0', '.', '!', ',', ';', ':', '-', '(', ')', '?', 'é', '😀', '\ud83d'), {maxLength: 40}).map((units) => units.join(''));
    fc.assert(fc.property(text, fc.constantFrom(...sets), (input, set) => {
      expect(trimEndMatching(input, set)).toBe(input.replace(new RegExp(`${set.source}+$`), ''));
    }), {numRuns: 20_000, seed: 16});
  });

  it('trims 100,000 dots before a letter in a few milliseconds', () => {
    const text = `${'.'.repeat(100_000)}a${'.'.repeat(100_000)}`;
    const started = performance.now();
    expect(trimEndMatching(text, /[.!]/)).toBe(`${'.'.repeat(100_000)}a`);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
