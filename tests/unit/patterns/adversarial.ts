// Inputs that make a backtracking pattern slow: long runs of the pattern's own characters and words, alone, in
// pairs and triples, ending on a character that spoils the match (the classic trigger), plus runs everyone knows.

/** Characters every pattern meets in mail: spaces, line breaks, letters, digits, the punctuation of addresses. */
const COMMON = [' ', '\n', '\t', 'a', 'Z', '0', '.', '@', ',', '-', '_', "'", '’', 'é', '日', '!', '?', ':', '/'];

/** The characters a pattern is written with, and those of mail: the ones its quantifiers and classes meet. */
export function alphabetOf(regex: RegExp): string[] {
  return [...new Set([...regex.source.replace(/\\[a-zA-Z]/g, ''), ...COMMON])];
}

/** Words in a pattern ("could", "you"): an alternation of phrases backtracks on runs of its own words. */
export function wordsOf(regex: RegExp): string[] {
  return [...new Set(regex.source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 60);
}

/** The units of the runs the security review used ("a@" repeated), and their cousins: repeated to any length. */
export const KNOWN_BAD: readonly string[] = [
  'a@', ' ', '...', 'a', '\n', 'a.', 'a ', '1', '- ', 'Aa,', ' \n', '?', '!', 'a\t', 'A', 'www.', 'http://', ':', '1:', 'a@a.',
  'a-', 'a. ', '1 ', 'I ', 'the ', '\u00a0',
];

/** `unit` repeated to about `length` characters, then `tail`. */
export function run(unit: string, length: number, tail = ''): string {
  return unit.repeat(Math.max(1, Math.ceil(length / Math.max(1, unit.length)))) + tail;
}
