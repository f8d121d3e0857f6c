// <rapport-calendar-banner>: the meetings of the EA's rhythm that are overdue, not scheduled or unknown, each
// with a Schedule button. A compact card in the bottom corner (Calendar's controls are along the top and left),
// in a Shadow DOM, dismissible for the day. The meetings' names and details come localised from the background.
import type {CadenceStatus} from '../../cadence/types.ts';
import {localise, t} from '../../shared/i18n.ts';
import type {CadenceView, TimeFlagView} from '../../shared/messages.ts';
import {createShadowHost} from '../shared/shadow-host.ts';
import {scheduleUrl} from './schedule-link.ts';

export const BANNER_TAG = 'rapport-calendar-banner';

// Logical properties: the card sits at the inline end of the page (the right in a left-to-right Calendar, whose
// controls are along the top and the start side), and its content mirrors in a right-to-left interface.
const css = `
:host { all: initial; position: fixed; inset-inline-end: 24px; bottom: 24px; z-index: 2147482000; width: 360px; max-width: calc(100vw - 48px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card { background: #fff; color: #1f2937; border: 1px solid #d8e0ee; border-radius: 12px; box-shadow: 0 6px 20px rgba(0,0,0,.15); padding-block: 10px; padding-inline: 12px; text-align: start; }
header { display: flex; align-items: center; gap: 8px; margin-block-end: 6px; }
h2 { font-size: 13px; margin: 0; flex: 1; color: #3451b2; }
ul { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow: auto; }
li { display: flex; gap: 8px; align-items: flex-start; padding-block: 6px; padding-inline: 0; border-block-start: 1px solid #eef1f7; }
.text { flex: 1; }
.label { font-weight: 600; }
.status { color: #a04a00; }
.status.unknown { color: #5b6474; }
.detail { color: #5b6474; }
.note { color: #5b6474; font-size: 12px; margin-block-start: 6px; }
h3 { font-size: 12px; margin-block: 8px 2px; margin-inline: 0; color: #5b6474; text-transform: uppercase; letter-spacing: .04em; }
.flags li { display: list-item; margin-inline-start: 16px; list-style: disc; padding-block: 2px; padding-inline: 0; border: 0; }
button { font: inherit; border-radius: 6px; border: 1px solid #3451b2; background: #3451b2; color: #fff; padding-block: 2px; padding-inline: 10px; cursor: pointer; }
button.close { background: none; border-color: transparent; color: #5b6474; padding-block: 0; padding-inline: 6px; font-size: 16px; }
button:focus-visible { outline: 2px solid #3451b2; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2633; color: #e5e7eb; border-color: #334155; }
  li { border-color: #2b3548; }
  .detail, .note, .status.unknown { color: #a3acba; }
  h2 { color: #9db4ff; }
}
`;

/** The word after a meeting's name ("Weekly catch-up · overdue"). */
function statusWord(status: CadenceStatus): string {
  switch (status) {
    case 'overdue': return t('calendar_statusOverdue');
    case 'not-scheduled': return t('calendar_statusNotScheduled');
    case 'due-soon': return t('calendar_statusDueSoon');
    case 'unknown': return t('calendar_statusUnknown');
    default: return status; // 'ok' is never shown
  }
}

export function createBanner(onDismiss: () => void) {
  const {host, root} = createShadowHost(BANNER_TAG, css);
  const card = localise(Object.assign(document.createElement('section'), {className: 'card'}));
  card.setAttribute('aria-label', t('calendar_bannerLabel'));
  const header = document.createElement('header');
  const close = Object.assign(document.createElement('button'), {type: 'button', className: 'close', textContent: '×'});
  close.setAttribute('aria-label', t('calendar_dismissForToday'));
  close.addEventListener('click', () => {
    host.remove();
    onDismiss();
  });
  header.append(Object.assign(document.createElement('h2'), {textContent: t('calendar_bannerTitle')}), close);
  const list = document.createElement('ul');
  const flagsTitle = Object.assign(document.createElement('h3'), {textContent: t('calendar_executiveWeek')});
  const flagList = Object.assign(document.createElement('ul'), {className: 'flags'});
  const note = Object.assign(document.createElement('div'), {className: 'note'});
  card.append(header, list, flagsTitle, flagList, note);
  root.append(card);

  return {
    host,
    /** Show these views (gaps and unknowns); returns false when there is nothing worth a banner. */
    render(views: CadenceView[], guessedPeople: boolean, timeFlags: TimeFlagView[] = []): boolean {
      const shown = views.filter((view) => view.status !== 'ok');
      const flags = timeFlags.slice(0, 6);
      flagsTitle.hidden = flags.length === 0;
      flagList.replaceChildren(...flags.map((flag) => Object.assign(document.createElement('li'), {className: `flag ${flag.kind}`, textContent: flag.text})));
      list.replaceChildren(...shown.map((view) => {
        const item = document.createElement('li');
        item.dataset.targetId = view.targetId;
        item.dataset.status = view.status;
        const text = Object.assign(document.createElement('div'), {className: 'text'});
        text.append(
          Object.assign(document.createElement('span'), {className: 'label', textContent: view.label}),
          document.createTextNode(' · '),
          Object.assign(document.createElement('span'), {className: `status ${view.status}`, textContent: statusWord(view.status)}),
          Object.assign(document.createElement('div'), {className: 'detail', textContent: view.detail}),
        );
        item.append(text);
        if (view.status !== 'unknown') {
          const schedule = Object.assign(document.createElement('button'), {type: 'button', textContent: t('calendar_schedule')});
          schedule.setAttribute('aria-label', t('calendar_scheduleLabel', view.label));
          schedule.addEventListener('click', () => window.location.assign(scheduleUrl(view, window.location.origin)));
          item.append(schedule);
        }
        return item;
      }));
      note.textContent = guessedPeople ? t('calendar_guessedPeople') : '';
      return shown.length > 0 || flags.length > 0;
    },
  };
}
