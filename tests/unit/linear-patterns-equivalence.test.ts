// The patterns rewritten to run in linear time (linear-patterns.test.ts) must answer as the quadratic ones did. Each
// old pattern is kept here, and compared with the one now in the source on random strings built from the characters
// and words each pattern is about, and on every line and sentence of the real drafts and documents in this
// repository. The trailing-run patterns replaced by trimEndMatching are compared in src/nlp/trim-end.test.ts.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {literalPatterns} from './patterns/collect.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = 15_000;

/** The one pattern written in `file` whose text contains `snippet`: the pattern the source uses today. */
function patternIn(file: string, snippet: string): RegExp {
  const found = literalPatterns(join(ROOT, file)).filter(({regex}) => regex.source.includes(snippet));
  expect(found, `${file}: one pattern with ${snippet}`).toHaveLength(1);
  return found[0]!.regex;
}

/** Lines, and the same text cut into pieces of a few lines, of the drafts and documents in the repository. */
function realStrings(): string[] {
  const files = [
    ...['clean', 'flagged'].flatMap((folder) => readdirSync(join(ROOT, 'tests/fixtures/drafts', folder)).map((name) => join(ROOT, 'tests/fixtures/drafts', folder, name))),
    ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join(ROOT, 'docs', name)),
    join(ROOT, 'README.md'), join(ROOT, 'PRIVACY.md'),
  ];
  return files.flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const pieces = lines.map((_line, at) => lines.slice(at, at + 4).join('\n'));
    return [...lines, ...pieces];
  });
}

const REAL = realStrings();

/** Strings of 0–`max` pieces: the pattern's own characters and words, and the characters of mail. */
const stringsOf = (pieces: string[], max = 30) => fc.array(fc.constantFrom(...pieces), {maxLength: max}).map((parts) => parts.join(''));
const COMMON = [' ', '  ', '\n', '\r\n', '\t', '\u00a0', 'a', 'Z', 'e', '0', '7', '.', ',', ';', ':', '-', '_', '!', '?', '@', '+', '/', '(', ')', '"', "'", 'é', 'É', '日'];

type Answer = (regex: RegExp, text: string) => unknown;
/** Every match, where it starts and what it takes. */
const allMatches: Answer = (regex, text) => [...text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))].map((m) => [m.index, m[0]]);
/** Where each match ends (its start may differ: a count that reads only how many, and which lines, is unchanged). */
const matchEnds: Answer = (regex, text) => [...text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))].map((m) => m.index + m[0].length);
const firstMatch: Answer = (regex, text) => {
  const m = new RegExp(regex.source, regex.flags.replace('g', '')).exec(text);
  return m && [m.index, m[0]];
};
const matches: Answer = (regex, text) => new RegExp(regex.source, regex.flags.replace('g', '')).test(text);

function expectSameAnswers(old: RegExp, now: RegExp, answer: Answer, random: fc.Arbitrary<string>, real = REAL): void {
  expect(now.source, 'the source no longer has the old pattern').not.toBe(old.source);
  for (const text of real) expect(answer(now, text), JSON.stringify(text)).toEqual(answer(old, text));
  fc.assert(fc.property(random, (text) => {
    expect(answer(now, text)).toEqual(answer(old, text));
  }), {numRuns: RUNS, seed: 16});
}

describe('each rewritten pattern answers as the quadratic one did', () => {
  it('bulk.ts: a form field of a system notice (same lines, same match ends)', () => {
    const old = /^\s*\p{Lu}[\p{L}#.'/-]*(?:\s\p{Lu}[\p{L}#.'/-]*){0,4}\s{0,2}:\s?\S.{0,60}$/gmu;
    const now = patternIn('src/nlp/bulk.ts', String.raw`(?:\s\p{Lu}[\p{L}#.'/-]*){0,4}\s{0,2}:\s?\S`);
    expectSameAnswers(old, now, matchEnds, stringsOf([...COMMON, '\u2028', '\r', 'Request', 'ID', 'Total', '$5', ': ', ' :'], 40));
    // In bulk.ts it counts matches in one line of at most 400 characters.
    expectSameAnswers(old, now, allMatches, stringsOf(COMMON.filter((piece) => !piece.includes('\n')).concat('Request ID', 'Total', ': 5')));
  });

  it('requests/not-asks.ts: thanks that look back', () => {
    const old = /^\W*(?:thank\s+you|thanks|many\s+thanks|thx|(?:i|we)?\s*(?:really\s+|truly\s+)?appreciate\s+(?:your|the|all|it)\b(?![^.?!]*\bif\b))\b(?!\s+in\s+advance)/i;
    const now = patternIn('src/nlp/requests/not-asks.ts', String.raw`many\s+thanks`);
    const words = ['I', 'i', 'we', 'We', 'really', 'truly', 'appreciate', 'your', 'the', 'it', 'all', 'thanks', 'thank', 'you', 'in', 'advance', 'if', 'thx', 'many', 'iappreciate'];
    expectSameAnswers(old, now, firstMatch, stringsOf([...COMMON, ...words, ...words.map((word) => `${word} `)], 12));
  });

  it('rules/no-challenging-question.ts: exasperated question marks', () => {
    const old = /\?{3,}|\?[?!]*![?!]*|!+\?[?!]*/g;
    const now = patternIn('src/nlp/rules/no-challenging-question.ts', String.raw`\?{3,}`);
    expectSameAnswers(old, now, allMatches, stringsOf(['?', '?', '!', '!', 'a', ' ', '.'], 24));
  });

  it('rules/no-shouting.ts: a notice label before the sentence (on leads of up to 200 characters, all it reads)', () => {
    const old = /(?:^|\n|[.!?]\s)\W*(?:NOTE|NOTICE|IMPORTANT|WARNING|REMINDER|ATTENTION|PLEASE NOTE|DISCLAIMER|CAUTION)\s?[:!-][^\p{Ll}.!?]*$/u;
    const now = patternIn('src/nlp/rules/no-shouting.ts', 'PLEASE NOTE|DISCLAIMER|CAUTION)\\s?[:!-][^');
    const pieces = [...COMMON, 'NOTE', 'PLEASE NOTE', 'WARNING', 'NOTE:', ': ', 'YOU WILL', 'RECEIVE', '. ', '! ', '--', '\n\n'];
    const leads = (max: number) => stringsOf(pieces, max).map((text) => text.slice(-200));
    expectSameAnswers(old, now, matches, leads(20), REAL.map((text) => text.slice(-200)));
    expectSameAnswers(old, now, matches, leads(120), []);
  });

  // The two zoning patterns are read once per line, from its start (exec, test): the first match is their answer.
  it('zoning/patterns.ts: a mail address or a link on a contact line', () => {
    const old = /(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bhttps?:\/\/\S+|\bwww\.\S+)/i;
    const now = patternIn('src/nlp/zoning/patterns.ts', String.raw`@[\w-]+(?:\.[\w-]+)+\b`);
    expectSameAnswers(old, now, firstMatch, stringsOf([...COMMON, 'a', 'b', '.', '.', '-', '+', '@', '@', 'com', 'www.', 'http://', 'https://x'], 24));
  });

  it('zoning/patterns.ts: markup or code pasted into a mail', () => {
    // The quadratic form, with today's meaning (a line opening on "(" is prose since the twenty-first development sheet).
    const old = /^\s*[/~][\w/.-]+(?:\s|$)|[<>]{2}|=>|\s\/\/\s|\w<[\w<]|\)\s*[;{]|\w\.\w+\(|^\s*[\w.]+\([^)]*\)[;,]?\s*$|"[\w-]+"\s*:|\w+=["']|^\s*"[^"]*",?\s*$|\(\s*$|^\s*[\w.]+\s*[+\-*/]?=\s*\S+;?$|<\/[A-Za-z][\w:-]*>|<[A-Za-z][\w:-]*\s[\w:-]+=|<(?:br|p|div|span|img|table|tr|td|html|body|head|xml|str|li|ul|ol)\b[^<>]{0,200}>|^\s*(?:[{}[\];)]|\/\/|\/\*|\*\s|#include|import\s|def\s|public\s|private\s|function\s|var\s|const\s|let\s\w+\s?=)|[;{]\s*$/;
    const now = patternIn('src/nlp/zoning/patterns.ts', String.raw`<(?:br|p|div|span`);
    expectSameAnswers(old, now, firstMatch, stringsOf([...COMMON, '=', '="', "='", '<', '>', 'href', 'x=', '{', '}', 'div', '<p ', ' // '], 20));
  });
});
