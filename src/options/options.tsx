import {t} from '../shared/i18n.ts';
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
      <PeopleForm />
      <ScheduleForm />
      <CadenceForm />
      <RadarForm />
      <RulesList />
      <DataControls />
      <Diagnostics />
    </main>
  );
}
