// A file's text cut into pieces small enough for one runtime message each. Chrome refuses a message over 64 MB of
// serialised JSON, and a character can take up to 6 bytes there (a control character escaped as \u0000), so a piece
// of 4 million characters stays under 24 MB whatever the text holds.
export const CHUNK_CHARS = 4_000_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Consecutive pieces of at most `size` characters that join back to `text`. A cut never falls inside a surrogate
 * pair (an emoji): a lone half would not survive the message's UTF-8 and would come back as U+FFFD.
 */
export function textChunks(text: string, size = CHUNK_CHARS): string[] {
  if (size < 2) throw new RangeError('a chunk holds at least 2 characters');
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
