// Same-shaped placeholders for one capture. A word gets the same placeholder wherever it appears (its text, a
// chip's data-hovercard-id, a hidden input "Name <address>"), so the capture keeps who-is-who structure without a
// single real letter. Placeholders are drawn in order of first appearance from a fixed-seed generator: the same
// page gives the same capture, and nothing about a placeholder depends on the word it replaces. (A placeholder
// derived from a hash of the word would let anyone holding the file confirm a guessed name by hashing it.)
import {alphabetFor} from './alphabets.ts';
import {isUpperCase, isVariationSelector, piecesOf, symbolPlaceholder} from './shape.ts';

const SEED = 0x52415050; // "RAPP"
/** Enough tries to step around every word of a large page; past them, the last candidate is taken. */
const TRIES = 64;
/** Words shorter than this are not words a reader can recognise, and too few to avoid them all. */
export const SHORTEST_WORD = 3;
/** Longer stretches are not checked: a random placeholder spells a given 13 letters once in 26^13 draws, and the
 * check stays linear on a page-long run of letters (Japanese has no spaces). */
const LONGEST_CHECKED = 12;

export class Placeholders {
  private readonly byWord = new Map<string, readonly string[]>();
  private readonly byDigits = new Map<string, string>();
  /** Every placeholder given, lower-cased: two different words never share one (as far as tries allow). */
  private readonly given = new Set<string>();
  private readonly longestAvoided: number;
  private state = SEED;

  /** `avoid`: every word (lower case) of the page being captured, so that no placeholder spells one of them. */
  constructor(private readonly avoid: ReadonlySet<string>) {
    let longest = 0;
    for (const word of avoid) longest = Math.max(longest, word.length);
    this.longestAvoided = Math.min(longest, LONGEST_CHECKED);
  }

  /** `value` with every letter, digit and symbol replaced; whitespace, punctuation and lengths kept. */
  text(value: string): string {
    let out = '';
    for (const piece of piecesOf(value)) {
      if (piece.kind === 'word') out += this.word(piece.text);
      else if (piece.kind === 'digits') out += this.digits(piece.text);
      else if (piece.kind === 'kept') out += piece.text;
      else out += symbolPlaceholder(piece.text);
    }
    return out;
  }

  /** The placeholder of one run of letters, in the case pattern of this occurrence. */
  word(run: string): string {
    const characters = [...run];
    const key = `${characters.length}:${run.toLowerCase()}`;
    let stand = this.byWord.get(key);
    if (!stand) {
      stand = this.draw(() => characters.map((character) => (isVariationSelector(character) ? character : this.pick(alphabetFor(character)))), run.toLowerCase());
      this.byWord.set(key, stand);
    }
    return characters.map((character, index) => (isUpperCase(character) ? stand[index]!.toUpperCase() : stand[index]!)).join('');
  }

  /** The placeholder of one run of digits: ASCII digits, the same count, a leading zero only where there was one. */
  digits(run: string): string {
    let stand = this.byDigits.get(run);
    if (stand === undefined) {
      const length = [...run].length;
      const leadingZero = run.startsWith('0');
      stand = this.draw(() => Array.from({length}, (_, index) => {
        if (index > 0 || length === 1) return String(this.next() % 10);
        return leadingZero ? '0' : String(1 + (this.next() % 9));
      }), run).join('');
      this.byDigits.set(run, stand);
    }
    return stand;
  }

  private draw(candidate: () => string[], original: string): string[] {
    let drawn = candidate();
    for (let tries = 1; tries < TRIES && !this.acceptable(drawn.join('').toLowerCase(), original); tries++) drawn = candidate();
    this.given.add(drawn.join('').toLowerCase());
    return drawn;
  }

  private acceptable(candidate: string, original: string): boolean {
    if (candidate === original || this.given.has(candidate)) return false;
    return !this.spellsAvoidedWord(candidate);
  }

  /** Whether any stretch of `candidate` (three letters or more) is a word of the page. */
  private spellsAvoidedWord(candidate: string): boolean {
    const characters = [...candidate];
    for (let start = 0; start < characters.length; start++) {
      let stretch = characters.slice(start, start + SHORTEST_WORD - 1).join('');
      for (let end = start + SHORTEST_WORD; end <= Math.min(characters.length, start + this.longestAvoided); end++) {
        stretch += characters[end - 1];
        if (this.avoid.has(stretch)) return true;
      }
    }
    return false;
  }

  private pick(letters: readonly string[]): string {
    return letters[this.next() % letters.length]!;
  }

  /** xorshift32: small, fast, and the same sequence on every machine. */
  private next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }
}
