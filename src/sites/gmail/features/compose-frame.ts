// Feature: attach a Rapport panel to each compose and keep its summary (kind, recipients) current.
// Recipients change as the user adds chips, so the panel re-reads them on the compose's own input events,
// batched to one read per animation frame, and stops with the compose.
import {guarded} from '../../shared/report-error.ts';
import type {ComposeSession} from '../compose-tracker.ts';
import {readCompose} from '../compose.ts';
import {PANEL_TAG, createComposePanel} from '../compose-panel.ts';

export function composeFrame({root, body, info, signal}: ComposeSession): void {
  // A panel left from an earlier session (Gmail re-inserting a cloned compose) would double the UI: keep only ours.
  for (const stale of root.querySelectorAll(PANEL_TAG)) stale.remove();
  const panel = createComposePanel();
  panel.update(info);
  // Beside the editor's container, outside the editable body: the draft's DOM is never touched.
  (body.parentElement ?? root).after(panel.host);
  let frame = 0;
  const refresh = guarded('compose-frame', () => {
    frame = 0;
    panel.update(readCompose(root));
  });
  const schedule = () => {
    frame ||= requestAnimationFrame(refresh);
  };
  root.addEventListener('input', schedule, {signal});
  root.addEventListener('focusout', schedule, {signal});
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    panel.remove();
  }, {once: true});
}

/*
Manual test states:
- New message (docked), pop-out, full screen; inline reply and forward in a thread
- Current (PeopleKit) and classic recipient chips; a Spanish-language Gmail
*/
