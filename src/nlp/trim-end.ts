// Trimming a run of characters off the end of a text by hand. `text.replace(/[set]+$/, '')` looks linear but is not:
// the search starts at every character of a long run of the set and scans to the run's end before `$` fails, so
// 10,000 dots followed by a letter cost 50 million steps (tests/unit/linear-patterns.test.ts). Walking back from the
// end reads each character once.

/**
 * `text` without the run at its end of characters that `oneCharacter` matches: what `text.replace(/[set]+$/, '')`
 * returns when `oneCharacter` is `/[set]/`. Read one UTF-16 code unit at a time, as a pattern without the u flag is.
 */
export function trimEndMatching(text: string, oneCharacter: RegExp): string {
  if (oneCharacter.global || oneCharacter.sticky || oneCharacter.unicode) throw new Error('trimEndMatching takes a one-character class without the g, y or u flag');
  let end = text.length;
  while (end > 0 && oneCharacter.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
