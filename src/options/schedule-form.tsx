import {useState} from 'react';
import {saveSettings, type Settings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';

type Schedule = Pick<Settings, 'timeZone' | 'workingHours' | 'quietHours' | 'dailyNotificationBudget' | 'weeklySummary' | 'undatedFollowUpDays'>;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
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
  const toggleDay = (day: number) => set('workingHours', {
    ...draft.workingHours,
    days: draft.workingHours.days.includes(day) ? draft.workingHours.days.filter((d) => d !== day) : [...draft.workingHours.days, day].sort(),
  });
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">Your working week</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        void saveSettings(syncArea, draft).then(() => setSaved('Saved.'));
      }}>
        <fieldset>
          <legend>Working hours</legend>
          <label>From <input type="time" value={draft.workingHours.start} onChange={(e) => set('workingHours', {...draft.workingHours, start: e.target.value as Schedule['workingHours']['start']})} /></label>{' '}
          <label>to <input type="time" value={draft.workingHours.end} onChange={(e) => set('workingHours', {...draft.workingHours, end: e.target.value as Schedule['workingHours']['end']})} /></label>
          <div className="row">
            {DAYS.map((name, index) => (
              <label key={name}><input type="checkbox" checked={draft.workingHours.days.includes(index + 1)} onChange={() => toggleDay(index + 1)} /> {name.slice(0, 3)}</label>
            ))}
          </div>
        </fieldset>
        <label className="field"><span>Time zone</span>
          <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} data-testid="time-zone">
            <option value="">This browser's ({Intl.DateTimeFormat().resolvedOptions().timeZone})</option>
            {zones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
        </label>
        <fieldset>
          <legend>Quiet hours (no desktop notifications)</legend>
          <label><input type="checkbox" checked={draft.quietHours.enabled} onChange={(e) => set('quietHours', {...draft.quietHours, enabled: e.target.checked})} /> On</label>{' '}
          <label>from <input type="time" value={draft.quietHours.start} onChange={(e) => set('quietHours', {...draft.quietHours, start: e.target.value as Schedule['quietHours']['start']})} /></label>{' '}
          <label>to <input type="time" value={draft.quietHours.end} onChange={(e) => set('quietHours', {...draft.quietHours, end: e.target.value as Schedule['quietHours']['end']})} /></label>
        </fieldset>
        <label className="field"><span>At most this many notifications a day</span>
          <input type="number" min={0} max={50} value={draft.dailyNotificationBudget} onChange={(e) => set('dailyNotificationBudget', Math.max(0, Number(e.target.value) || 0))} data-testid="budget" />
        </label>
        <label className="field"><span>Ask about a promise with no date after this many working days</span>
          <input type="number" min={1} max={20} value={draft.undatedFollowUpDays} onChange={(e) => set('undatedFollowUpDays', Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <fieldset>
          <legend>Weekly summary</legend>
          <label>On <select value={draft.weeklySummary.day} onChange={(e) => set('weeklySummary', {...draft.weeklySummary, day: Number(e.target.value)})}>
            {DAYS.map((name, index) => <option key={name} value={index + 1}>{name}</option>)}
          </select></label>{' '}
          <label>at <input type="time" value={draft.weeklySummary.time} onChange={(e) => set('weeklySummary', {...draft.weeklySummary, time: e.target.value as Schedule['weeklySummary']['time']})} /></label>
        </fieldset>
        <button type="submit" aria-label="Save your working week">Save</button> <span role="status" className="muted">{saved}</span>
      </form>
    </section>
  );
}
