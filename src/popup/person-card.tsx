import type {Group, OwedItem, PersonRadar} from '../radar/index.ts';
import {t, tCount} from '../shared/i18n.ts';
import {send} from '../shared/send.ts';
import {writeLink} from '../store/radar-nudges.ts';
import {
  CHOSEN_GROUPS, GROUP_LABEL, INTERVAL_CHOICES, isLate, lastContactText, owedWhen, scheduleLink, STATUS_LABEL, touchText,
} from './people-rows.ts';
import {useItemAction} from './use-item-action.ts';

type Props = {
  entry: PersonRadar; now: number; timeZone: string;
  /** The group's default interval, for the "group default" choice. */
  groupEvery: Record<Group, number>;
  focused: boolean;
  /** Named in who-is-who (the executive, a direct report): key by that, so never removed here. */
  inWhoIsWho: boolean;
  /** What the user just did, for the view's live region. */
  onAnnounce: (text: string) => void;
};

/** One key person: where the user stands with them, what is owed both ways, and what the user can do. */
export function PersonCard({entry, now, timeZone, groupEvery, focused, inWhoIsWho, onAnnounce}: Props) {
  const {ref, busy, error, run} = useItemAction(focused);
  const {person} = entry;
  const name = person.name || person.email;
  const headingId = `person-${person.email}`;
  const touch = touchText(entry, now);
  // Through the background: the radar's nudges and the badge follow the change in the same run.
  const act = async (work: () => Promise<unknown>, said: string) => {
    if (busy) return;
    if (await run(work)) onAnnounce(said);
  };
  const save = (change: {group?: Group; everyDays?: number | null}) => act(() => send('people/save', {
    email: person.email, name: person.name, group: change.group ?? person.group,
    everyDays: change.everyDays !== undefined ? change.everyDays : person.everyDays ?? null,
  }), t('popup_announceSaved', name));
  const busyProps = {'aria-disabled': busy || undefined};
  // The item marked done leaves the list with the focused button: keep the keyboard on this person's card (it stays
  // even when its last item goes) rather than let the focus fall to the page.
  const onItemDone = (said: string) => {
    onAnnounce(said);
    ref.current?.focus();
  };
  return (
    <li ref={ref} tabIndex={-1} className={`card person status-${entry.status}${focused ? ' focused' : ''}`} data-person={person.email} aria-labelledby={headingId}>
      <div className="nudge-head">
        <strong id={headingId}>{name}</strong>
        <span className={`chip status-${entry.status}`}>{t(STATUS_LABEL[entry.status])}</span>
      </div>
      <p className="muted small">{[t(GROUP_LABEL[person.group]), person.email].join(' · ')}</p>
      <p className="small">
        {lastContactText(entry.lastContact, timeZone)} · <span className={touch.warn ? 'warn' : undefined}>{touch.text}</span>
      </p>
      <OwedList entry={entry} items={entry.owedByMe} title={t('popup_waitingOnYou')} now={now} timeZone={timeZone} onDone={onItemDone} />
      <OwedList entry={entry} items={entry.owedToMe} title={t('popup_promisedToYou')} now={now} timeZone={timeZone} onDone={onItemDone} />
      <div className="actions" role="group" aria-label={t('popup_actionsFor', name)}>
        <a className="open" href={writeLink(person.email)} target="_blank" rel="noreferrer">{t('popup_write')}</a>
        <a className="open" href={scheduleLink(person.email, t('popup_meetingTitle', name))} target="_blank" rel="noreferrer">{t('popup_schedule')}</a>
      </div>
      <details className="person-settings">
        <summary>{t('popup_personSettings')}</summary>
        <div className="filters">
          {!inWhoIsWho && (
            <label className="field">
              <span>{t('popup_group')}</span>
              <select value={person.group} disabled={busy} onChange={(event) => void save({group: event.target.value as Group})}>
                {/* Someone once in who-is-who keeps that group until the user picks another. */}
                {[...new Set([...CHOSEN_GROUPS, person.group])].map((group) => <option key={group} value={group}>{t(GROUP_LABEL[group])}</option>)}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t('popup_interval')}</span>
            <select value={person.everyDays ?? ''} disabled={busy} onChange={(event) => void save({everyDays: event.target.value ? Number(event.target.value) : null})}>
              <option value="">{t('popup_intervalDefault', tCount('popup_everyDays', groupEvery[person.group]))}</option>
              {[...new Set([...INTERVAL_CHOICES, ...(person.everyDays ? [person.everyDays] : [])])].sort((a, b) => a - b)
                .map((days) => <option key={days} value={days}>{tCount('popup_everyDays', days)}</option>)}
            </select>
          </label>
        </div>
        {inWhoIsWho ? <p className="muted small">{t('popup_keyFromWhoIsWho')}</p> : (
          <button type="button" className="quiet" {...busyProps} onClick={() => void act(() => send('people/remove', {email: person.email}), t('popup_announceRemoved', name))}>
            {t('popup_removePerson')}
          </button>
        )}
      </details>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}

/** Asks waiting on the user, or promises made to the user; each with Done. Nothing when there are none. */
function OwedList({entry, items, title, now, timeZone, onDone}: {
  entry: PersonRadar; items: OwedItem[]; title: string; now: number; timeZone: string; onDone: (said: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <div className="owed">
      <h4 className="small">{title}</h4>
      <ul className="plain" aria-label={title}>
        {items.map((item) => <OwedRow key={item.id} item={item} late={isLate(entry, item, now)} now={now} timeZone={timeZone} onDone={onDone} />)}
      </ul>
    </div>
  );
}

function OwedRow({item, late, now, timeZone, onDone}: {item: OwedItem; late: boolean; now: number; timeZone: string; onDone: (said: string) => void}) {
  const {ref, busy, error, run} = useItemAction(false);
  const when = owedWhen(item, late, now, timeZone);
  const done = async () => {
    if (busy) return;
    if (await run(() => send('owed/update', {id: item.id, action: 'done'}))) onDone(t('popup_announceItemDone', item.sentence.replace(/[.!?…]+$/, '')));
  };
  return (
    <li ref={ref} className={`owed-item${late ? ' late' : ''}`} data-owed-id={item.id}>
      <blockquote className="sentence">{item.sentence}</blockquote>
      <div className="actions">
        <span className={`small ${when.warn ? 'warn' : 'muted'}`}>{late && <strong>{t('popup_late')} · </strong>}{when.text}</span>
        <button type="button" aria-disabled={busy || undefined} aria-label={t('popup_doneItem', item.sentence)} onClick={() => void done()}>{t('popup_done')}</button>
      </div>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}
