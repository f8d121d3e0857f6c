import {useEffect, useMemo, useState} from 'react';
import type {Suggestion} from '../radar/index.ts';
import {recipientTier} from '../settings/tiers.ts';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {t, tCount} from '../shared/i18n.ts';
import {send} from '../shared/send.ts';
import {filterPeople} from './people-rows.ts';
import {PersonCard} from './person-card.tsx';
import {markReady} from './ready-mark.ts';
import {useNow} from './use-now.ts';
import {prefetchedNow, usePeople} from './use-people.ts';
import {useItemAction} from './use-item-action.ts';

/** A page of cards at a time: 500 key people drawn at once cost the popup over a second to open. */
const PAGE = 25;
/** Cards on the first paint: more than the popup shows; the rest of the first page follows at once after it. */
const FIRST = 8;

/** "People": each key person, who needs the user most first, searchable; and people to add, never added silently. */
export function PeopleView({settings}: {settings: Settings | undefined}) {
  const now = useNow(60_000, prefetchedNow());
  const data = usePeople(settings, now);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // Someone just added from a suggestion: their card takes the keyboard focus.
  const [focusEmail, setFocusEmail] = useState<string | null>(null);
  const [pageEnd, setPageEnd] = useState(FIRST);
  const matching = useMemo(() => filterPeople(data?.radar ?? [], text), [data, text]);
  // Someone just added is drawn wherever they fall in the order of need.
  const shown = matching.slice(0, Math.max(pageEnd, matching.findIndex((entry) => entry.person.email === focusEmail) + 1));
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded) return undefined;
    markReady();
    // Drawing 25 cards and laying them out took as long as reading the store: the first paint draws what is seen.
    const timer = setTimeout(() => setPageEnd((end) => Math.max(end, PAGE)), 0);
    return () => clearTimeout(timer);
  }, [loaded]);
  if (!data || !settings) return <p className="muted">{t('ui_loading')}</p>;
  const timeZone = effectiveTimeZone(settings);
  const whoIsWho = new Set([...settings.people.executives, ...settings.people.directReports].map((person) => person.email.toLowerCase()));
  const count = tCount('popup_peopleCount', matching.length);
  return (
    <div className="people" data-testid="people-view">
      <h2 className="visually-hidden">{t('popup_viewPeople')}</h2>
      {data.radar.length === 0 ? (
        <div className="card" data-testid="people-empty">
          <p><strong>{t('popup_peopleEmptyTitle')}</strong></p>
          <p className="muted">{t('popup_peopleEmptyDetail')}</p>
        </div>
      ) : (
        <>
          <form className="filters" role="search" aria-label={t('popup_findPeople')} onSubmit={(event) => event.preventDefault()}>
            <label className="field grow">
              <span>{t('popup_search')}</span>
              <input type="search" value={text} placeholder={t('popup_peopleSearchPlaceholder')} onChange={(event) => {
                setText(event.target.value);
                setAnnouncement('');
                setPageEnd(PAGE);
              }} />
            </label>
          </form>
          <p role="status" className="muted small" data-testid="people-count">{announcement ? t('popup_countAndAnnouncement', count, announcement) : count}</p>
          {shown.length === 0 ? (
            <div className="card">
              <p>{t('popup_peopleNothingMatches')}</p>
              <button type="button" onClick={() => setText('')}>{t('popup_showAllPeople')}</button>
            </div>
          ) : (
            <ul className="plain people-list" aria-label={t('popup_peopleList')} data-testid="people-list">
              {shown.map((entry) => (
                <PersonCard key={entry.person.email} entry={entry} now={now} timeZone={timeZone} groupEvery={settings.radar.everyDays}
                  focused={entry.person.email === focusEmail} inWhoIsWho={whoIsWho.has(entry.person.email)} onAnnounce={setAnnouncement} />
              ))}
            </ul>
          )}
          {pageEnd >= PAGE && shown.length < matching.length && (
            <button type="button" onClick={() => setPageEnd(shown.length + PAGE)}>{tCount('popup_showMore', Math.min(PAGE, matching.length - shown.length))}</button>
          )}
        </>
      )}
      <Suggestions suggestions={data.suggestions} settings={settings} onAdded={(suggestion) => {
        setText('');
        setAnnouncement(t('popup_announceAdded', suggestion.name));
        setFocusEmail(suggestion.email);
      }} />
    </div>
  );
}

/** "People you write to and meet most": each with Add. Only the user's click makes anyone key. */
function Suggestions({suggestions, settings, onAdded}: {suggestions: Suggestion[]; settings: Settings; onAdded: (suggestion: Suggestion) => void}) {
  if (suggestions.length === 0) return null;
  return (
    <section className="card suggestions" aria-labelledby="people-suggestions" data-testid="people-suggestions">
      <h3 id="people-suggestions">{t('popup_suggestionsTitle')}</h3>
      <p className="muted small">{t('popup_suggestionsDetail')}</p>
      <ul className="plain">
        {suggestions.map((suggestion) => <SuggestionRow key={suggestion.email} suggestion={suggestion} settings={settings} onAdded={onAdded} />)}
      </ul>
    </section>
  );
}

function SuggestionRow({suggestion, settings, onAdded}: {suggestion: Suggestion; settings: Settings; onAdded: (suggestion: Suggestion) => void}) {
  const {ref, busy, error, run} = useItemAction(false);
  const name = suggestion.name === suggestion.email ? '' : suggestion.name;
  const add = async () => {
    if (busy) return;
    // Their group from who-is-who's internal domains; the user can change it on their card.
    const group = recipientTier(suggestion.email, settings.people);
    if (await run(() => send('people/save', {email: suggestion.email, name, group, everyDays: null}))) onAdded(suggestion);
  };
  return (
    <li ref={ref} className="suggestion" data-suggestion={suggestion.email}>
      <div className="nudge-head">
        <span><strong>{suggestion.name}</strong>{name && <span className="muted small"> {suggestion.email}</span>}</span>
        <button type="button" className="primary" aria-disabled={busy || undefined} aria-label={t('popup_addPerson', suggestion.name)} onClick={() => void add()}>
          {t('popup_add')}
        </button>
      </div>
      <p className="muted small">{tCount('popup_suggestionContacts', suggestion.contacts)}</p>
      {error && <p className="warn" role="alert">{error}</p>}
    </li>
  );
}
