// The --jsonl input shape ({"text","subject"?,"to"?,"thread"?,"sentAt"?}) mapped onto DraftInput.
import type {DraftInput, Recipient, RecipientTier} from '../../src/nlp/index.ts';

const TIERS = new Set<RecipientTier>(['executive', 'direct-report', 'internal', 'external']);

function recipient(value: unknown): Recipient | null {
  if (typeof value === 'string') return {email: value, tier: 'internal'};
  if (value && typeof value === 'object') {
    const r = value as {email?: unknown; name?: unknown; tier?: unknown};
    const tier = TIERS.has(r.tier as RecipientTier) ? (r.tier as RecipientTier) : 'internal';
    return {email: String(r.email ?? ''), ...(typeof r.name === 'string' ? {name: r.name} : {}), tier};
  }
  return null;
}

function lastMessage(thread: unknown): DraftInput['lastReceived'] {
  const last = Array.isArray(thread) ? thread[thread.length - 1] : thread;
  if (typeof last === 'string') return {text: last};
  if (last && typeof last === 'object' && typeof (last as {text?: unknown}).text === 'string') {
    const m = last as {text: string; from?: unknown};
    return {text: m.text, ...(typeof m.from === 'string' ? {from: m.from} : {})};
  }
  return undefined;
}

export function toDraftInput(obj: Record<string, unknown>): DraftInput {
  const to = Array.isArray(obj.to) ? obj.to : obj.to === undefined ? [] : [obj.to];
  const input: DraftInput = {...(obj as Partial<DraftInput>), text: typeof obj.text === 'string' ? obj.text : ''};
  const recipients = Array.isArray(obj.recipients) ? (obj.recipients as unknown[]) : to;
  input.recipients = recipients.map(recipient).filter((r): r is Recipient => r !== null);
  const last = obj.lastReceived ?? lastMessage(obj.thread);
  if (last) input.lastReceived = last as DraftInput['lastReceived'];
  if (typeof obj.subject === 'string') input.subject = obj.subject;
  if (typeof obj.sentAt === 'string') input.sentAt = obj.sentAt;
  return input;
}
