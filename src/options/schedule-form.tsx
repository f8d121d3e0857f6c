import {useState} from 'react';
import {defaultSettings, saveSettings, type Settings} from '../settings/settings.ts';
import {settingsProblems} from '../settings/settings-checks.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';
import {t, uiLanguage} from '../shared/i18n.ts';
import {sentence} from '../ui/sentence.tsx';

type Schedule = Pick<Settings, 'timeZone' | 'workingHours' | 'quietHours' | 'dailyNotificationBudget' | 'weeklySummary' | 'undatedFollowUpDays'>;

/** Monday (1) to Sunday (7) in the interface language: 1 January 2024 was a Monday. */
function weekdays(width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(uiLanguage(), {weekday: width, timeZone: 'UTC'});
  return Array.from({length: 7}, (_, index) => format.format(Date.UTC(2024, 0, 1 + index)));
}

const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

const pick = (settings: Settings): Schedule => ({
  timeZone: settings.timeZone, workingHours: settings.workingHours, quietHours: settings.quietHours,
  dailyNotificationBudget: settings.dailyNotificationBudget, weeklySummary: settings.weeklySummary, undatedFollowUpDays: settings.undatedFollowUpDays,
});

/** When the EA works, when Rapport may interrupt, and when the week is summed up. Saved to sync storage. */
export function ScheduleForm() {
  const settings = useSettings();
  return settings ? <ScheduleFields initial={pick(settings)} /> : null;
}

function ScheduleFields({initial}: {initial: Schedule}) {
  const [draft, setDraft] = useState<Schedule>(initial);
  const [saved, setSaved] = useState('');
  const set = <K extends keyof Schedule>(key: K, value: Schedule[K]) => setDraft({...draft, [key]: value});
  const [longDays, shortDays] = [weekdays('long'), weekdays('short')];
  const toggleDay = (day: number) => set('workingHours', {
    ...draft.workingHours,
    days: draft.workingHours.days.includes(day) ? draft.workingHours.days.filter((d) => d !== day) : [...draft.workingHours.days, day].sort(),
  });
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('options_scheduleTitle')}</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        // Refused, with the reason, rather than saved and silently replaced by the default on the next load.
        const [problem] = settingsProblems({...defaultSettings, ...draft});
        if (problem) setSaved(t(problem.message));
        else void saveSettings(syncArea, draft).then(() => setSaved(t('options_saved')));
      }}>
        <fieldset>
          <legend>{t('options_workingHours')}</legend>
          {sentence('options_workingHoursRange',
            <input type="time" aria-label={t('options_workingHoursStart')} value={draft.workingHours.start} onChange={(e) => set('workingHours', {...draft.workingHours, start: e.target.value as Schedule['workingHours']['start']})} />,
            <input type="time" aria-label={t('options_workingHoursEnd')} value={draft.workingHours.end} onChange={(e) => set('workingHours', {...draft.workingHours, end: e.target.value as Schedule['workingHours']['end']})} />)}
          <div className="row">
            {shortDays.map((name, index) => (
              <label key={index}><input type="checkbox" checked={draft.workingHours.days.includes(index + 1)} onChange={() => toggleDay(index + 1)} /> {name}</label>
            ))}
          </div>
        </fieldset>
        <label className="field"><span>{t('options_timeZone')}</span>
          <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} data-testid="time-zone">
            <option value="">{t('options_timeZoneBrowser', Intl.DateTimeFormat().resolvedOptions().timeZone)}</option>
            {zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        </label>
        <fieldset>
          <legend>{t('options_quietHours')}</legend>
          <label><input type="checkbox" checked={draft.quietHours.enabled} onChange={(e) => set('quietHours', {...draft.quietHours, enabled: e.target.checked})} /> {t('options_quietHoursOn')}</label>{' '}
          {sentence('options_quietHoursRange',
            <input type="time" aria-label={t('options_quietHoursStart')} value={draft.quietHours.start} onChange={(e) => set('quietHours', {...draft.quietHours, start: e.target.value as Schedule['quietHours']['start']})} />,
            <input type="time" aria-label={t('options_quietHoursEnd')} value={draft.quietHours.end} onChange={(e) => set('quietHours', {...draft.quietHours, end: e.target.value as Schedule['quietHours']['end']})} />)}
        </fieldset>
        <label className="field"><span>{t('options_notificationBudget')}</span>
          <input type="number" min={0} max={50} value={draft.dailyNotificationBudget} onChange={(e) => set('dailyNotificationBudget', Math.max(0, Number(e.target.value) || 0))} data-testid="budget" />
        </label>
        <label className="field"><span>{t('options_undatedFollowUp')}</span>
          <input type="number" min={1} max={20} value={draft.undatedFollowUpDays} onChange={(e) => set('undatedFollowUpDays', Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <fieldset>
          <legend>{t('options_weeklySummary')}</legend>
          {sentence('options_weeklySummaryWhen',
            <select aria-label={t('options_weeklySummaryDay')} value={draft.weeklySummary.day} onChange={(e) => set('weeklySummary', {...draft.weeklySummary, day: Number(e.target.value)})}>
              {longDays.map((name, index) => <option key={index} value={index + 1}>{name}</option>)}
            </select>,
            <input type="time" aria-label={t('options_weeklySummaryTime')} value={draft.weeklySummary.time} onChange={(e) => set('weeklySummary', {...draft.weeklySummary, time: e.target.value as Schedule['weeklySummary']['time']})} />)}
        </fieldset>
        <button type="submit" aria-label={t('options_scheduleSave')}>{t('options_save')}</button> <span role="status" className="muted" data-testid="schedule-status">{saved}</span>
      </form>
    </section>
  );
}
