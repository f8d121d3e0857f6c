// The key a sent mail's records (commitments, unanswered requests, Undo) are stored under. Gmail's draft id is the
// natural key, but Gmail fills it only at the first autosave: a mail written and sent within seconds has none, and
// before that the field may hold "undefined" for every unsaved draft alike (InboxSDK). Such a mail is keyed by its
// compose id, scoped to this page's lifetime so that two page loads reusing a compose id never meet; when the same
// compose is later sent with a real draft id (after an Undo), the provisional records are replaced, not doubled.
import type {ComposeInfo} from '../compose.ts';

export type MailKey = {key: string; provisional: boolean};

/** One scope per page load: compose ids are only unique within it. */
const PAGE_SCOPE = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
let unnamed = 0;

export function mailKeyFor(info: Pick<ComposeInfo, 'draftId' | 'id'>, scope = PAGE_SCOPE): MailKey {
  if (info.draftId) return {key: info.draftId, provisional: false};
  // Neither id: still one key per compose sent, never shared.
  const composePart = info.id ?? `unnamed-${++unnamed}`;
  return {key: `compose:${scope}:${composePart}`, provisional: true};
}
