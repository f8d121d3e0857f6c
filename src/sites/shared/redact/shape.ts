// The shape of a text, as a placeholder must keep it: runs of letters (with their combining marks), runs of
// digits, characters that carry no content and are kept as they are (whitespace, punctuation, ASCII symbols,
// invisible formatting such as bidi marks and joiners), and any other symbol (emoji, ©, ☰), replaced one by one.

export type Piece =
  | {kind: 'word'; text: string}
  | {kind: 'digits'; text: string}
  | {kind: 'kept'; text: string}
  | {kind: 'symbol'; text: string};

const ASCII_SYMBOLS = '\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e';
const PIECE = new RegExp(`([\\p{L}\\p{M}]+)|(\\p{Nd}+)|([\\s\\p{Z}\\p{P}\\p{Cf}\\p{Cc}${ASCII_SYMBOLS}]+)|([^])`, 'gu');

/** The pieces of `text`, in order; joined, they give `text` back. */
export function* piecesOf(text: string): Generator<Piece> {
  for (const [, word, digits, kept, symbol] of text.matchAll(PIECE)) {
    if (word !== undefined) yield {kind: 'word', text: word};
    else if (digits !== undefined) yield {kind: 'digits', text: digits};
    else if (kept !== undefined) yield {kind: 'kept', text: kept};
    else yield {kind: 'symbol', text: symbol!};
  }
}

/** Every run of letters in `text`, lower-cased: the words a placeholder must never spell. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const piece of piecesOf(text)) if (piece.kind === 'word') words.push(piece.text.toLowerCase());
  return words;
}

/** A symbol's stand-in, as long in UTF-16 as the symbol (an emoji outside the BMP takes two units). */
export const symbolPlaceholder = (symbol: string) => (symbol.length > 1 ? '\u{1F533}' : '\u25A1');

const UPPER = /[\p{Lu}\p{Lt}]/u;
export const isUpperCase = (character: string) => UPPER.test(character);

/** Variation selectors pick an emoji's or a glyph's presentation: no content, kept where they stand. */
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
export const isVariationSelector = (character: string) => VARIATION_SELECTOR.test(character);
