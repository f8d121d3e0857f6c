// The Rapport panel attached to one compose window: a <rapport-compose-panel> beside the editor, never inside it.
// Its UI lives in a Shadow DOM: a bar with the status and a list of hints, keyboard reachable, collapsible.
import type {Nudge} from '../../nlp/index.ts';
import {createShadowHost} from '../shared/shadow-host.ts';
import type {ComposeInfo} from './compose.ts';
import {renderNudge, type NudgeHandlers} from './nudge-list.ts';
import {panelCss} from './panel-style.ts';

export const PANEL_TAG = 'rapport-compose-panel';

export function describeCompose(info: ComposeInfo): string {
  const names = info.recipients.map((recipient) => recipient.name || recipient.email);
  const who = names.length === 0 ? 'no recipients yet' : names.length <= 2 ? names.join(' and ') : `${names[0]} and ${names.length - 1} others`;
  return `${info.kind === 'inline' ? 'Reply' : 'Message'} to ${who}.`;
}

export type ComposePanel = {
  host: HTMLElement;
  setInfo(info: ComposeInfo): void;
  /** Show hints; `note` replaces the list when there is nothing to show (quiet, other language, never-analyse). */
  setNudges(nudges: Nudge[], note: string): void;
  remove(): void;
};

export function createComposePanel(handlers: NudgeHandlers): ComposePanel {
  const {host, root} = createShadowHost(PANEL_TAG, panelCss);
  const panel = Object.assign(document.createElement('div'), {className: 'panel'});
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Rapport hints for this message');
  const bar = Object.assign(document.createElement('div'), {className: 'bar'});
  const brand = Object.assign(document.createElement('span'), {className: 'brand', textContent: 'Rapport'});
  const count = Object.assign(document.createElement('span'), {className: 'count'});
  const status = Object.assign(document.createElement('span'), {className: 'status'});
  status.setAttribute('aria-live', 'polite');
  const toggle = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Hide'});
  toggle.setAttribute('aria-expanded', 'true');
  toggle.addEventListener('click', () => {
    const collapsed = host.toggleAttribute('data-collapsed');
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
  });
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Hints');
  bar.append(brand, count, status, toggle);
  panel.append(bar, list);
  root.append(panel);

  let who = '';
  let shown = '';
  return {
    host,
    setInfo(info) {
      who = describeCompose(info);
      host.dataset.composeKind = info.kind;
      host.dataset.recipientUi = info.recipientUi;
      if (list.childElementCount === 0) status.textContent = `${who} ${status.dataset.note ?? 'Hints appear here as you write.'}`;
    },
    setNudges(nudges, note) {
      const key = nudges.map((nudge) => `${nudge.fingerprint}@${nudge.place?.start}`).join('|') + note;
      if (key === shown) return; // typing that changes no hint re-renders nothing
      shown = key;
      host.dataset.nudgeCount = String(nudges.length);
      count.textContent = nudges.length === 0 ? '' : `${nudges.length} hint${nudges.length === 1 ? '' : 's'}`;
      status.dataset.note = note;
      status.textContent = nudges.length === 0 ? `${who} ${note}` : who;
      list.replaceChildren(...nudges.map((nudge) => renderNudge(nudge, handlers)));
    },
    remove() {
      host.remove();
    },
  };
}
