// The Rapport panel attached to one compose window: a <rapport-compose-panel> beside the editor, never inside it.
// Its UI lives in a Shadow DOM: a bar with the status and a list of hints, keyboard reachable, collapsible.
import type {Nudge} from '../../nlp/index.ts';
import {createShadowHost} from '../shared/shadow-host.ts';
import type {ComposeInfo} from './compose.ts';
import {renderNudge, type NudgeHandlers, type RenderedNudge} from './nudge-list.ts';
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
  /** Hide or show the hints (the panel's own button and the keyboard shortcut both come here). */
  toggle(): boolean;
  readonly collapsed: boolean;
  /**
   * Show hints; `note` replaces the list when there is nothing to show (quiet, other language, never-analyse).
   * Returns whether anything shown changed.
   */
  setNudges(nudges: Nudge[], note: string): boolean;
  remove(): void;
};

export function createComposePanel(handlers: NudgeHandlers, onToggle: (collapsed: boolean) => void = () => {}): ComposePanel {
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
  const flip = () => {
    const collapsed = host.toggleAttribute('data-collapsed');
    toggle.textContent = collapsed ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!collapsed));
    onToggle(collapsed);
    return collapsed;
  };
  toggle.addEventListener('click', flip);
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Hints');
  bar.append(brand, count, status, toggle);
  panel.append(bar, list);
  root.append(panel);

  let who = '';
  let shownKeys = '';
  // Hints are keyed by what they say and where, not by fingerprint (which changes with each keystroke in the
  // sentence being typed): typing that changes no hint re-renders nothing. Each item's buttons act on the newest
  // version of its hint.
  const items = new Map<string, {rendered: RenderedNudge; nudge: Nudge}>();
  const keyOf = (nudge: Nudge) =>
    `${nudge.ruleId}|${nudge.messageId}|${nudge.place?.start}|${(nudge.suggestions ?? []).map((suggestion) => suggestion.text).join('/')}`;
  const latestOf = (key: string) => (nudge: Nudge) => items.get(key)?.nudge ?? nudge;
  const bound = (key: string): NudgeHandlers => ({
    apply: (nudge, suggestion) => handlers.apply(latestOf(key)(nudge), suggestion),
    notNow: (nudge) => handlers.notNow(latestOf(key)(nudge)),
    silencePhrase: (nudge) => handlers.silencePhrase(latestOf(key)(nudge)),
    turnOffRule: (nudge) => handlers.turnOffRule(latestOf(key)(nudge)),
  });
  return {
    host,
    toggle: flip,
    get collapsed() {
      return host.hasAttribute('data-collapsed');
    },
    setInfo(info) {
      who = describeCompose(info);
      host.dataset.composeKind = info.kind;
      host.dataset.recipientUi = info.recipientUi;
      if (list.childElementCount === 0) status.textContent = `${who} ${status.dataset.note ?? 'Hints appear here as you write.'}`;
    },
    setNudges(nudges, note) {
      const keys = nudges.map(keyOf);
      for (const [index, key] of keys.entries()) {
        const existing = items.get(key);
        if (!existing) continue;
        existing.nudge = nudges[index]!;
        existing.rendered.update(existing.nudge);
      }
      const joined = keys.join('\n') + note;
      if (joined === shownKeys) return false;
      shownKeys = joined;
      const next = new Map<string, {rendered: RenderedNudge; nudge: Nudge}>();
      for (const [index, key] of keys.entries()) {
        const nudge = nudges[index]!;
        next.set(key, items.get(key) ?? {rendered: renderNudge(nudge, bound(key)), nudge});
      }
      items.clear();
      for (const [key, item] of next) items.set(key, item);
      host.dataset.nudgeCount = String(nudges.length);
      count.textContent = nudges.length === 0 ? '' : `${nudges.length} hint${nudges.length === 1 ? '' : 's'}`;
      status.dataset.note = note;
      status.textContent = nudges.length === 0 ? `${who} ${note}` : who;
      list.replaceChildren(...[...next.values()].map((item) => item.rendered.element));
      return true;
    },
    remove() {
      host.remove();
    },
  };
}
