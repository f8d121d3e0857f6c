// The Commitments view's search and filters, pure so they are tested without a browser.
import type {CommitmentStatus, StoredCommitment} from '../store/records.ts';

export type StatusFilter = CommitmentStatus | 'all';
export type CommitmentFilter = {text: string; status: StatusFilter; /** '' = everyone; else an address or owner name */ person: string};

export const NO_FILTER: CommitmentFilter = {text: '', status: 'all', person: ''};

const fold = (text: string) => text.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** Who a commitment concerns: those it was promised to, and whoever made it if not the user. */
export function peopleOf(commitment: StoredCommitment): string[] {
  return [...commitment.counterparts, ...(commitment.ownerName ? [commitment.ownerName] : [])];
}

/** Every person in the list, for the person filter: sorted, each once however it was capitalised. */
export function peopleIn(commitments: StoredCommitment[]): string[] {
  const seen = new Map<string, string>();
  for (const commitment of commitments) for (const person of peopleOf(commitment)) if (!seen.has(fold(person))) seen.set(fold(person), person);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/** Every word of the query must appear somewhere in what the user would recognise the commitment by. */
export function matchesFilter(commitment: StoredCommitment, filter: CommitmentFilter): boolean {
  if (filter.status !== 'all' && commitment.status !== filter.status) return false;
  if (filter.person && !peopleOf(commitment).some((person) => fold(person) === fold(filter.person))) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([commitment.action, commitment.sentence, commitment.subject, commitment.duePhrase ?? '', ...peopleOf(commitment)].join(' '));
  return words.every((word) => haystack.includes(word));
}

/** Newest first: the promise just made is the one the user most likely looks for. */
export function filterCommitments(commitments: StoredCommitment[], filter: CommitmentFilter): StoredCommitment[] {
  return commitments.filter((commitment) => matchesFilter(commitment, filter)).sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
