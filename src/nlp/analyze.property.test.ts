// Never wrong in a dangerous way: whatever is pasted, the engine returns an analysis, quickly, without throwing,
// and every place it reports lies inside the text. `analyze` catches everything (a user's draft must never see an
// exception), so "it did not throw" proves nothing by itself: here the error logger fails the test, and a crash the
// engine swallowed is a failure like any other.
import {afterEach, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {createAnalyzer, type Analysis} from './index.ts';
import {analyzeWith} from './analyze.ts';
import type {DraftInput, AnalyzeOptions} from './types.ts';

const swallowed: unknown[] = [];
afterEach(() => {
  const errors = swallowed.splice(0);
  expect(errors, 'the engine caught and logged these').toEqual([]);
});
const analyze = (input: DraftInput, options?: AnalyzeOptions) => analyzeWith(input, options, {}, (error) => swallowed.push(error));

const pieces = fc.constantFrom(
  'Hi Dana,', 'Per my last email', 'I’ll send it by Friday EOD.', 'Could you review?', '!!!', 'URGENT NOW', '\n', '\n\n',
  '> quoted line', 'On Mon, 1 Jan 2024 at 10:00, A <a@b.c> wrote:', '-- ', '😀👍🏽', 'שלום עולם', 'مرحبا بالعالم', '&amp; &lt;b&gt;',
  '&#x1F600;', '\u202Eevil\u202C', '\u0000', 'e.g. Mr. J. Smith', '...', '?'.repeat(50), ' '.repeat(30), 'a'.repeat(700), 'ÀÉÎÕÜ',
);
const drafty = fc.array(fc.oneof(pieces, fc.string({unit: 'binary', maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 40})), {maxLength: 40}).map((p) => p.join(' '));

function checkPlaces(text: string, a: Analysis): void {
  for (const p of [...a.hints.map((n) => n.place), ...a.commitments.map((c) => c.place), ...a.requests.map((r) => r.place)]) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeLessThanOrEqual(text.length);
    expect(p.start).toBeLessThanOrEqual(p.end);
  }
  expect(a.politeness.score).toBeGreaterThanOrEqual(-1);
  expect(a.politeness.score).toBeLessThanOrEqual(1);
}

describe('analysis never throws', () => {
  it('and what it swallows reaches the logger (so the checks below can see it)', () => {
    const seen: unknown[] = [];
    analyzeWith({text: 'I will send it.'}, {disabledRules: 5 as unknown as string[]}, {}, (error) => seen.push(error));
    expect(seen).toHaveLength(1);
  });

  it('on random Unicode, emoji, right-to-left text and entities', () => {
    fc.assert(fc.property(drafty, fc.constantFrom<Array<'executive' | 'external' | 'internal'>>([], ['executive'], ['external']), (text, tiers) => {
      const a = analyze({text, recipients: tiers.map((tier) => ({email: 'x@y.z', tier})), lastReceived: {text}, executiveNames: ['Dana']});
      checkPlaces(text, a);
    }), {numRuns: 300});
  });

  it('on empty and malformed input', () => {
    expect(analyze({text: ''}).hints).toEqual([]);
    expect(() => analyze({text: null as unknown as string})).not.toThrow();
    expect(() => analyze({text: 'I’ll send it Friday.', sentAt: 'not a date', timeZone: 'Mars/Base', workingHours: {start: 'x', end: 'y', days: []}})).not.toThrow();
    expect(() => analyze(undefined as unknown as {text: string})).not.toThrow();
  });

  it('on a 1 MB paste, in linear time', () => {
    const unit = 'Hi Tom, I’ll send the deck by Friday. Could you book room 4B? Per my last email, THIS IS LATE!! ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const a = createAnalyzer((error) => swallowed.push(error)).analyze({text});
    expect(performance.now() - t0).toBeLessThan(5000);
    checkPlaces(text, a);
  }, 20_000);

  it('on pathological runs that would make a backtracking regex hang', () => {
    for (const s of ['A '.repeat(50_000), 'On '.repeat(30_000), '-'.repeat(100_000), 'I’ll '.repeat(20_000), `${'x'.repeat(100_000)}!`]) {
      const t0 = performance.now();
      analyze({text: s, recipients: [{email: 'a@b.c', tier: 'external'}]});
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  }, 30_000);
});
