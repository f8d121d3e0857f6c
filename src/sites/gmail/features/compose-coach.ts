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
import {readCompose} from '../compose.ts';
import {mailKeyFor} from '../sending/mail-key.ts';
import {watchSends, type SendDetails} from '../sending/send-watch.ts';

const coached = new Map<HTMLElement, CoachState>();

export function composeCoach(session: ComposeSession): void {
  coached.set(session.root, startCoaching(session));
  session.signal.addEventListener('abort', () => coached.delete(session.root), {once: true});
}

/** After each page change: panels the page removed from composes still open come back. */
export function healPanels(): void {
  for (const state of coached.values()) state.ensurePanel();
}

/** The key of the last mail sent from this page, for Gmail's Undo Send. */
let lastSentDraft: string | null = null;
/** Composes sent before Gmail named their draft, by compose id (Gmail may re-render the compose it brings back on
 * Undo): a later send of the same compose replaces those records. */
const provisionalKeys = new Map<string, string>();
/** One send per compose per gesture: Enter on the Send button may also reach us as a click. */
const SAME_SEND_MS = 1500;
const lastSendAt = new Map<HTMLElement, number>();

async function handOver(state: CoachState, details: SendDetails): Promise<void> {
  const now = Date.now();
  if (now - (lastSendAt.get(state.root) ?? -Infinity) < SAME_SEND_MS) return;
  lastSendAt.set(state.root, now);
  // Read again at the moment of sending: the draft id, subject and recipients may all have changed since the compose
  // was first read (Gmail fills the draft id at its first autosave).
  const info = readCompose(state.root);
  const {text, settings, options, toneCounts} = state.snapshot();
  if (!settings) throw new Error('sent before the settings were read: its promises are not tracked');
  const {key, provisional} = mailKeyFor(info);
  const replaces = info.id ? provisionalKeys.get(info.id) : undefined;
  const response = await sendIdempotent('compose/sent', {
    draftId: key, threadId: info.threadId, subject: info.subject, sentAt: details.scheduledAt ?? now,
    input: buildDraftInput(text, info, settings, state.root), hasAttachment: info.attachments > 0, toneCounts, options,
    ...(replaces && replaces !== key ? {replaces} : {}),
  });
  if (info.id && provisional) provisionalKeys.set(info.id, key);
  else if (info.id) provisionalKeys.delete(info.id);
  lastSentDraft = key;
  const message = sentMessage(response.tracked.length, response.closed.length);
  if (!message) return;
  showToast(message, {label: t('content_undo'), run: () => void withdraw(key)});
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
    onSend(root, details) {
      const state = coached.get(root);
      // A send from a compose Rapport never coached (its editor was not found) is a selector gone stale: say so in
      // diagnostics rather than lose the mail's promises silently.
      if (!state) reportError('compose/sent', new Error('a compose was sent that Rapport was not coaching: its promises are not tracked'));
      else void handOver(state, details).catch((error: unknown) => reportError('compose/sent', error));
    },
    onUndoSend() {
      if (lastSentDraft) void withdraw(lastSentDraft);
    },
  }, signal);
}
