// Calendar's own new-event editor, prefilled: the "render?action=TEMPLATE" address Google Calendar has long
// accepted (title, UTC dates, guests, description). Opening it creates nothing until the user saves.
import {t} from '../../shared/i18n.ts';
import type {CadenceView} from '../../shared/messages.ts';

const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function scheduleUrl(view: CadenceView, origin = 'https://calendar.google.com'): string {
  const params = new URLSearchParams({action: 'TEMPLATE', text: view.eventTitle});
  if (view.proposal) params.set('dates', `${utc(view.proposal.start)}/${utc(view.proposal.end)}`);
  if (view.attendees.length > 0) params.set('add', view.attendees.join(','));
  params.set('details', t('calendar_scheduleDetails', view.label));
  return `${origin}/calendar/render?${params}`;
}
