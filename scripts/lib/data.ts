// Loaders for the shared research data (never copied into the repo). RAPPORT_DATA overrides the location.
import {readInput} from './exit.ts';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {parseCsv} from './csv.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataDir = process.env.RAPPORT_DATA ?? path.resolve(repoRoot, '../shared/data');

export type PolitenessItem = {id: string; text: string; score: number};
export type LabelledItem = {id: number; text: string; label: boolean};

export function loadPoliteness(): PolitenessItem[] {
  const rows = parseCsv(readInput(path.join(dataDir, 'politeness/wikipedia.annotated.csv'), 'data'));
  const header = rows[0] ?? [];
  const iId = header.indexOf('Id');
  const iText = header.indexOf('Request');
  const iScore = header.indexOf('Normalized Score');
  return rows.slice(1).filter((r) => r.length > iScore).map((r) => ({id: r[iId] ?? '', text: r[iText] ?? '', score: Number(r[iScore])}));
}

/** The paper's binary task: top quartile polite (true), bottom quartile impolite (false), middle half left out. */
export function politenessQuartiles(items: PolitenessItem[]): LabelledItem[] {
  const sorted = [...items].sort((a, b) => a.score - b.score);
  const q = Math.floor(sorted.length / 4);
  const low = sorted[q - 1]?.score ?? 0;
  const high = sorted[sorted.length - q]?.score ?? 0;
  return items
    .filter((it) => it.score <= low || it.score >= high)
    .map((it) => ({id: Number(it.id), text: it.text, label: it.score >= high}))
    .sort((a, b) => a.id - b.id);
}

export function loadIntent(): LabelledItem[] {
  return readInput(path.join(dataDir, 'intent/train.tsv'), 'data')
    .split('\n')
    .map((line, id) => {
      const tab = line.indexOf('\t');
      return {id, label: line.slice(0, tab) === 'Yes', text: line.slice(tab + 1).trim()};
    })
    .filter((it) => it.text !== '');
}

/** Disjoint folds by position: deterministic, no randomness to reproduce. */
export function folds<T>(items: T[], k: number): Array<{train: T[]; test: T[]}> {
  return Array.from({length: k}, (_, f) => ({
    train: items.filter((_, i) => i % k !== f),
    test: items.filter((_, i) => i % k === f),
  }));
}

/**
 * Development or held-apart half of a labelled set, fixed by a hash of the item's id (not its position, so adding
 * data never moves an item between halves). Rules are developed looking at the development half only; `npm run
 * eval` reports the held-apart half first.
 */
export function isHeldApart(id: string | number): boolean {
  let h = 0x811c9dc5;
  const s = `rapport-split|${id}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) & 1) === 1;
}

/**
 * The Parakweet sentences relabelled by hand (vseledkin/enron_intent_dataset_verified): "yes" needs the reader.
 * Cleaner than train.tsv, so the request model is fit on its development half; ids are the sentences themselves.
 */
export function loadVerifiedIntent(): Array<{id: string; text: string; label: boolean}> {
  const read = (file: string, label: boolean) => readInput(path.join(dataDir, 'intent', file), 'data')
    .split('\n').map((line) => line.trim()).filter(Boolean).map((text) => ({id: text, text, label}));
  return [...read('verified-yes.txt', true), ...read('verified-no.txt', false)];
}
