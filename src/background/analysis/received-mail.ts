// From a conversation the user opened to what the radar keeps: the asks the newest message makes of the user and
// the promises its writer makes to them, one sentence each. The message's text is read here and dropped.
import type {Due} from '../../nlp/index.ts';
import type {OwedItem} from '../../radar/index.ts';
import {stableHash} from '../../shared/hash.ts';
import type {ThreadRead} from '../../shared/thread.ts';
import {loadNlp} from './engine.ts';

export type ReadContext = {isMine(email: string): boolean; knowsMyAddresses: boolean; timeZone: string; workingHours: {start: string; end: string; days: number[]}; now: number};

const dueAt = (due: Due | null | undefined) => {
  const at = due && !due.vague ? Date.parse(due.iso) : Number.NaN;
  return Number.isFinite(at) ? at : null;
};

/** Sentences are cut from the text to recognise deliveries, then dropped. */
export const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);

export async function owedInThread(read: ThreadRead, context: ReadContext): Promise<{found: OwedItem[]; sentences: string[]}> {
  const latest = read.latest;
  const message = latest && read.messages.find((candidate) => candidate.messageId === latest.messageId);
  // The user's own message says what the user owes, which the send already recorded.
  if (!latest || !message || context.isMine(message.from.email)) return {found: [], sentences: []};
  const sentences = sentencesOf(latest.text);
  // A mail the user is not addressed in (a list, a Bcc the page can't show) asks nothing of them by name.
  if (context.knowsMyAddresses && message.to.length > 0 && !message.to.some((address) => context.isMine(address))) return {found: [], sentences};
  const {analyze} = await loadNlp();
  const at = message.at ?? context.now;
  const analysis = analyze({text: latest.text, sentAt: new Date(at).toISOString(), timeZone: context.timeZone, workingHours: context.workingHours});
  const email = message.from.email.toLowerCase();
  const base = {email, name: message.from.name || email, at, threadId: read.threadId, messageId: message.messageId, status: 'open' as const};
  const asks: OwedItem[] = analysis.requests.map((request) => ({
    ...base, id: `ask:${message.messageId}:${stableHash(request.text)}`, direction: 'asked-of-me', sentence: request.text.trim(), dueAt: dueAt(request.deadline),
  }));
  // The writer's own promises ("I'll have the contract to you Monday"), not those made for someone else.
  const promises: OwedItem[] = analysis.commitments.filter((commitment) => commitment.owner === 'me').map((commitment) => ({
    ...base, id: `promise:${message.messageId}:${stableHash(commitment.text)}`, direction: 'promised-to-me', sentence: commitment.text.trim(), dueAt: dueAt(commitment.due),
  }));
  return {found: [...asks, ...promises], sentences};
}
