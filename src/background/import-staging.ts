// An export file arrives in pieces (one runtime message each, under Chrome's 64 MB cap) and is held here until the
// options page says it is whole; only then is it parsed, checked and written, in one transaction. Held in the
// worker's memory only: a worker stopped mid-import loses the pieces, and the commit says so instead of importing
// part of a file. One import at a time: a new one drops any other.
import {t} from '../shared/i18n.ts';
import {ImportError} from '../store/backup.ts';

// A page that died mid-import leaves pieces behind: they are dropped after this long without a new piece.
const ABANDONED_AFTER_MS = 5 * 60_000;
// 4 million characters a piece (text-chunks.ts): 2,000 pieces is an 8 GB file, far past anything real.
const MAX_PIECES = 2_000;

type Staged = {id: string; pieces: string[]; touchedAt: number};
let staged: Staged | null = null;

export function receivePiece(importId: string, index: number, text: string, now = Date.now()): number {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_PIECES || typeof text !== 'string') {
    throw new ImportError(t('background_importInterrupted'));
  }
  if (!staged || staged.id !== importId || now - staged.touchedAt > ABANDONED_AFTER_MS) staged = {id: importId, pieces: [], touchedAt: now};
  staged.pieces[index] = text;
  staged.touchedAt = now;
  return staged.pieces.length;
}

/** The whole text of an import, once every one of its `count` pieces has arrived; the pieces are let go. */
export function takeWhole(importId: string, count: number): string {
  const mine = staged?.id === importId ? staged : null;
  if (mine) staged = null;
  if (count === 0) return ''; // an empty file: parsing says it is not an export
  if (!mine || mine.pieces.length !== count || !Array.from({length: count}, (_, i) => i).every((i) => typeof mine.pieces[i] === 'string')) {
    throw new ImportError(t('background_importInterrupted'));
  }
  return mine.pieces.join('');
}
