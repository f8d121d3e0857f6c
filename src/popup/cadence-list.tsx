import {cadenceStatusLabel} from '../shared/cadence-text.ts';
import {t} from '../shared/i18n.ts';
import {dayKeyLabel, shortDate} from '../shared/dates.ts';
import type {CadenceState} from './use-cadence.ts';

/** A stored event start: a timed ISO instant, or a bare day when only the day is known. */
function when(iso: string | undefined, timeZone: string): string {
  if (!iso) return t('popup_cadenceNoDate');
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayKeyLabel(iso) : shortDate(Date.parse(iso), timeZone);
}

/**
 * Cadence kept per target: each regular meeting with its state, when it last happened and when it next will. The
 * background names each meeting in the user's language already.
 */
export function CadenceList({state, timeZone}: {state: CadenceState; timeZone: string}) {
  if (state.status === 'loading') return <p className="muted">{t('popup_cadenceLoading')}</p>;
  if (state.status === 'failed') return <p className="warn" role="alert">{t('popup_cadenceFailed', state.error)}</p>;
  const {views, guessedPeople} = state.report;
  if (views.length === 0) {
    return <p className="muted" data-testid="cadence-empty">{t('popup_cadenceEmpty')}</p>;
  }
  return (
    <>
      {guessedPeople && <p className="muted">{t('popup_cadenceGuessed')}</p>}
      <ul className="plain cadence" data-testid="cadence-list">
        {views.map((view) => (
          <li key={view.targetId} className="cadence-row" data-target={view.targetId}>
            <span className="cadence-label"><strong>{view.label}</strong>
              <span className={`chip status-${view.status}`}>{cadenceStatusLabel(view.status)}</span>
            </span>
            <span className="muted">{t('popup_cadenceLastNext', when(view.lastHeld, timeZone), when(view.nextScheduled, timeZone))}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
