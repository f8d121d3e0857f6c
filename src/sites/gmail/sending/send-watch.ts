// Notices the user sending, by every path Gmail offers (InboxSDK's presending stream lists them): a click on Send or
// Send + archive, Enter or Space on either while focused, Ctrl/Cmd+Enter in a compose, and a schedule confirmed in the
// Schedule send dialog (a preset time, or the picker's confirm button). Opening More send options, or the schedule
// dialog, or cancelling it, sends nothing. Also notices Gmail's Undo Send.
// Listens in the capture phase on the document, so it runs before Gmail closes the compose. The schedule dialog and
// the send menu live outside the compose, so the compose they belong to is the one last interacted with.
import {closest, findAll} from '../../shared/selector.ts';
import {guarded} from '../../shared/report-error.ts';
import {gmailSelectors as S} from '../selectors.ts';
import {timed} from '../timing.ts';
import {scheduledInstant} from './scheduled-time.ts';

export type SendDetails = {
  /** When the mail goes out: now, or the time chosen in the schedule dialog (null when it could not be read). */
  scheduledAt?: number | null;
};
export type SendHandlers = {onSend(root: HTMLElement, details: SendDetails): void; onUndoSend(): void};

const isSendControl = (target: Element) => closest(S.sendButton, target) !== null || closest(S.sendAndArchive, target) !== null;

/** The time a preset or the open picker names. */
function chosenTime(target: Element): number | null {
  const preset = closest(S.scheduleOption, target);
  if (preset) {
    const text = preset.querySelector('.Ay')?.textContent ?? preset.textContent ?? '';
    return scheduledInstant(text, text, Date.now());
  }
  const [date, time] = findAll<HTMLInputElement>(S.scheduleInput).elements.map((input) => input.value);
  return scheduledInstant(date ?? '', time ?? '', Date.now());
}

export function watchSends(handlers: SendHandlers, signal: AbortSignal): void {
  let lastCompose: HTMLElement | null = null;

  const remember = (target: Element): HTMLElement | null => {
    const root = closest(S.composeRoot, target);
    if (root) lastCompose = root;
    return root;
  };

  const onClick = guarded('send-watch', (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const root = remember(target);
    if (root && isSendControl(target)) handlers.onSend(root, {});
    else if (closest(S.scheduleOption, target) || closest(S.scheduleConfirm, target)) {
      if (lastCompose?.isConnected) handlers.onSend(lastCompose, {scheduledAt: chosenTime(target)});
    } else if (closest(S.undoSend, target)) handlers.onUndoSend();
  });

  const onKey = guarded('send-watch', (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || event.isComposing) return;
    const activated = event.key === 'Enter' || event.key === ' ';
    // A preset chosen by keyboard in the schedule dialog (outside any compose).
    if (activated && closest(S.scheduleOption, target)) {
      if (lastCompose?.isConnected) handlers.onSend(lastCompose, {scheduledAt: chosenTime(target)});
      return;
    }
    const root = remember(target);
    if (!root) return;
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    const pressed = activated && isSendControl(target);
    if (shortcut || pressed) handlers.onSend(root, {});
  });

  // Every key and click on the page passes here: timed, so the typing figures count it. Only the user's own input
  // counts (isTrusted): a script in the page could otherwise "click" Send on a compose it built and plant a promise
  // worded by it, or "click" Undo to withdraw real ones.
  document.addEventListener('click', (event) => {
    if (event.isTrusted) timed(() => onClick(event));
  }, {capture: true, signal});
  document.addEventListener('keydown', (event) => {
    if (event.isTrusted) timed(() => onKey(event));
  }, {capture: true, signal});
  // Focus tells which compose a menu or dialog opened from, even when it was opened by keyboard.
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element) remember(event.target);
  }, {capture: true, signal});
}
