import {describe, expect, it, vi} from 'vitest';
import {receivePiece, takeWhole} from '../../src/background/import-staging.ts';
import {importInPieces} from '../../src/options/import-in-pieces.ts';

const sent = vi.hoisted(() => [] as Array<{name: string; size: number}>);
// The background's side, in-process: pieces are staged as the real handler stages them.
vi.mock('../../src/shared/send.ts', () => ({
  send: async (name: string, request: {importId: string; index: number; text: string; pieces: number}) => {
    sent.push({name, size: JSON.stringify(request).length});
    if (name === 'data/importPiece') return {received: receivePiece(request.importId, request.index, request.text)};
    return {counts: {whole: takeWhole(request.importId, request.pieces).length}};
  },
}));

// The options page's import against the background's staging: pieces, commit, whole text.
describe('importInPieces', () => {
  it('sends the file as pieces then a commit, and the background gets it back whole', async () => {
    const text = JSON.stringify({format: 'rapport-export', body: '😀'.repeat(5_000)});
    expect(await importInPieces(text, 1_000)).toEqual({whole: text.length});
    expect(sent.filter((message) => message.name === 'data/importPiece').length).toBeGreaterThanOrEqual(Math.ceil(text.length / 1_000));
    expect(sent.at(-1)?.name).toBe('data/importCommit');
    expect(Math.max(...sent.map((message) => message.size))).toBeLessThan(1_200);
  });
});
