// Runs of capital words in a sentence and the tests that tell shouting from acronyms, names, labels and headings.
import type {Place} from '../../hint.ts';
import type {Token} from '../../text.ts';

export type CapitalRun = {start: number; end: number; tokens: Token[]; label: boolean};

const CAPITAL_WORD = /^\p{Lu}[\p{Lu}'’]*$/u;
// Words that carry a raised voice when capitalised: pronouns, negations, modals and intensifiers. Nouns and
// adjectives in capitals are far more often names, labels or acronyms ("FINAL", "GAS", "NORTH AMERICA").
const EMPHATIC = new Set(('ME MY MINE YOU YOUR YOURS WE US OUR THIS THAT THESE THOSE IT NOT NO NEVER NOTHING NOBODY NONE ' +
  "DON'T DOESN'T DIDN'T WON'T CAN'T CANNOT ISN'T AREN'T WASN'T SHOULDN'T MUST NEED NEEDS HAVE HAS HAD DO DOES DID " +
  'IS ARE WAS WERE BE WILL SHOULD CAN NOW TODAY IMMEDIATELY ALWAYS EVERY ALL ONLY VERY REALLY SO TOO EVER ' +
  'PLEASE STOP WHY WHAT URGENT AGAIN SERIOUSLY ABSOLUTELY MUCH').split(' '));
// Warmth too: "We look forward to seeing YOU there!!!", "See you at the party!!" invite, they do not scold.
// And affection and joy: "I LOVE YOU!", "I miss YOU!", "YOUR ALIVE..!!!", "IT IS ON".
const THANKS_OR_PRAISE = /\b(?:thank|thanks|thx|congrat\w*|well done|great job|good job|bravo|welcome|happy|good luck|cheers|kudos|hooray|yay|wow|merry|best wishes|look(?:ing)? forward|see you|fun|enjoy|party|celebrat\w*|love|miss (?:you|u|ya)|alive|awesome|it is on|woo+|whoo+)\b/i;

/** Capital words side by side; a word joined by a hyphen to another ("E-MAIL", "CO-OP") is part of a word, not a shout. */
export function capitalRuns(text: string, tokens: Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let open: CapitalRun | undefined;
  for (const t of tokens) {
    const hyphenated = text[t.start - 1] === '-' || text[t.end] === '-' || text[t.start - 1] === '/' || text[t.end] === '/';
    const capital = CAPITAL_WORD.test(t.text) && (t.text.length >= 2 || t.text === 'I' && open !== undefined) && !hyphenated;
    const gap = open ? text.slice(open.end, t.start) : '';
    if (capital && open && /^[\s,'’]*$/.test(gap)) {
      open.end = t.end;
      open.tokens.push(t);
    } else if (capital || t.text === 'I' && /^\p{Lu}{2,}/u.test(text.slice(t.end).trimStart())) {
      runs.push((open = {start: t.start, end: t.end, tokens: [t], label: false}));
    } else {
      open = undefined;
    }
  }
  for (const run of runs) run.label = /^\s*:/.test(text.slice(run.end)); // "NOTE:", "DEAL NUMBER:"
  return runs;
}

// Alone in lower-case prose, a capital word raises the voice when it points at a person or makes an absolute ("MY
// preference", "YOU decide", "MUST be met"); "NOT", "DOES" or "IS" alone stress a fact or are a query operator.
// Not the writer's own "ME", "WE", "MINE" (self-mockery or contrast: "his favorite son (ME)", "call ME first"), a time
// ("NOW", "TODAY", "RIGHT NOW") that stresses a real deadline, or the writer's "I NEVER make plans": 0 of 13 such
// hints were judged right on real mail, against 3 of 6 for "YOU", "MY" and "MUST" (docs/quality.md).
const EMPHATIC_ALONE = new Set('MY YOU YOUR YOURS OUR MUST URGENT'.split(' '));

/**
 * A capital word that raises the voice. Alone or in a pair ("DOES NOT", "NOT, I") only the pointed words count;
 * in a longer run any pronoun, negation or modal does. "US" alone or in a pair is the country.
 */
export function isEmphatic(word: string, runLength: number): boolean {
  const w = word.replace(/’/g, "'");
  // "US" alone or beside another short capital word ("EOL US") is the country, not "us".
  if (runLength <= 2) return EMPHATIC_ALONE.has(w) && w !== 'US';
  return EMPHATIC.has(w);
}

export function isThanksOrPraise(text: string): boolean {
  return THANKS_OR_PRAISE.test(text);
}

/** A line on its own that ends without a full stop ("PROJECT UPDATE", "AGENDA:"): a heading or label, not a voice. */
export function isHeadingOrLabel(text: string, place: Place): boolean {
  const own = text.slice(place.start, place.end).trim();
  if (/:$/.test(own)) return true;
  // Only the characters next to the sentence are looked at, so a 1 MB line costs no more than a short one.
  const before = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, place.start - 40), place.start));
  const after = /^[ \t\r]*(?:\n|$)/.test(text.slice(place.end, place.end + 40));
  const words = own.split(/\s+/).length;
  // "PROJECT UPDATE", and a short capital line even with a stop: "PLEASE READ." heads a forward.
  // A heading names a thing; "I NEED THIS TODAY." on its own line speaks to someone.
  const speaks = /\b(?:I|ME|MY|YOU|YOUR|WE|OUR|US)\b/.test(own);
  return before && after && (!/[.!?]$/.test(own) && words <= 8 || words <= 3 || !speaks && !/[!?]$/.test(own) && words <= 8);
}

/** Capital and small letters of a sentence, counted once per sentence text (the caller memoises it). */
export function letterCase(text: string): {upper: number; lower: number} {
  return {upper: text.match(/\p{Lu}/gu)?.length ?? 0, lower: text.match(/\p{Ll}/gu)?.length ?? 0};
}

/** Most of the writer's letters are capitals: the mail was typed with caps lock on. */
export function mostlyCapitals(counts: Array<{upper: number; lower: number}>): boolean {
  let upper = 0;
  let lower = 0;
  for (const c of counts) {
    upper += c.upper;
    lower += c.lower;
  }
  return upper + lower >= 40 && upper / (upper + lower) > 0.7;
}
