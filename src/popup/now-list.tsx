import {useEffect, useRef, useState} from 'react';
import {useLiveQuery} from 'dexie-react-hooks';
import {t, tCount} from '../shared/i18n.ts';
import {database} from '../store/db.ts';
import {dueNowPage} from '../store/nudges-due-page.ts';
import {countDueNow} from '../store/nudges.ts';
import type {StoredNudge} from '../store/records.ts';
import {dueLabel, snoozeChoices} from '../ui/due-label.ts';
import {completeNudge, snoozeNudge} from './nudge-actions.ts';
import {markReady} from './ready-mark.ts';
import {useNow} from './use-now.ts';
import {useSettings} from '../ui/use-settings.ts';
import {useItemAction} from './use-item-action.ts';
import {Welcome} from './welcome.tsx';
import {words} from '../shared/stored-text.ts';

/** A long backlog is drawn a page at a time: nobody works through more at once, and the popup must open fast. */
const PAGE = 20;

/** "Now": what needs the user, most urgent first, each with done, snooze and dismiss. */
export function NowList({focusId}: {focusId: string | null}) {
  const now = useNow();
  const [shown, setShown] = useState(PAGE);
  // Only the nudges shown are read (a notification's link reads on to its nudge, however deep in the backlog), so a
  // year of backlog opens as fast as a day's; "show more" reads the next page. Counting them all costs about as much
  // as reading them in Chromium, so the list does not wait for the count: the total (the list's name, "show more")
  // follows a moment later, asked only once the page is in (IndexedDB answers one request after another, and a
  // count asked first would hold the page back).
  const nudges = useLiveQuery(() => dueNowPage(database(), now, shown, focusId), [now, shown, focusId]);
  const pageRead = nudges !== undefined;
  const total = useLiveQuery(() => pageRead ? countDueNow(database(), now) : undefined, [now, pageRead]);
  const hasItems = nudges !== undefined && nudges.length > 0;
  useEffect(() => {
    if (hasItems) markReady();
  }, [hasItems]);
  // A nudge acted on leaves the list and would take the keyboard focus with it: put the focus on the item that
  // took its place (or the list's end, or the "Now" panel when the list is empty) once the list has changed.
  const list = useRef<HTMLUListElement>(null);
  const refocusAt = useRef<number | null>(null);
  useEffect(() => {
    const pending = refocusAt.current;
    if (pending === null) return;
    refocusAt.current = null;
    const items = [...(list.current?.children ?? [])] as HTMLElement[];
    const target = items[Math.min(pending, items.length - 1)] ?? document.querySelector<HTMLElement>('[role="tabpanel"]');
    target?.focus();
  }, [nudges]);
  if (nudges === undefined) return <p className="muted">{t('ui_loading')}</p>;
  if (nudges.length === 0) return <NothingDue />;
  return (
    <>
      <ul ref={list} className="nudges" data-testid="now-list" aria-label={total === undefined ? t('popup_viewNow') : tCount('popup_needYou', Math.max(total, nudges.length))}>
        {nudges.map((nudge, index) => (
          <NudgeItem key={nudge.id} nudge={nudge} now={now} focused={nudge.id === focusId} onActing={() => {
            refocusAt.current = index;
          }} />
        ))}
      </ul>
      {total !== undefined && nudges.length < total && (
        <button type="button" onClick={() => setShown(nudges.length + PAGE)}>
          {tCount('popup_showMoreOf', Math.min(PAGE, total - nudges.length), total - nudges.length)}
        </button>
      )}
    </>
  );
}

/** Nothing due: a new user learns what to do first; anyone else, that all is well. */
function NothingDue() {
  const settings = useSettings();
  // Any record at all means Rapport has been at work; one key from each table answers that without reading them.
  const used = useLiveQuery(async () => {
    const db = database();
    const firsts = await Promise.all([db.commitments, db.nudges, db.toneStats, db.events].map((table) => table.limit(1).primaryKeys()));
    return firsts.some((keys) => keys.length > 0);
  }, []);
  const known = used !== undefined && settings !== undefined;
  useEffect(() => {
    if (known) markReady();
  }, [known]);
  if (!known) return <p className="muted">{t('ui_loading')}</p>;
  if (!used) {
    return (
      <div data-testid="now-empty">
        <Welcome hasExecutive={settings.people.executives.length > 0} />
      </div>
    );
  }
  return (
    <div className="card" data-testid="now-empty">
      <p><strong>{t('popup_nothingNeedsYou')}</strong></p>
      <p className="muted">{t('popup_nothingNeedsYouDetail')}</p>
    </div>
  );
}

function NudgeItem({nudge, now, focused, onActing}: {nudge: StoredNudge; now: number; focused: boolean; onActing: () => void}) {
  const {ref, busy, error, run} = useItemAction(focused);
  // A nudge acted on leaves the list, so success needs nothing more here.
  const act = (work: () => Promise<void>) => async () => {
    if (busy) return;
    onActing();
    await run(work);
  };
  const overdue = nudge.dueAt !== null && nudge.dueAt < now;
  const headingId = `nudge-${nudge.id}`;
  const title = words(nudge.title);
  return (
    <li ref={ref} tabIndex={-1} className={`card nudge${focused ? ' focused' : ''}`} data-nudge-id={nudge.id} aria-labelledby={headingId}>
      <div className="nudge-head">
        <strong id={headingId}>{title}</strong>
        <span className={overdue ? 'warn' : 'muted'}>{dueLabel(nudge.dueAt, now)}</span>
      </div>
      <p className="muted">{words(nudge.detail)}</p>
      <div className="actions" role="group" aria-label={t('popup_actionsFor', title)}>
        <button type="button" className="primary" aria-disabled={busy} onClick={act(() => completeNudge(nudge, 'done'))}>{t('popup_done')}</button>
        <label className="snooze">
          <span className="visually-hidden">{t('popup_snooze')}</span>
          <select disabled={busy} aria-label={t('popup_snoozeItem', title)} value="" onChange={(event) => {
            const until = Number(event.target.value);
            if (until) void act(() => snoozeNudge(nudge, until))();
          }}>
            <option value="">{t('popup_snoozeChoose')}</option>
            {snoozeChoices(now).map((choice) => <option key={choice.label} value={choice.until}>{choice.label}</option>)}
          </select>
        </label>
        <button type="button" className="quiet" aria-disabled={busy} onClick={act(() => completeNudge(nudge, 'dismiss'))}>{t('popup_dismiss')}</button>
        {nudge.link && (
          <a className="open" href={nudge.link} target="_blank" rel="noreferrer">
            {nudge.link.startsWith('https://calendar.google.com/') ? t('popup_openCalendar') : t('popup_openThread')}
          </a>
        )}
      </div>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}
