import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {useLiveQuery} from 'dexie-react-hooks';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {database} from '../store/db.ts';
import type {StoredCommitment} from '../store/records.ts';
import {CommitmentItem, type CommitmentAction} from './commitment-item.tsx';
import {filterCommitments, NO_FILTER, peopleIn, type CommitmentFilter, type StatusFilter} from './commitment-filter.ts';
import {markReady} from './ready-mark.ts';
import {useNow} from './use-now.ts';

const PAGE = 50; // a year holds thousands: draw a page at a time so the popup stays quick
const STATUSES: Array<{value: StatusFilter; label: string}> = [
  {value: 'open', label: 'Open'}, {value: 'done', label: 'Done'}, {value: 'dismissed', label: 'Dismissed'}, {value: 'all', label: 'All'},
];
const PAST: Record<CommitmentAction, string> = {done: 'Marked done', dismiss: 'Dismissed', reopen: 'Reopened'};

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

  if (!all || !settings) return <p className="muted">Loading…</p>;
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
    setAnnouncement(`${PAST[action]}: ${commitment.action || commitment.sentence}`);
    refocus();
  };

  if (all.length === 0) {
    return (
      <div className="card" data-testid="commitments-empty">
        <h2>No commitments yet</h2>
        <p>When you send a mail from Gmail that promises something (“I’ll send the deck by Friday”), Rapport tracks it here with its due date.</p>
      </div>
    );
  }
  return (
    <div className="commitments" data-testid="commitments-view">
      <h2 className="visually-hidden">Commitments</h2>
      <form className="filters" role="search" aria-label="Find commitments" onSubmit={(event) => event.preventDefault()}>
        <label className="field grow">
          <span>Search</span>
          <input type="search" value={filter.text} placeholder="Words, people, subject" onChange={(event) => update({text: event.target.value})} />
        </label>
        <label className="field">
          <span>Status</span>
          <select value={filter.status} onChange={(event) => update({status: event.target.value as StatusFilter})}>
            {STATUSES.map((status) => <option key={status.value} value={status.value}>{status.label}</option>)}
          </select>
        </label>
        <label className="field">
          <span>Person</span>
          <select value={filter.person} onChange={(event) => update({person: event.target.value})}>
            <option value="">Everyone</option>
            {people.map((person) => <option key={person} value={person}>{person}</option>)}
          </select>
        </label>
      </form>
      <p role="status" className="muted small" data-testid="commitments-count">
        {matching.length === 1 ? '1 commitment' : `${matching.length} commitments`}{announcement && `. ${announcement}.`}
      </p>
      {matching.length === 0 ? (
        <div className="card">
          <p>Nothing matches.</p>
          <button type="button" onClick={() => update(NO_FILTER)}>Show all commitments</button>
        </div>
      ) : (
        <ul className="plain commitment-list" ref={list} tabIndex={-1} aria-label="Commitments found" data-testid="commitment-list">
          {visible.map((commitment) => (
            <CommitmentItem key={commitment.id} commitment={commitment} now={now} timeZone={timeZone} focused={commitment.id === focusId} onActing={onActing} onActed={onActed} />
          ))}
        </ul>
      )}
      {visible.length < matching.length && (
        <button type="button" onClick={() => setShown(visible.length + PAGE)}>Show {Math.min(PAGE, matching.length - visible.length)} more</button>
      )}
    </div>
  );
}
