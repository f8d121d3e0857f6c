import {useState} from 'react';
import {GROUPS, type Group, type RadarSettings} from '../radar/index.ts';
import {saveSettings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';
import {useSettings} from '../ui/use-settings.ts';
import {t, type MessageKey} from '../shared/i18n.ts';

const GROUP_LABEL: Record<Group, MessageKey> = {
  'executive': 'options_radarGroupExecutive', 'direct-report': 'options_radarGroupDirectReport',
  'internal': 'options_radarGroupInternal', 'external': 'options_radarGroupExternal',
};
/** A keep-in-touch interval of a day to a year; an answer within an hour to two working weeks. */
const clamp = (value: number, low: number, high: number, fallback: number) => (Number.isFinite(value) && value >= low ? Math.min(high, Math.round(value)) : fallback);

/** How often to be in touch with each group of key people, and how long their asks may wait. Saved to sync storage. */
export function RadarForm() {
  const settings = useSettings();
  return settings ? <RadarFields initial={settings.radar} /> : null;
}

function RadarFields({initial}: {initial: RadarSettings}) {
  const [draft, setDraft] = useState<RadarSettings>(initial);
  const [saved, setSaved] = useState('');
  const setDays = (group: Group, value: number) => setDraft({...draft, everyDays: {...draft.everyDays, [group]: clamp(value, 1, 365, draft.everyDays[group])}});
  const setHours = (group: Group, value: number) => setDraft({...draft, answerWithinHours: {...draft.answerWithinHours, [group]: clamp(value, 1, 80, draft.answerWithinHours[group])}});
  return (
    <section aria-labelledby="radar-title">
      <h2 id="radar-title">{t('options_radarTitle')}</h2>
      <p className="muted">{t('options_radarIntro')}</p>
      <form onSubmit={(event) => {
        event.preventDefault();
        void saveSettings(syncArea, {radar: draft}).then(() => setSaved(t('options_saved')));
      }}>
        <table>
          <thead><tr><th scope="col">{t('options_radarGroup')}</th><th scope="col">{t('options_radarEveryDays')}</th><th scope="col">{t('options_radarAnswerHours')}</th></tr></thead>
          <tbody>
            {GROUPS.map((group) => (
              <tr key={group} data-group={group}>
                <th scope="row">{t(GROUP_LABEL[group])}</th>
                <td><input type="number" min={1} max={365} value={draft.everyDays[group]} aria-label={t('options_radarEveryDaysFor', t(GROUP_LABEL[group]))}
                  onChange={(event) => setDays(group, Number(event.target.value))} /></td>
                <td><input type="number" min={1} max={80} value={draft.answerWithinHours[group]} aria-label={t('options_radarAnswerHoursFor', t(GROUP_LABEL[group]))}
                  onChange={(event) => setHours(group, Number(event.target.value))} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t('options_radarSave')}</button> <span role="status">{saved}</span>
      </form>
    </section>
  );
}
