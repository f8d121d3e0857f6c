// The false-positive net (clean mail gets no tone hint) and golden flagged drafts.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyze, hintToString} from './index.ts';
import type {DraftInput} from './index.ts';

const root = path.resolve(import.meta.dirname, '../../tests/fixtures/drafts');
// Same convention as scripts/lib/fixture.ts, repeated so src/nlp imports nothing from outside itself.
function parseDraftFile(content: string): DraftInput {
  if (!content.startsWith('#! ')) return {text: content};
  const nl = content.indexOf('\n');
  return {...(JSON.parse(content.slice(3, nl)) as Partial<DraftInput>), text: content.slice(nl + 1)};
}
const list = (dir: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));

describe('clean drafts', () => {
  it.each(list('clean'))('%s yields no tone hint', (file) => {
    const input = parseDraftFile(readFileSync(path.join(root, 'clean', file), 'utf8'));
    expect(analyze(input).hints.filter((n) => n.type === 'tone').map(hintToString)).toEqual([]);
  });
});

describe('flagged drafts', () => {
  it.each(list('flagged'))('%s matches its golden hints', (file) => {
    const input = parseDraftFile(readFileSync(path.join(root, 'flagged', file), 'utf8'));
    const expected = readFileSync(path.join(root, 'flagged', file.replace(/\.txt$/, '.expected.txt')), 'utf8').split('\n').filter(Boolean);
    expect(analyze(input).hints.map(hintToString)).toEqual(expected);
  });
});
