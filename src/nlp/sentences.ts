// A linear sentence splitter for mail. compromise splits well but costs a full parse; here we only need
// boundaries, which mail marks with punctuation, line breaks, greetings and bullets.
import type {Place} from './hint.ts';

export type SentenceSpan = {text: string; place: Place};

// Words whose trailing period is not a sentence end.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'a.m', 'p.m', 'inc', 'ltd',
  'co', 'corp', 'no', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'u.s',
  // "a conf. call to discuss", "Prop. Taxes", "ext. 203" (sixteenth and seventeenth development sheets).
  'conf', 'prop', 'ext', 'attn', 'asst', 'mgr', 'bldg', 'ave', 'blvd', 'govt', 'assoc',
]);
const MAX_SENTENCE = 600; // longer runs (tables, pasted logs) are cut at a space so per-sentence work stays bounded
const BULLET = /^(?:[-*•▪◦]\s|\d{1,2}[.)]\s)/;
const GREETING_LINE = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|morning|afternoon|evening)\b[^!?\n]{0,60}[,!:]?$/i;

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

function endsSentence(text: string, i: number): boolean {
  // text[i] is . ! or ?; it ends a sentence when followed by space (or end) and not an abbreviation.
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'”’)\]]/.test(next)) return false;
  if (text[i] !== '.') return true;
  let j = i - 1;
  while (j >= 0 && j > i - 12 && (isWordChar(text[j] as string) || text[j] === '.')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // initials: "J. Smith"
  return !ABBREVIATIONS.has(word);
}

function pushTrimmed(out: SentenceSpan[], text: string, from: number, to: number, base: number): void {
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  while (to - from > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
    if (cut <= from) cut = from + MAX_SENTENCE;
    out.push({text: text.slice(from, cut), place: {start: base + from, end: base + cut}});
    from = cut;
    while (from < to && /\s/.test(text[from] as string)) from++;
  }
  if (to > from) out.push({text: text.slice(from, to), place: {start: base + from, end: base + to}});
}

/** Sentences of one zone. `base` is the zone's offset in the original text. */
export function splitSentences(text: string, base = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      const rest = text.slice(i + 1, i + 80).replace(/^[ \t]+/, '');
      // A newline is a boundary unless the next line continues a hard-wrapped sentence in lower case.
      const continues = line !== '' && /^[a-z(]/.test(rest) && !GREETING_LINE.test(line) && !BULLET.test(rest);
      if (!continues) {
        pushTrimmed(out, text, from, i, base);
        from = i + 1;
      }
    } else if ((c === '.' || c === '!' || c === '?') && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && /[.!?"'”’)\]]/.test(text[end] as string)) end++;
      pushTrimmed(out, text, from, end, base);
      from = end;
      i = end - 1;
    }
  }
  pushTrimmed(out, text, from, text.length, base);
  return out;
}

export function isGreetingLine(text: string): boolean {
  return GREETING_LINE.test(text);
}
