import {useLiveQuery} from 'dexie-react-hooks';
import {t} from '../shared/i18n.ts';
import {dayKeyLabel} from '../shared/dates.ts';
import {database} from '../store/db.ts';
import {pastWeeks, type PastWeek} from '../store/past-weeks.ts';

type State = {weeks: PastWeek[]} | {failed: string};

/**
 * "Previous weeks": each week's summary as the weekly alarm kept it, newest first. A table, so a screen reader
 * reads each figure with its week and its column. Read live: a summary written while the popup is open appears.
 */
export function PastWeeks({weekStart}: {weekStart: string}) {
  // A failed read says so here and leaves the rest of the view standing.
  const state = useLiveQuery<State>(() => pastWeeks(database(), weekStart).then(
    (weeks) => ({weeks}),
    (error: unknown) => ({failed: error instanceof Error ? error.message : String(error)}),
  ), [weekStart]);
  return (
    <section aria-labelledby="week-past" className="card wide" data-testid="past-weeks">
      <h3 id="week-past">{t('popup_pastWeeks')}</h3>
      {state === undefined ? <p className="muted">{t('ui_loading')}</p>
        : 'failed' in state ? <p className="warn" role="alert">{t('popup_pastWeeksFailed', state.failed)}</p>
        : state.weeks.length === 0 ? <p className="muted" data-testid="past-weeks-empty">{t('popup_pastWeeksEmpty')}</p>
        : <PastWeeksTable weeks={state.weeks} />}
    </section>
  );
}

function PastWeeksTable({weeks}: {weeks: PastWeek[]}) {
  return (
    <table className="past-weeks">
      <caption className="visually-hidden">{t('popup_pastWeeksCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup_pastWeekColumn')}</th>
          <th scope="col">{t('popup_figureMade')}</th>
          <th scope="col">{t('popup_figureKeptOnTime')}</th>
          <th scope="col">{t('popup_figureLate')}</th>
          <th scope="col">{t('popup_pastOpenColumn')}</th>
          <th scope="col">{t('popup_pastCadenceColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart} data-week={week.weekStart}>
            <th scope="row">{dayKeyLabel(week.weekStart)}</th>
            <td>{week.made}</td>
            <td>{week.keptOnTime}</td>
            <td>{week.late}</td>
            <td>{week.open}</td>
            <td>{week.cadence
              ? t('popup_pastCadenceKept', week.cadence.kept, week.cadence.of)
              : <><span aria-hidden="true">–</span><span className="visually-hidden">{t('popup_pastCadenceNotKept')}</span></>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
