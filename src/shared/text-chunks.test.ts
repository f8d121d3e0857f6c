import {describe, expect, it} from 'vitest';
import {CHUNK_CHARS, textChunks} from './text-chunks.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('textChunks', () => {
  it('cuts text into pieces of at most the size that join back to it', () => {
    const text = 'abcdefghij'.repeat(7) + 'xyz';
    const chunks = textChunks(text, 10);
    expect(chunks).toHaveLength(8);
    expect(chunks.every((chunk) => chunk.length <= 10)).toBe(true);
    expect(chunks.join('')).toBe(text);
    expect(textChunks('', 10)).toEqual([]);
    expect(textChunks('abc', 10)).toEqual(['abc']);
  });

  it('never splits an emoji across two pieces', () => {
    const text = 'ab😀cd😀😀e';
    for (const size of [2, 3, 4, 5]) {
      const chunks = textChunks(text, size);
      expect(chunks.join('')).toBe(text);
      for (const chunk of chunks) expect(LONE_SURROGATE.test(chunk)).toBe(false);
    }
  });

  it('keeps the biggest piece far under the 64 MB message cap, even when every character is escaped', () => {
    const worst = '\u0001'.repeat(CHUNK_CHARS);
    const [chunk] = textChunks(worst + 'tail');
    expect(JSON.stringify({text: chunk}).length).toBeLessThan(64 * 1024 * 1024 / 2);
  });

  it('cuts a 70 MB file into pieces each under the cap that join back exactly', () => {
    const text = `{"tables":${'x'.repeat(70 * 1024 * 1024)}}`;
    const chunks = textChunks(text);
    expect(chunks.length).toBe(Math.ceil(text.length / CHUNK_CHARS));
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBe(CHUNK_CHARS);
    expect(chunks.join('') === text).toBe(true);
  });
});
