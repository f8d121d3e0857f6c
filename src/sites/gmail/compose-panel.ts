// The Rapport panel attached to one compose window: a <rapport-compose-panel> beside the editor, never inside it.
// Its UI lives in a Shadow DOM: a bar with the status and a list of hints, keyboard reachable, collapsible.
import type {Hint} from '../../nlp/index.ts';
import {localise, t, tCount} from '../../shared/i18n.ts';
import {createShadowHost} from '../shared/shadow-host.ts';
import type {ComposeInfo} from './compose.ts';
import {renderHint, type HintHandlers, type RenderedHint} from './hint-list.ts';
import {panelCss} from './panel-style.ts';

export const PANEL_TAG = 'rapport-compose-panel';

/** "Reply to Sam Lee.", "Message to Dana Whitfield and 2 others.": one whole sentence per case, for word order. */
export function describeCompose(info: ComposeInfo): string {
  const names = info.recipients.map((recipient) => recipient.name || recipient.email);
  const reply = info.kind === 'inline';
  const [first = '', second = ''] = names;
  if (names.length === 0) return reply ? t('gmail_replyToNobody') : t('gmail_messageToNobody');
  if (names.length === 1) return reply ? t('gmail_replyToOne', first) : t('gmail_messageToOne', first);
  if (names.length === 2) return reply ? t('gmail_replyToTwo', first, second) : t('gmail_messageToTwo', first, second);
  return reply ? tCount('gmail_replyToMany', names.length - 1, first) : tCount('gmail_messageToMany', names.length - 1, first);
}

/** The status line: whom the message is to, then a note (two sentences; the catalog says how they are joined). */
const withNote = (who: string, note: string) => t('gmail_statusWithNote', who, note);

export type ComposePanel = {
  host: HTMLElement;
  setInfo(info: ComposeInfo): void;
  /** Hide or show the hints (the panel's own button and the keyboard shortcut both come here). */
  toggle(): boolean;
  readonly collapsed: boolean;
  /**
   * Show hints; `note` replaces the list when there is nothing to show (quiet, other language, never-analyse), and
   * stands beside the hints when there are some (a long draft read only around the caret).
   * Returns whether anything shown changed.
   */
  setHints(hints: Hint[], note: string): boolean;
  remove(): void;
};

export function createComposePanel(handlers: HintHandlers, onToggle: (collapsed: boolean) => void = () => {}): ComposePanel {
  const {host, root} = createShadowHost(PANEL_TAG, panelCss);
  const panel = localise(Object.assign(document.createElement('div'), {className: 'panel'}));
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', t('gmail_panelLabel'));
  const bar = Object.assign(document.createElement('div'), {className: 'bar'});
  const brand = Object.assign(document.createElement('span'), {className: 'brand', textContent: t('extName')});
  const count = Object.assign(document.createElement('span'), {className: 'count'});
  const status = Object.assign(document.createElement('span'), {className: 'status'});
  status.setAttribute('aria-live', 'polite');
  const toggle = Object.assign(document.createElement('button'), {type: 'button', textContent: t('gmail_hideHints')});
  toggle.setAttribute('aria-expanded', 'true');
  const flip = () => {
    const collapsed = host.toggleAttribute('data-collapsed');
    toggle.textContent = collapsed ? t('gmail_showHints') : t('gmail_hideHints');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    onToggle(collapsed);
    return collapsed;
  };
  toggle.addEventListener('click', flip);
  const list = document.createElement('ul');
  list.setAttribute('aria-label', t('gmail_hintsListLabel'));
  bar.append(brand, count, status, toggle);
  panel.append(bar, list);
  root.append(panel);

  let who = '';
  let shownKeys = '';
  // Hints are keyed by what they say and where, not by fingerprint (which changes with each keystroke in the
  // sentence being typed): typing that changes no hint re-renders nothing. Each item's buttons act on the newest
  // version of its hint.
  const items = new Map<string, {rendered: RenderedHint; hint: Hint}>();
  const keyOf = (hint: Hint) =>
    `${hint.ruleId}|${hint.messageId}|${hint.place?.start}|${(hint.suggestions ?? []).map((suggestion) => suggestion.text).join('/')}`;
  const latestOf = (key: string) => (hint: Hint) => items.get(key)?.hint ?? hint;
  const bound = (key: string): HintHandlers => ({
    apply: (hint, suggestion) => handlers.apply(latestOf(key)(hint), suggestion),
    notNow: (hint) => handlers.notNow(latestOf(key)(hint)),
    silencePhrase: (hint) => handlers.silencePhrase(latestOf(key)(hint)),
    turnOffRule: (hint) => handlers.turnOffRule(latestOf(key)(hint)),
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
      if (list.childElementCount === 0) status.textContent = withNote(who, status.dataset.note ?? t('gmail_hintsAppear'));
    },
    setHints(hints, note) {
      const keys = hints.map(keyOf);
      for (const [index, key] of keys.entries()) {
        const existing = items.get(key);
        if (!existing) continue;
        existing.hint = hints[index]!;
        existing.rendered.update(existing.hint);
      }
      const joined = keys.join('\n') + note;
      if (joined === shownKeys) return false;
      shownKeys = joined;
      const next = new Map<string, {rendered: RenderedHint; hint: Hint}>();
      for (const [index, key] of keys.entries()) {
        const hint = hints[index]!;
        next.set(key, items.get(key) ?? {rendered: renderHint(hint, bound(key)), hint});
      }
      items.clear();
      for (const [key, item] of next) items.set(key, item);
      host.dataset.hintCount = String(hints.length);
      count.textContent = hints.length === 0 ? '' : tCount('gmail_hintCount', hints.length);
      status.dataset.note = note;
      status.textContent = hints.length === 0 || note ? withNote(who, note) : who;
      list.replaceChildren(...[...next.values()].map((item) => item.rendered.element));
      return true;
    },
    remove() {
      host.remove();
    },
  };
}
