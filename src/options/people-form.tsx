import {useEffect, useState} from 'react';
import {syncArea} from '../settings/sync-area.ts';
import {defaultSettings, loadSettings, saveSettings, type Settings} from '../settings/settings.ts';
import {parsePeople, formatPeople, parseList} from './people-text.ts';


type Draft = {executives: string; directReports: string; myAddresses: string; internalDomains: string; neverAnalyse: string};

const toDraft = (people: Settings['people']): Draft => ({
  executives: formatPeople(people.executives), directReports: formatPeople(people.directReports),
  myAddresses: people.myAddresses.join('\n'), internalDomains: people.internalDomains.join('\n'), neverAnalyse: people.neverAnalyse.join('\n'),
});

const FIELDS: Array<{key: keyof Draft; label: string; hint: string}> = [
  {key: 'executives', label: 'Your executive(s)', hint: 'One per line: Name <email>'},
  {key: 'directReports', label: "Your executive's direct reports", hint: 'One per line: Name <email>'},
  {key: 'myAddresses', label: 'Your own addresses', hint: 'One per line'},
  {key: 'internalDomains', label: 'Internal domains', hint: 'One per line, e.g. northwind.example'},
  {key: 'neverAnalyse', label: 'Never analyse mail to', hint: 'Addresses or @domains, one per line'},
];

/** Who is who: used for recipient tiers in Gmail and for cadence attendees on the calendar. Saved to sync storage. */
export function PeopleForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadSettings(syncArea).then((settings) => setDraft(toDraft(settings.people)));
  }, []);
  if (!draft) return <p className="muted">Loading…</p>;
  const save = async () => {
    const people: Settings['people'] = {
      ...defaultSettings.people,
      executives: parsePeople(draft.executives), directReports: parsePeople(draft.directReports),
      myAddresses: parseList(draft.myAddresses), internalDomains: parseList(draft.internalDomains), neverAnalyse: parseList(draft.neverAnalyse),
    };
    await saveSettings(syncArea, {people});
    setDraft(toDraft(people));
    setSaved('Saved. Open Gmail and Calendar tabs follow it right away.');
  };
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">Who is who</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}>
        {FIELDS.map((field) => (
          <label key={field.key} className="field">
            <span>{field.label}</span>
            <textarea rows={2} value={draft[field.key]} placeholder={field.hint} aria-describedby={`${field.key}-hint`}
              onChange={(event) => setDraft({...draft, [field.key]: event.target.value})} data-testid={`people-${field.key}`} />
            <small id={`${field.key}-hint`} className="muted">{field.hint}</small>
          </label>
        ))}
        <button type="submit" aria-label="Save who is who">Save</button> <span role="status" className="muted">{saved}</span>
      </form>
    </section>
  );
}
