// Feature: coach every compose window, and hand a sent draft's promises to the background.
// Each compose gets a coaching session (panel, highlights, analysis); the sessions are kept by compose root so that
// the send watcher can find the one being sent.
import browser from 'webextension-polyfill';
import {t} from '../../../shared/i18n.ts';
import {sendIdempotent} from '../../../shared/send.ts';
import {isTabMessage} from '../../../shared/tab-messages.ts';
import {reportError} from '../../shared/report-error.ts';
import {showToast} from '../../shared/toast.ts';
import {startCoaching, type CoachState} from '../coach-session.ts';
import type {ComposeSession} from '../compose-tracker.ts';
import {buildDraftInput} from '../draft-input.ts';
import {sentMessage} from '../sent-message.ts';
import {watchSends} from './send-watch.ts';

const coached = new Map<HTMLElement, CoachState>();

export function composeCoach(session: ComposeSession): void {
  coached.set(session.root, startCoaching(session));
  session.signal.addEventListener('abort', () => coached.delete(session.root), {once: true});
}

/** After each page change: panels the page removed from composes still open come back. */
export function healPanels(): void {
  for (const state of coached.values()) state.ensurePanel();
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
  const message = sentMessage(response.tracked.length, response.closed.length);
  if (!message) return;
  const draftId = info.draftId;
  showToast(message, {label: t('content_undo'), run: () => void withdraw(draftId)});
}

async function withdraw(draftId: string): Promise<void> {
  try {
    await sendIdempotent('commitments/withdraw', {draftId});
    if (lastSentDraft === draftId) lastSentDraft = null;
  } catch (error) {
    reportError('withdraw', error);
  }
}

/** The keyboard shortcut: the compose being written in (holding the focus), else the last one focused. */
export function listenForToggleHints(signal: AbortSignal): void {
  let lastFocused: HTMLElement | null = null;
  document.addEventListener('focusin', (event) => {
    for (const root of coached.keys()) if (event.target instanceof Node && root.contains(event.target)) lastFocused = root;
  }, {capture: true, signal});
  const onMessage = (message: unknown) => {
    if (!isTabMessage(message)) return undefined;
    const active = [...coached.keys()].find((root) => root.contains(document.activeElement)) ?? lastFocused;
    const state = active ? coached.get(active) : undefined;
    return Promise.resolve({hidden: state ? state.toggleHints() : null});
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {once: true});
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
