// An export file goes to the background in pieces, each one runtime message under Chrome's 64 MB cap, then a
// commit: the background writes nothing until it has the whole file and has checked it.
import {send} from '../shared/send.ts';
import {CHUNK_CHARS, textChunks} from '../shared/text-chunks.ts';

export async function importInPieces(text: string, pieceChars = CHUNK_CHARS): Promise<Record<string, number>> {
  const importId = crypto.randomUUID();
  const pieces = textChunks(text, pieceChars);
  // One after another: the background holds each piece until the commit, and order costs nothing here.
  for (const [index, piece] of pieces.entries()) await send('data/importPiece', {importId, index, text: piece});
  const {counts} = await send('data/importCommit', {importId, pieces: pieces.length});
  return counts;
}
