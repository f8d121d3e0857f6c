import {useState} from 'react';
import {defaultTargets, type CadenceTarget} from '../cadence/index.ts';
import {saveSettings, type CadenceOverride, type Settings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';

type Row = {id: string; label: string; enabled: boolean; everyDays: number; toleranceDays: number; keywords: string; unit: string};

const PLACEHOLDER = {email: 'executive@example.com', name: 'your executive'};

function rows(settings: Settings): Row[] {
  const executive = settings.people.executives[0] ?? PLACEHOLDER;
  const targets: CadenceTarget[] = defaultTargets({executive, directReports: settings.people.directReports});
  return targets.map((target) => {
    const change = settings.cadence.targets[target.id] ?? {};
    return {
      id: target.id, label: target.label, enabled: change.enabled !== false,
      everyDays: change.everyDays ?? target.everyDays, toleranceDays: change.toleranceDays ?? target.toleranceDays,
      keywords: (change.titleKeywords ?? target.titleKeywords).join(', '), unit: target.workingDaysOnly ? 'working days' : 'days',
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
    const targets: Record<string, CadenceOverride> = {};
    for (const row of draft) {
      targets[row.id] = {enabled: row.enabled, everyDays: row.everyDays, toleranceDays: row.toleranceDays,
        titleKeywords: row.keywords.split(',').map((word) => word.trim()).filter(Boolean)};
    }
    await saveSettings(syncArea, {cadence: {targets}});
    setSaved('Saved. The calendar banner follows on its next look.');
  };
  return (
    <section aria-labelledby="cadence-title">
      <h2 id="cadence-title">Meeting rhythm</h2>
      {settings.people.executives.length === 0 && <p className="muted">Name your executive under “Who is who” so Rapport knows whose meetings count.</p>}
      <form onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
        {draft.map((row) => (
          <fieldset key={row.id} data-target-id={row.id}>
            <legend><label><input type="checkbox" checked={row.enabled} onChange={(event) => update(row.id, {enabled: event.target.checked})} /> {row.label}</label></legend>
            <label>Every <input type="number" min={1} max={366} value={row.everyDays} aria-label={`${row.label}: every how many ${row.unit}`}
              onChange={(event) => update(row.id, {everyDays: Number(event.target.value) || 1})} /> {row.unit}</label>{' '}
            <label>, late after <input type="number" min={0} max={90} value={row.toleranceDays} aria-label={`${row.label}: days of slack`}
              onChange={(event) => update(row.id, {toleranceDays: Math.max(0, Number(event.target.value) || 0)})} /> more</label>
            <label className="field"><span>Titles that count (comma separated)</span>
              <input type="text" value={row.keywords} onChange={(event) => update(row.id, {keywords: event.target.value})} /></label>
          </fieldset>
        ))}
        <button type="submit" aria-label="Save the meeting rhythm">Save</button> <span role="status" className="muted">{saved}</span>
      </form>
    </section>
  );
}
