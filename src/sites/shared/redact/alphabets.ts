// Which letters stand in for a letter of each script. A placeholder keeps the script of what it replaces, so a
// Japanese or Arabic capture keeps its widths and its writing direction; scripts not listed get Latin letters.
// Every alphabet is of one case (lower, where the script has case) and in the Basic Multilingual Plane.

const lettersOf = (text: string): readonly string[] => [...text];
const codePoints = (from: number, to: number): readonly string[] =>
  Array.from({length: to - from + 1}, (_, index) => String.fromCodePoint(from + index));

const LATIN = lettersOf('abcdefghijklmnopqrstuvwxyz');

const BY_SCRIPT: ReadonlyArray<{script: RegExp; letters: readonly string[]}> = [
  {script: /\p{Script=Greek}/u, letters: lettersOf('αβγδεζηθικλμνξοπρστυφχψω')},
  {script: /\p{Script=Cyrillic}/u, letters: lettersOf('абвгдежзиклмнопрстуфхцчшэюя')},
  {script: /\p{Script=Hebrew}/u, letters: lettersOf('אבגדהוזחטיכלמנסעפצקרשת')},
  {script: /\p{Script=Arabic}/u, letters: lettersOf('ابتثجحخدذرزسشصضطظعغفقكلمنهوي')},
  {script: /\p{Script=Hiragana}/u, letters: codePoints(0x3042, 0x3093)},
  {script: /\p{Script=Katakana}/u, letters: codePoints(0x30a2, 0x30f3)},
  // The first 512 unified ideographs are enough to look like a Chinese or Japanese name or title.
  {script: /\p{Script=Han}/u, letters: codePoints(0x4e00, 0x4fff)},
  {script: /\p{Script=Hangul}/u, letters: codePoints(0xac00, 0xadff)},
];

/** The letters a placeholder for `character` (one code point) draws from. */
export function alphabetFor(character: string): readonly string[] {
  if (character < '\u0370') return LATIN; // the common case, without a regular-expression test
  return BY_SCRIPT.find((entry) => entry.script.test(character))?.letters ?? LATIN;
}
