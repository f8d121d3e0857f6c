import {useEffect, useState} from 'react';
import {syncArea} from '../settings/sync-area.ts';
import {defaultSettings, loadSettings, saveSettings, type Settings} from '../settings/settings.ts';
import {t, type MessageKey} from '../shared/i18n.ts';
import {parsePeople, formatPeople, parseList} from './people-text.ts';

type Draft = {executives: string; directReports: string; myAddresses: string; internalDomains: string; neverAnalyse: string};

const toDraft = (people: Settings['people']): Draft => ({
  executives: formatPeople(people.executives), directReports: formatPeople(people.directReports),
  myAddresses: people.myAddresses.join('\n'), internalDomains: people.internalDomains.join('\n'), neverAnalyse: people.neverAnalyse.join('\n'),
});

const FIELDS: Array<{key: keyof Draft; label: MessageKey; hint: MessageKey}> = [
  {key: 'executives', label: 'options_peopleExecutives', hint: 'options_peopleHintNameEmail'},
  {key: 'directReports', label: 'options_peopleDirectReports', hint: 'options_peopleHintNameEmail'},
  {key: 'myAddresses', label: 'options_peopleMyAddresses', hint: 'options_peopleHintOnePerLine'},
  {key: 'internalDomains', label: 'options_peopleInternalDomains', hint: 'options_peopleHintDomains'},
  {key: 'neverAnalyse', label: 'options_peopleNeverAnalyse', hint: 'options_peopleHintNeverAnalyse'},
];

/** Who is who: used for recipient tiers in Gmail and for cadence attendees on the calendar. Saved to sync storage. */
export function PeopleForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadSettings(syncArea).then((settings) => setDraft(toDraft(settings.people)));
  }, []);
  if (!draft) return <p className="muted">{t('options_loading')}</p>;
  const save = async () => {
    const people: Settings['people'] = {
      ...defaultSettings.people,
      executives: parsePeople(draft.executives), directReports: parsePeople(draft.directReports),
      myAddresses: parseList(draft.myAddresses), internalDomains: parseList(draft.internalDomains), neverAnalyse: parseList(draft.neverAnalyse),
    };
    await saveSettings(syncArea, {people});
    setDraft(toDraft(people));
    setSaved(t('options_peopleSaved'));
  };
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t('options_peopleTitle')}</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
        {FIELDS.map((field) => (
          <label key={field.key} className="field">
            <span>{t(field.label)}</span>
            <textarea rows={2} value={draft[field.key]} placeholder={t(field.hint)} aria-describedby={`${field.key}-hint`}
              onChange={(event) => setDraft({...draft, [field.key]: event.target.value})} data-testid={`people-${field.key}`} />
            <small id={`${field.key}-hint`} className="muted">{t(field.hint)}</small>
          </label>
        ))}
        <button type="submit" aria-label={t('options_peopleSave')}>{t('options_save')}</button> <span role="status" className="muted">{saved}</span>
      </form>
    </section>
  );
}
