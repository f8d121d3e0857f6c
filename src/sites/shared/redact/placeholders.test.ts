import {describe, expect, it} from 'vitest';
import {Placeholders} from './placeholders.ts';

const fresh = (...avoid: string[]) => new Placeholders(new Set(avoid));

describe('placeholders', () => {
  it('keep the shape: case, length, digits, punctuation and whitespace', () => {
    const out = fresh().text('Hi Dana, call 555-0142 at 9:30!\n— Sam');
    expect(out).toMatch(/^[A-Z][a-z] [A-Z][a-z]{3}, [a-z]{4} \d{3}-0\d{3} [a-z]{2} \d:\d{2}!\n— [A-Z][a-z]{2}$/);
    expect(out).not.toContain('Dana');
  });

  it('give a word the same placeholder wherever it appears, whatever its case', () => {
    const placeholders = fresh();
    const [name, address, shout] = ['Dana', 'dana@northwind.example', 'DANA'].map((text) => placeholders.text(text));
    expect(address!.split('@')[0]).toBe(name!.toLowerCase());
    expect(shout).toBe(name!.toUpperCase());
    expect(placeholders.text('Whitfield')).not.toBe(placeholders.text('Northwind'));
  });

  it('never spell a word of the page, even inside a longer placeholder', () => {
    // A fifth of all three-letter stretches are words of this "page" (those ending in a to e): a random nine-letter
    // placeholder would spell one four times in five; these must step around all of them.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const avoid = new Set<string>();
    for (const a of letters) for (const b of letters) for (const c of 'abcde') avoid.add(a + b + c);
    const placeholders = new Placeholders(avoid);
    for (const word of ['Sam', 'Priya', 'Northwind', 'Whitfield']) {
      const out = placeholders.text(word).toLowerCase();
      for (let start = 0; start + 3 <= out.length; start++) expect(avoid.has(out.slice(start, start + 3)), out).toBe(false);
    }
  });

  it('write each script in its own letters, so widths and direction survive', () => {
    const placeholders = fresh();
    expect(placeholders.text('Ελένη')).toMatch(/^\p{Script=Greek}{5}$/u);
    expect(placeholders.text('Ελένη')[0]).toBe(placeholders.text('Ελένη')[0]!.toUpperCase());
    expect(placeholders.text('Пётр')).toMatch(/^\p{Script=Cyrillic}{4}$/u);
    expect(placeholders.text('שלום')).toMatch(/^\p{Script=Hebrew}{4}$/u);
    expect(placeholders.text('مرحبا')).toMatch(/^\p{Script=Arabic}{5}$/u);
    expect(placeholders.text('会議室')).toMatch(/^\p{Script=Han}{3}$/u);
    expect(placeholders.text('こんにちは')).toMatch(/^\p{Script=Hiragana}{5}$/u);
    expect(placeholders.text('한국어')).toMatch(/^\p{Script=Hangul}{3}$/u);
  });

  it('replace emoji and other symbols, keeping their UTF-16 length, and keep invisible formatting', () => {
    const out = fresh().text('Go 🎉 ©\u200D\u202Ax\u202C ❤️');
    expect(out).toHaveLength('Go 🎉 ©\u200D\u202Ax\u202C ❤️'.length);
    expect(out).not.toMatch(/[🎉©❤]/u);
    expect(out).toContain('\u200D\u202A');
    expect(out.endsWith('\uFE0F')).toBe(true); // the variation selector stays, on its stand-in
  });

  it('keep a leading zero and only then', () => {
    const placeholders = fresh();
    expect(placeholders.text('0930')).toMatch(/^0\d{3}$/);
    expect(placeholders.text('2026')).toMatch(/^[1-9]\d{3}$/);
    expect(placeholders.text('2026')).not.toBe('2026');
  });

  it('are the same for the same page, drawn in order of first appearance', () => {
    const run = () => {
      const placeholders = fresh('dana');
      return ['Dana Whitfield', 'Q4 plan', 'Dana'].map((text) => placeholders.text(text));
    };
    expect(run()).toEqual(run());
  });
});
