// A word list as data, in the manner of retext's lists: each entry says what it matches, why it reads badly, what to
// say instead, and whether it needs a target ("lazy" is harsh said of a person or their work, not of a printer).
// A rule is then one of these lists plus a small matcher that decides, from the words around, whether the entry
// applies. Entries are lower case; "'" also matches the curly apostrophe; a space matches any run of spaces.
import {normalizeText, phraseRegExp} from '../text.ts';

/** Which words around a stock phrase make it a rebuke, for entries that are neutral in an announcement. */
export type Aim = 'reader' | 'owed';

export type LexiconEntry = {
  phrase: string;
  /** Why it reads badly, in a few words: for whoever keeps the list, and the review sheet. */
  note: string;
  /** Plain restatements, in sentence case, offered as one-click replacements. */
  alternatives?: readonly string[];
  /** Harsh only when aimed at a person or their work (a "you", "your …", "this is …"). */
  needsTarget?: boolean;
  /** A stock phrase that rebukes only when the sentence aims it at the reader, and how to tell. */
  aim?: Aim;
};

/** Entries sharing one note (and any other field): the lists are long, the reasons few. */
export const entries = (note: string, phrases: readonly string[], extra: Omit<Partial<LexiconEntry>, 'phrase' | 'note'> = {}): LexiconEntry[] =>
  phrases.map((phrase) => ({phrase, note, ...extra}));

export type Lexicon = {
  readonly entries: readonly LexiconEntry[];
  /** Every phrase of the list, longest first, as one linear regular expression. */
  readonly pattern: RegExp;
  /** The entry a matched text belongs to (matched case- and apostrophe-insensitively). */
  entryOf(text: string): LexiconEntry | undefined;
};

export function lexicon(list: readonly LexiconEntry[]): Lexicon {
  const byPhrase = new Map<string, LexiconEntry>();
  for (const entry of list) {
    const key = normalizeText(entry.phrase);
    if (byPhrase.has(key)) throw new Error(`Word list has "${entry.phrase}" twice`);
    byPhrase.set(key, entry);
  }
  return {entries: list, pattern: phraseRegExp(list.map((entry) => entry.phrase)), entryOf: (text) => byPhrase.get(normalizeText(text))};
}
