import {useEffect, useRef, useState} from 'react';
import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import {nudgesDueNow} from '../store/nudges.ts';
import type {StoredNudge} from '../store/records.ts';
import {dueLabel, snoozeChoices} from '../ui/due-label.ts';
import {completeNudge, snoozeNudge} from './nudge-actions.ts';
import {useNow} from './use-now.ts';

/** "Now": what needs the user, most urgent first, each with done, snooze and dismiss. */
export function NowList({focusId}: {focusId: string | null}) {
  const now = useNow();
  const nudges = useLiveQuery(() => nudgesDueNow(database(), now), [now]);
  if (nudges === undefined) return <p className="muted">Loading…</p>;
  if (nudges.length === 0) {
    return (
      <div className="card" data-testid="now-empty">
        <p><strong>Nothing needs you right now.</strong></p>
        <p className="muted">Open Gmail and start a message: Rapport's panel appears under the editor and its hints stay on this machine.</p>
      </div>
    );
  }
  return (
    <ul className="nudges" data-testid="now-list">
      {nudges.map((nudge) => <NudgeItem key={nudge.id} nudge={nudge} now={now} focused={nudge.id === focusId} />)}
    </ul>
  );
}

function NudgeItem({nudge, now, focused}: {nudge: StoredNudge; now: number; focused: boolean}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.focus();
  }, [focused]);
  const act = (work: () => Promise<void>) => async () => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  };
  const overdue = nudge.dueAt !== null && nudge.dueAt < now;
  const headingId = `nudge-${nudge.id}`;
  return (
    <li ref={ref} tabIndex={-1} className={`card nudge${focused ? ' focused' : ''}`} data-nudge-id={nudge.id} aria-labelledby={headingId}>
      <div className="nudge-head">
        <strong id={headingId}>{nudge.title}</strong>
        <span className={overdue ? 'warn' : 'muted'}>{dueLabel(nudge.dueAt, now)}</span>
      </div>
      <p className="muted">{nudge.detail}</p>
      <div className="actions" role="group" aria-label={`Actions for ${nudge.title}`}>
        <button type="button" disabled={busy} onClick={act(() => completeNudge(nudge, 'done'))}>Done</button>
        <label className="snooze">
          <span className="visually-hidden">Snooze</span>
          <select disabled={busy} aria-label={`Snooze ${nudge.title}`} value="" onChange={(event) => {
            const until = Number(event.target.value);
            if (until) void act(() => snoozeNudge(nudge, until))();
          }}>
            <option value="">Snooze…</option>
            {snoozeChoices(now).map((choice) => <option key={choice.label} value={choice.until}>{choice.label}</option>)}
          </select>
        </label>
        <button type="button" className="quiet" disabled={busy} onClick={act(() => completeNudge(nudge, 'dismiss'))}>Dismiss</button>
      </div>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}
