// The Rapport panel attached to one compose window: a <rapport-compose-panel> beside the editor, never inside it.
// Its UI lives in a Shadow DOM. The hints themselves arrive with the compose coach; this is the frame they live in.
import {createShadowHost} from '../shared/shadow-host.ts';
import type {ComposeInfo} from './compose.ts';

export const PANEL_TAG = 'rapport-compose-panel';

const css = `
:host { all: initial; display: block; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel { display: flex; align-items: center; gap: 8px; margin: 4px 16px; padding: 6px 10px; border-radius: 8px;
  background: #f3f6fb; color: #1f2937; border: 1px solid #d8e0ee; }
.brand { font-weight: 600; color: #3451b2; }
.status { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button { font: inherit; border: 1px solid transparent; background: none; color: #3451b2; border-radius: 6px;
  padding: 2px 8px; cursor: pointer; }
button:hover { background: #e4eaf7; }
button:focus-visible { outline: 2px solid #3451b2; outline-offset: 1px; }
:host([data-collapsed]) .status { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2633; color: #e5e7eb; border-color: #334155; }
  .brand, button { color: #9db4ff; }
  button:hover { background: #2b3548; }
}
`;

function describe(info: ComposeInfo): string {
  const names = info.recipients.map((recipient) => recipient.name || recipient.email);
  const who = names.length === 0 ? 'no recipients yet' : names.length <= 2 ? names.join(' and ') : `${names[0]} and ${names.length - 1} others`;
  const what = info.kind === 'inline' ? 'Reply' : 'Message';
  return `${what} to ${who}. Hints appear here as you write.`;
}

export type ComposePanel = {host: HTMLElement; update(info: ComposeInfo): void; remove(): void};

export function createComposePanel(): ComposePanel {
  const {host, root} = createShadowHost(PANEL_TAG, css);
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Rapport hints for this message');
  const brand = Object.assign(document.createElement('span'), {className: 'brand', textContent: 'Rapport'});
  const status = Object.assign(document.createElement('span'), {className: 'status'});
  status.setAttribute('aria-live', 'polite');
  const toggle = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Hide'});
  toggle.setAttribute('aria-expanded', 'true');
  toggle.addEventListener('click', () => {
    const collapsed = host.toggleAttribute('data-collapsed');
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
  });
  panel.append(brand, status, toggle);
  root.append(panel);
  return {
    host,
    update(info) {
      status.textContent = describe(info);
      host.dataset.composeKind = info.kind;
      host.dataset.recipientUi = info.recipientUi;
    },
    remove() {
      host.remove();
    },
  };
}
