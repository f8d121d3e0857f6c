// <rapport-meeting-prep>: while an event's details are open, what is open with its guests: the user's promises to
// them, their asks still unanswered, their promises to the user. A compact card at the start-side bottom corner
// (the rhythm banner has the other one), in a Shadow DOM; it goes when the details close. Shown only when there is
// something to show.
import {localise, t} from '../../shared/i18n.ts';
import type {GuestPrep, PrepItem} from '../../shared/meeting-prep.ts';
import {createShadowHost} from '../shared/shadow-host.ts';

export const PREP_TAG = 'rapport-meeting-prep';
const SHOWN_PER_LIST = 3;

const css = `
:host { all: initial; position: fixed; inset-inline-start: 24px; bottom: 24px; z-index: 2147482000; width: 340px; max-width: calc(100vw - 48px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card { background: #fff; color: #1f2937; border: 1px solid #d8e0ee; border-radius: 12px; box-shadow: 0 6px 20px rgba(0,0,0,.15); padding-block: 10px; padding-inline: 12px; text-align: start; max-height: 320px; overflow: auto; }
h2 { font-size: 13px; margin: 0 0 4px; color: #3451b2; }
h3 { font-size: 13px; margin-block: 8px 2px; margin-inline: 0; }
h4 { font-size: 11px; margin-block: 4px 0; margin-inline: 0; color: #5b6474; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
ul { margin: 0; padding-inline-start: 18px; }
li { margin-block: 2px; }
.late { color: #a04a00; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2633; color: #e5e7eb; border-color: #334155; }
  h2 { color: #9db4ff; }
  h4 { color: #a3acba; }
}
`;

function list(heading: string, items: PrepItem[], now: number): HTMLElement[] {
  if (items.length === 0) return [];
  const title = Object.assign(document.createElement('h4'), {textContent: heading});
  const entries = Object.assign(document.createElement('ul'));
  entries.append(...items.slice(0, SHOWN_PER_LIST).map((item) => {
    const entry = Object.assign(document.createElement('li'), {textContent: item.sentence});
    if (item.dueAt !== null && item.dueAt < now) entry.className = 'late';
    return entry;
  }));
  if (items.length > SHOWN_PER_LIST) entries.append(Object.assign(document.createElement('li'), {textContent: t('calendar_prepMore', items.length - SHOWN_PER_LIST)}));
  return [title, entries];
}

export function createPrepCard() {
  let current: {host: HTMLElement} | null = null;
  return {
    /** Show what is open with these guests; nothing open, no card. */
    show(prep: GuestPrep[], now = Date.now()): void {
      this.hide();
      if (prep.length === 0) return;
      const {host, root} = createShadowHost(PREP_TAG, css);
      const card = localise(Object.assign(document.createElement('section'), {className: 'card'}));
      card.setAttribute('aria-label', t('calendar_prepLabel'));
      card.append(Object.assign(document.createElement('h2'), {textContent: t('calendar_prepTitle')}));
      for (const guest of prep.slice(0, 6)) {
        const section = document.createElement('section');
        section.dataset.email = guest.email;
        section.append(
          Object.assign(document.createElement('h3'), {textContent: guest.name}),
          ...list(t('calendar_prepYouPromised'), guest.iPromised, now),
          ...list(t('calendar_prepTheyAsked'), guest.theyAsked, now),
          ...list(t('calendar_prepTheyPromised'), guest.theyPromised, now),
        );
        card.append(section);
      }
      root.append(card);
      document.body.append(host);
      current = {host};
    },
    hide(): void {
      current?.host.remove();
      current = null;
    },
  };
}
