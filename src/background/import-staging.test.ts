import {describe, expect, it} from 'vitest';
import {ImportError} from '../store/backup.ts';
import {receivePiece, takeWhole} from './import-staging.ts';

describe('import staging', () => {
  it('gives back the whole text once every piece arrived, in any order, and lets it go', () => {
    expect(receivePiece('a', 1, 'world')).toBe(2);
    receivePiece('a', 0, 'hello ');
    expect(takeWhole('a', 2)).toBe('hello world');
    expect(() => takeWhole('a', 2)).toThrow(ImportError);
  });

  it('refuses a commit when a piece is missing (a worker restarted mid-import), writing nothing', () => {
    receivePiece('b', 0, 'one');
    receivePiece('b', 2, 'three');
    expect(() => takeWhole('b', 3)).toThrow('interrupted');
    receivePiece('c', 0, 'only');
    expect(() => takeWhole('c', 2)).toThrow('interrupted');
  });

  it('drops an older import when a new one starts, and one abandoned for minutes', () => {
    receivePiece('old', 0, 'x', 0);
    receivePiece('new', 0, 'y', 1);
    expect(() => takeWhole('old', 1)).toThrow('interrupted');
    receivePiece('slow', 0, 'first', 0);
    receivePiece('slow', 1, 'second', 10 * 60_000);
    expect(() => takeWhole('slow', 2)).toThrow('interrupted');
  });

  it('refuses a piece index out of range, and takes an empty file as empty text', () => {
    expect(() => receivePiece('d', -1, 'x')).toThrow(ImportError);
    expect(() => receivePiece('d', 1e9, 'x')).toThrow(ImportError);
    expect(takeWhole('never-sent', 0)).toBe('');
  });
});
