// Ids (Gmail's message, thread and draft ids, the text inside Calendar's event ids): the numbers and names in them
// are replaced, the format around them is kept, because code reads the format ("#msg-a:r-…", "thread-f:…",
// "<id>_20261126T150000Z", "tasks_…") and a fixture that lost it would test nothing.
import type {Placeholders} from './placeholders.ts';
import {piecesOf, symbolPlaceholder} from './shape.ts';

/** Words that are part of an id's format, not of anyone's data; kept wherever an id is redacted. */
export const ID_FORMAT_WORDS: ReadonlySet<string> = new Set(['msg', 'thread', 'tasks', 'bday']);

/** An id with its digits and words replaced; single letters (the "f" of "msg-f", the "T" of a time) and the
 * format words above kept. */
export function redactId(value: string, placeholders: Placeholders): string {
  let out = '';
  for (const piece of piecesOf(value)) {
    if (piece.kind === 'word') out += [...piece.text].length === 1 || ID_FORMAT_WORDS.has(piece.text.toLowerCase()) ? piece.text : placeholders.word(piece.text);
    else if (piece.kind === 'digits') out += placeholders.digits(piece.text);
    else if (piece.kind === 'kept') out += piece.text;
    else out += symbolPlaceholder(piece.text);
  }
  return out;
}

/** Element ids are the page's own hooks (#xDetDlg, ":r1") and are kept, unless one carries an address, words
 * with spaces, or a long number (a message id baked into an element id). */
const PERSONAL_ID = /[@\s]|\d{6,}/;

/** An element id, or one token of an attribute that refers to ids (for, aria-labelledby, a "#id" link). */
export function redactElementId(value: string, placeholders: Placeholders): string {
  return PERSONAL_ID.test(value) ? redactId(value, placeholders) : value;
}
