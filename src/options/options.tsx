import {t} from '../shared/i18n.ts';
import {ErrorBoundary} from '../ui/error-boundary.tsx';
import {Diagnostics} from './diagnostics.tsx';
import {DataControls} from './data-controls.tsx';
import {PeopleForm} from './people-form.tsx';
import {RulesList} from './rules-list.tsx';
import {ScheduleForm} from './schedule-form.tsx';
import {CadenceForm} from './cadence-form.tsx';
import {RadarForm} from './radar-form.tsx';

/** The options page: who is who, the working week, hints, the user's data, and diagnostics. */
export function Options() {
  return (
    <main>
      <h1 className="brand">{t('extName')}</h1>
      <p className="muted">{t('options_intro')}</p>
      <ErrorBoundary name="options:people"><PeopleForm /></ErrorBoundary>
      <ErrorBoundary name="options:schedule"><ScheduleForm /></ErrorBoundary>
      <ErrorBoundary name="options:cadence"><CadenceForm /></ErrorBoundary>
      <ErrorBoundary name="options:radar"><RadarForm /></ErrorBoundary>
      <ErrorBoundary name="options:rules"><RulesList /></ErrorBoundary>
      <ErrorBoundary name="options:data"><DataControls /></ErrorBoundary>
      <ErrorBoundary name="options:diagnostics"><Diagnostics /></ErrorBoundary>
    </main>
  );
}
