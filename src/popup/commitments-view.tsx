import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useLiveQuery} from 'dexie-react-hooks';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {t, tCount, type MessageKey} from '../shared/i18n.ts';
import {database} from '../store/db.ts';
import type {StoredCommitment} from '../store/records.ts';
import {CommitmentItem, type CommitmentAction} from './commitment-item.tsx';
import {filterCommitments, NO_FILTER, peopleIn, type CommitmentFilter, type StatusFilter} from './commitment-filter.ts';
import {markReady} from './ready-mark.ts';
import {useNow} from './use-now.ts';

const PAGE = 50; // a year holds thousands: draw a page at a time so the popup stays quick
const STATUSES: Array<{value: StatusFilter; message: MessageKey}> = [
  {value: 'open', message: 'popup_filterOpen'}, {value: 'done', message: 'popup_filterDone'},
  {value: 'dismissed', message: 'popup_filterDismissed'}, {value: 'all', message: 'popup_filterAll'},
];
/** What the user just did, announced with the count: "Marked done: confirm the venue". */
const DONE: Record<CommitmentAction, MessageKey> = {done: 'popup_announceDone', dismiss: 'popup_announceDismissed', reopen: 'popup_announceReopened'};

/** "Commitments": every promise tracked, newest first, searchable and filterable, each with its actions. */
export function CommitmentsView({focusId, settings}: {focusId: string | null; settings: Settings | undefined}) {
  const now = useNow();
  const all = useLiveQuery(() => database().commitments.orderBy('createdAt').reverse().toArray(), []);
  // A deep link to one commitment shows it whatever its status.
  const [filter, setFilter] = useState<CommitmentFilter>({...NO_FILTER, status: focusId ? 'all' : 'open'});
  const [shown, setShown] = useState(PAGE);
  const [announcement, setAnnouncement] = useState('');
  const refocusAt = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const people = useMemo(() => peopleIn(all ?? []), [all]);
  const matching = useMemo(() => filterCommitments(all ?? [], filter), [all, filter]);
  const focusIndex = focusId ? matching.findIndex((commitment) => commitment.id === focusId) : -1;
  const visible = matching.slice(0, Math.max(shown, focusIndex + 1));
  const loaded = all !== undefined;

  useEffect(() => {
    if (loaded) markReady();
  }, [loaded]);
  // An acted-on item may leave the filtered list (or swap its buttons), taking the keyboard focus with it: put the
  // focus back at the same place in the list rather than on <body>. Pending until the list has changed.
  const refocus = useCallback(() => {
    const pending = refocusAt.current;
    if (pending === null || !list.current) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    refocusAt.current = null;
    const items = list.current.querySelectorAll<HTMLElement>(':scope > li');
    (items[Math.min(pending, items.length - 1)] ?? list.current).focus();
  }, []);
  useEffect(refocus, [matching, refocus]);

  if (!all || !settings) return <p className="muted">{t('ui_loading')}</p>;
  const timeZone = effectiveTimeZone(settings);
  const update = (patch: Partial<CommitmentFilter>) => {
    setFilter({...filter, ...patch});
    setShown(PAGE);
    setAnnouncement('');
  };
  const onActing = (commitment: StoredCommitment) => {
    refocusAt.current = visible.findIndex((item) => item.id === commitment.id);
  };
  const onActed = (commitment: StoredCommitment, action: CommitmentAction | null) => {
    if (action === null) {
      refocusAt.current = null;
      return;
    }
    setAnnouncement(t(DONE[action], commitment.action || commitment.sentence));
    refocus();
  };

  const count = tCount('popup_commitmentCount', matching.length);
  if (all.length === 0) {
    return (
      <div className="card" data-testid="commitments-empty">
        <h2>{t('popup_noCommitments')}</h2>
        <p>{t('popup_noCommitmentsDetail')}</p>
      </div>
    );
  }
  return (
    <div className="commitments" data-testid="commitments-view">
      <h2 className="visually-hidden">{t('popup_viewCommitments')}</h2>
      <form className="filters" role="search" aria-label={t('popup_findCommitments')} onSubmit={(event) => event.preventDefault()}>
        <label className="field grow">
          <span>{t('popup_search')}</span>
          <input type="search" value={filter.text} placeholder={t('popup_searchPlaceholder')} onChange={(event) => update({text: event.target.value})} />
        </label>
        <label className="field">
          <span>{t('popup_status')}</span>
          <select value={filter.status} onChange={(event) => update({status: event.target.value as StatusFilter})}>
            {STATUSES.map((status) => <option key={status.value} value={status.value}>{t(status.message)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('popup_person')}</span>
          <select value={filter.person} onChange={(event) => update({person: event.target.value})}>
            <option value="">{t('popup_everyone')}</option>
            {people.map((person) => <option key={person} value={person}>{person}</option>)}
          </select>
        </label>
      </form>
      <p role="status" className="muted small" data-testid="commitments-count">
        {announcement ? t('popup_countAndAnnouncement', count, announcement) : count}
      </p>
      {matching.length === 0 ? (
        <div className="card">
          <p>{t('popup_nothingMatches')}</p>
          <button type="button" onClick={() => update(NO_FILTER)}>{t('popup_showAllCommitments')}</button>
        </div>
      ) : (
        <ul className="plain commitment-list" ref={list} tabIndex={-1} aria-label={t('popup_commitmentsFound')} data-testid="commitment-list">
          {visible.map((commitment) => (
            <CommitmentItem key={commitment.id} commitment={commitment} now={now} timeZone={timeZone} focused={commitment.id === focusId} onActing={onActing} onActed={onActed} />
          ))}
        </ul>
      )}
      {visible.length < matching.length && (
        <button type="button" onClick={() => setShown(visible.length + PAGE)}>{tCount('popup_showMore', Math.min(PAGE, matching.length - visible.length))}</button>
      )}
    </div>
  );
}
