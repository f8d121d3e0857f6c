import {describe, expect, it} from 'vitest';
import {entries, lexicon} from './entry.ts';
import * as tone from './tone.ts';

describe('word lists as data', () => {
  it('find the entry a match belongs to, whatever its case, apostrophe or spacing', () => {
    const list = lexicon([...entries('stock', ["i'm so sorry"]), {phrase: 'going forward', note: 'stock', alternatives: ['From now on'], aim: 'owed'}]);
    const text = 'I’m  SO sorry. Going forward, please copy me.';
    const found = [...text.matchAll(list.pattern)].map((match) => list.entryOf(match[0]));
    expect(found.map((entry) => entry?.phrase)).toEqual(["i'm so sorry", 'going forward']);
    expect(found[1]).toMatchObject({alternatives: ['From now on'], aim: 'owed'});
  });

  it('refuse a phrase listed twice (it would make one of the two entries unreachable)', () => {
    expect(() => lexicon(entries('a', ['per my last email', 'Per my  last email']))).toThrow(/twice/);
  });

  it('give every tone entry a reason, and replacements that can stand at the start of a sentence', () => {
    const lists = Object.values(tone).filter((value) => Array.isArray(value) && typeof value[0] === 'object');
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const list of lists as Array<Array<{phrase: string; note: string; alternatives?: string[]}>>) {
      lexicon(list); // no duplicates
      for (const entry of list) {
        expect(entry.note.length, entry.phrase).toBeGreaterThan(10);
        expect(entry.phrase, 'lower case').toBe(entry.phrase.toLowerCase());
        for (const alternative of entry.alternatives ?? []) expect(alternative[0], alternative).toBe(alternative[0]!.toUpperCase());
      }
    }
  });

  it('mark the judgements that need a target, and only those', () => {
    const needs = tone.harshWords.filter((entry) => entry.needsTarget).map((entry) => entry.phrase);
    expect(needs).toContain('lazy');
    expect(needs).not.toContain('you messed up');
  });
});
