// The labelled commitment sentences in tests/fixtures/commitments/ (format in that folder's README.md).
import {readInput} from './exit.ts';
import path from 'node:path';
import {repoRoot} from './data.ts';

export type CommitmentCase = {commitment: boolean; owner: string; request: boolean; text: string};
export const COMMITMENT_EXECUTIVES = ['Jane Doe', 'jane.doe@northwind.example'];

export function loadCommitmentSet(): CommitmentCase[] {
  const file = path.join(repoRoot, 'tests/fixtures/commitments/sentences.tsv');
  return readInput(file, 'data')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [label = '', owner = '', request = '', text = ''] = l.split('\t');
      return {commitment: label === 'yes', owner, request: request === 'yes', text};
    });
}
