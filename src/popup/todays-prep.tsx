// Before today's meetings: for each meeting today with a key person who has something open, what the user promised
// them, what they asked and what they promised (the Calendar event card's lists, ahead of time). Read after the Now
// list is up, so it never delays the popup's first paint.
import {useLiveQuery} from 'dexie-react-hooks';
import {t} from '../shared/i18n.ts';
import type {GuestPrep, PrepItem} from '../shared/meeting-prep.ts';
import {dayKey, shiftDay} from '../shared/zoned-time.ts';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {database} from '../store/db.ts';
import {meetingsToPrepare} from '../store/meeting-prep.ts';
import {keyPeopleOf} from '../store/radar.ts';
import {shortDateTime} from '../shared/dates.ts';
import {useNow} from './use-now.ts';

const SHOWN = 3;

function Items({heading, items}: {heading: string; items: PrepItem[]}) {
  if (items.length === 0) return null;
  return (
    <>
      <dt>{heading}</dt>
      {items.slice(0, SHOWN).map((item, index) => <dd key={index}>{item.sentence}</dd>)}
    </>
  );
}

function Guest({guest}: {guest: GuestPrep}) {
  return (
    <div className="prep-guest">
      <strong>{guest.name}</strong>
      <dl>
        <Items heading={t('popup_prepYouPromised')} items={guest.iPromised} />
        <Items heading={t('popup_prepTheyAsked')} items={guest.theyAsked} />
        <Items heading={t('popup_prepTheyPromised')} items={guest.theyPromised} />
      </dl>
    </div>
  );
}

export function TodaysPrep({settings}: {settings: Settings}) {
  const now = useNow();
  const timeZone = effectiveTimeZone(settings);
  const today = dayKey(now, timeZone);
  const meetings = useLiveQuery(async () => {
    const db = database();
    const keyEmails = new Set(keyPeopleOf(settings.people, await db.keyPeople.toArray()).map((person) => person.email));
    const isToday = (start: string) => (start.length === 10 ? start : dayKey(Date.parse(start), timeZone)) === today;
    return meetingsToPrepare(db, keyEmails, shiftDay(today, -1), shiftDay(today, 1), isToday);
  }, [today, timeZone, settings.people]);
  if (!meetings || meetings.length === 0) return null;
  return (
    <section className="card prep" aria-labelledby="prep-title" data-testid="todays-prep">
      <h2 id="prep-title">{t('popup_prepTitle')}</h2>
      {meetings.map((meeting) => (
        <article key={meeting.eventId} aria-label={meeting.title}>
          <h3>{meeting.start.length === 10 ? meeting.title : t('popup_prepMeeting', shortDateTime(Date.parse(meeting.start), timeZone), meeting.title)}</h3>
          {meeting.guests.map((guest) => <Guest key={guest.email} guest={guest} />)}
        </article>
      ))}
    </section>
  );
}
