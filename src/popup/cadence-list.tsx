import type {CadenceView} from '../shared/messages.ts';
import {dayKeyLabel, shortDate} from '../ui/dates.ts';
import type {CadenceState} from './use-cadence.ts';

const STATUS_WORDS: Record<CadenceView['status'], string> = {
  ok: 'On track', 'due-soon': 'Due soon', overdue: 'Overdue', 'not-scheduled': 'Not scheduled', unknown: 'Not enough calendar seen',
};

/** A stored event start: a timed ISO instant, or a bare day when only the day is known. */
function when(iso: string | undefined, timeZone: string): string {
  if (!iso) return 'none';
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayKeyLabel(iso) : shortDate(Date.parse(iso), timeZone);
}

/** Cadence kept per target: each regular meeting with its state, when it last happened and when it next will. */
export function CadenceList({state, timeZone}: {state: CadenceState; timeZone: string}) {
  if (state.status === 'loading') return <p className="muted">Reading the calendar…</p>;
  if (state.status === 'failed') return <p className="warn" role="alert">Could not read the cadence: {state.error}</p>;
  const {views, guessedPeople} = state.report;
  if (views.length === 0) {
    return <p className="muted" data-testid="cadence-empty">No regular meetings to follow yet. Say who your executive is in Settings, then open their week in Google Calendar.</p>;
  }
  return (
    <>
      {guessedPeople && <p className="muted">Rapport guessed who your executive is from the calendar; set it in Settings to be sure.</p>}
      <ul className="plain cadence" data-testid="cadence-list">
        {views.map((view) => (
          <li key={view.targetId} className="cadence-row" data-target={view.targetId}>
            <span className="cadence-label"><strong>{view.label}</strong>
              <span className={`chip status-${view.status}`}>{STATUS_WORDS[view.status]}</span>
            </span>
            <span className="muted">Last: {when(view.lastHeld, timeZone)} · Next: {when(view.nextScheduled, timeZone)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
