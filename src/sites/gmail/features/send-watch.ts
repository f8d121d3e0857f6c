// Notices the user sending: the Send button, Ctrl/Cmd+Enter in a compose, and Schedule send (whose menu may
// live outside the compose, so the compose last interacted with is remembered). Also notices Gmail's Undo Send.
// Listens in the capture phase on the document, so it runs before Gmail closes the compose.
import {closest} from '../../shared/selector.ts';
import {guarded} from '../../shared/report-error.ts';
import {gmailSelectors as S} from '../selectors.ts';

export type SendHandlers = {onSend(root: HTMLElement): void; onUndoSend(): void};

export function watchSends(handlers: SendHandlers, signal: AbortSignal): void {
  let lastCompose: HTMLElement | null = null;

  const onClick = guarded('send-watch', (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const root = closest(S.composeRoot, target);
    if (root) lastCompose = root;
    if (root && closest(S.sendButton, target)) handlers.onSend(root);
    else if (closest(S.scheduleSend, target)) {
      const scheduled = root ?? lastCompose;
      if (scheduled?.isConnected) handlers.onSend(scheduled);
    } else if (closest(S.undoSend, target)) handlers.onUndoSend();
  });

  const onKey = guarded('send-watch', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const root = event.target instanceof Element ? closest(S.composeRoot, event.target) : null;
    if (root) handlers.onSend(root);
  });

  document.addEventListener('click', onClick, {capture: true, signal});
  document.addEventListener('keydown', onKey, {capture: true, signal});
}
