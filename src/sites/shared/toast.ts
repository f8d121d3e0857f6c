// A brief confirmation at the bottom of the page ("Tracking 2 commitments", with Undo), in its own Shadow DOM.
// One at a time; it leaves by itself, or when its action is taken. Callers pass words already localised.
import {createShadowHost} from './shadow-host.ts';
import {localise} from '../../shared/i18n.ts';

// Centred without left/right: both inline insets at 0 and auto inline margins centre a fit-content box in either
// direction. The half-viewport cap keeps the width a long message wraps at.
const css = `
:host { all: initial; position: fixed; z-index: 2147483000; inset-inline: 0; margin-inline: auto; width: fit-content; max-width: 50vw;
  bottom: 88px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.toast { display: flex; gap: 12px; align-items: center; background: #1f2937; color: #f9fafb; padding: 10px 14px;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.25); text-align: start; }
button { font: inherit; background: none; border: 0; color: #9db4ff; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #9db4ff; }
`;

let current: HTMLElement | undefined;

export function showToast(message: string, action?: {label: string; run: () => void}, durationMs = 8_000): void {
  current?.remove();
  const {host, root} = createShadowHost('rapport-toast', css);
  const box = localise(document.createElement('div'));
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.append(Object.assign(document.createElement('span'), {textContent: message}));
  if (action) {
    const button = Object.assign(document.createElement('button'), {type: 'button', textContent: action.label});
    button.addEventListener('click', () => {
      host.remove();
      action.run();
    });
    box.append(button);
  }
  root.append(box);
  document.body.append(host);
  current = host;
  setTimeout(() => host.remove(), durationMs);
}
