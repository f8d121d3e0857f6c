// Feature: coach every compose window, and hand a sent draft's promises to the background.
// Each compose gets a coaching session (panel, highlights, analysis); the sessions are kept by compose root so that
// the send watcher can find the one being sent.
import {sendIdempotent} from '../../../shared/send.ts';
import {reportError} from '../../shared/report-error.ts';
import {showToast} from '../../shared/toast.ts';
import {startCoaching, type CoachState} from '../coach-session.ts';
import type {ComposeSession} from '../compose-tracker.ts';
import {buildDraftInput} from '../draft-input.ts';
import {watchSends} from './send-watch.ts';

const coached = new Map<HTMLElement, CoachState>();

export function composeCoach(session: ComposeSession): void {
  coached.set(session.root, startCoaching(session));
  session.signal.addEventListener('abort', () => coached.delete(session.root), {once: true});
}

/** The draft id of the last mail sent from this page, for Gmail's Undo Send. */
let lastSentDraft: string | null = null;

async function handOver(state: CoachState): Promise<void> {
  const info = state.info();
  const {text, settings, toneCounts} = state.snapshot();
  if (!settings || !info.draftId) return;
  const response = await sendIdempotent('compose/sent', {
    draftId: info.draftId, threadId: info.threadId, subject: info.subject, sentAt: Date.now(),
    input: buildDraftInput(text, info, settings, state.root), hasAttachment: false, toneCounts,
  });
  lastSentDraft = info.draftId;
  const parts: string[] = [];
  if (response.tracked.length > 0) parts.push(`Tracking ${response.tracked.length} commitment${response.tracked.length === 1 ? '' : 's'}`);
  if (response.closed.length > 0) parts.push(`closed ${response.closed.length} you delivered`);
  if (parts.length === 0) return;
  const draftId = info.draftId;
  showToast(`${parts.join(', ')}.`.replace(/^./, (first) => first.toUpperCase()), {label: 'Undo', run: () => void withdraw(draftId)});
}

async function withdraw(draftId: string): Promise<void> {
  try {
    await sendIdempotent('commitments/withdraw', {draftId});
    if (lastSentDraft === draftId) lastSentDraft = null;
  } catch (error) {
    reportError('withdraw', error);
  }
}

export function watchComposeSends(signal: AbortSignal): void {
  watchSends({
    onSend(root) {
      const state = coached.get(root);
      if (state) void handOver(state).catch((error: unknown) => reportError('compose/sent', error));
    },
    onUndoSend() {
      if (lastSentDraft) void withdraw(lastSentDraft);
    },
  }, signal);
}
