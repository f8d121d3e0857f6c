// Cheap, linear text helpers shared by the draft, the lexicon rules and the detectors.
// Every regular expression here is a flat alternation or a bounded class: no nested quantifiers, so no
// catastrophic backtracking on hostile input (property-tested in engine.property.test.ts).
import type {Place} from './hint.ts';

export type Token = {text: string; lower: string; start: number; end: number};

// Letters, digits, apostrophes inside words ("don't", "Q3", "e-mail" counts as two tokens).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Word tokens of `text`, offsets relative to `text`, lower-cased with straight apostrophes. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({text: m[0], lower: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length});
  }
  return tokens;
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Lower case, straight apostrophes and collapsed spaces: the key used for phrase matching and fingerprints. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive regular expression for a phrase list, with word boundaries that understand Unicode
 * letters and both apostrophes. Longest phrases first so "per my last email" wins over "per my".
 */
export function phraseRegExp(phrases: readonly string[]): RegExp {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export type PhraseMatch = {text: string; place: Place};

/** Matches of `re` in `text`, shifted by `offset` so places point into the original draft. */
export function matchAll(re: RegExp, text: string, offset: number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    found.push({text: m[0], place: {start: offset + m.index, end: offset + m.index + m[0].length}});
  }
  return found;
}

/** FNV-1a 32-bit: a small stable hash for fingerprints (not for security). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
