import {useState} from 'react';
import {defaultTargets, type CadenceTarget} from '../cadence/index.ts';
import {defaultSettings, saveSettings, type TargetOverride, type Settings} from '../settings/settings.ts';
import {settingsProblems} from '../settings/settings-checks.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';
import {cadenceLabel} from '../shared/cadence-text.ts';
import {pluralKey, t} from '../shared/i18n.ts';
import {sentence} from '../ui/sentence.tsx';

type Row = {id: string; label: string; enabled: boolean; everyDays: number; toleranceDays: number; keywords: string; workingDaysOnly: boolean};

// Only stands in for attendee matching until the user names their executive; never shown.
const PLACEHOLDER = {email: 'executive@example.com', name: 'your executive'};

function rows(settings: Settings): Row[] {
  const executive = settings.people.executives[0] ?? PLACEHOLDER;
  const targets: CadenceTarget[] = defaultTargets({executive, directReports: settings.people.directReports});
  return targets.map((target) => {
    const change = settings.cadence.targets[target.id] ?? {};
    return {
      id: target.id, label: cadenceLabel(target), enabled: change.enabled !== false,
      everyDays: change.everyDays ?? target.everyDays, toleranceDays: change.toleranceDays ?? target.toleranceDays,
      keywords: (change.titleKeywords ?? target.titleKeywords).join(', '), workingDaysOnly: target.workingDaysOnly === true,
    };
  });
}

/** The meeting rhythm: each target on or off, how often, how much slack, which titles count. */
export function CadenceForm() {
  const settings = useSettings();
  return settings ? <CadenceRows settings={settings} /> : null;
}

function CadenceRows({settings}: {settings: Settings}) {
  const [draft, setDraft] = useState(() => rows(settings));
  const [saved, setSaved] = useState('');
  const update = (id: string, change: Partial<Row>) => setDraft(draft.map((row) => (row.id === id ? {...row, ...change} : row)));
  const save = async () => {
    const targets: Record<string, TargetOverride> = {};
    for (const row of draft) {
      targets[row.id] = {enabled: row.enabled, everyDays: row.everyDays, toleranceDays: row.toleranceDays,
        titleKeywords: row.keywords.split(',').map((word) => word.trim()).filter(Boolean)};
    }
    const [problem] = settingsProblems({...defaultSettings, cadence: {targets}});
    if (problem) {
      setSaved(t(problem.message));
      return;
    }
    await saveSettings(syncArea, {cadence: {targets}});
    setSaved(t('options_cadenceSaved'));
  };
  return (
    <section aria-labelledby="cadence-title">
      <h2 id="cadence-title">{t('options_cadenceTitle')}</h2>
      {settings.people.executives.length === 0 && <p className="muted">{t('options_cadenceNeedsExecutive', t('options_peopleTitle'))}</p>}
      <form onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
        {draft.map((row) => (
          <fieldset key={row.id} data-target-id={row.id}>
            <legend><label><input type="checkbox" checked={row.enabled} onChange={(event) => update(row.id, {enabled: event.target.checked})} /> {row.label}</label></legend>
            <div>
              {sentence(pluralKey(row.workingDaysOnly ? 'options_cadenceEveryWorkingDays' : 'options_cadenceEveryDays', row.everyDays),
                <input type="number" min={1} max={366} value={row.everyDays}
                  aria-label={t(row.workingDaysOnly ? 'options_cadenceEveryWorkingLabel' : 'options_cadenceEveryLabel', row.label)}
                  onChange={(event) => update(row.id, {everyDays: Number(event.target.value) || 1})} />,
                <input type="number" min={0} max={90} value={row.toleranceDays} aria-label={t('options_cadenceSlackLabel', row.label)}
                  onChange={(event) => update(row.id, {toleranceDays: Math.max(0, Number(event.target.value) || 0)})} />)}
            </div>
            <label className="field"><span>{t('options_cadenceKeywords')}</span>
              <input type="text" value={row.keywords} onChange={(event) => update(row.id, {keywords: event.target.value})} /></label>
          </fieldset>
        ))}
        <button type="submit" aria-label={t('options_cadenceSave')}>{t('options_save')}</button> <span role="status" className="muted">{saved}</span>
      </form>
    </section>
  );
}
