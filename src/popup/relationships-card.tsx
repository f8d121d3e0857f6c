import {t} from '../shared/i18n.ts';
import {shortDate} from '../shared/dates.ts';
import {isQuiet, type RelationshipsDigest} from './relationships.ts';
import {Figure} from './figure.tsx';

/** Lines of each kind shown here; the People view has them all. */
const LINES = 3;

/** This week's relationships: who has gone quiet, whose asks wait on the user, what was promised to the user. */
export function RelationshipsCard({digest, timeZone}: {digest: RelationshipsDigest | undefined; timeZone: string}) {
  if (!digest) return null;
  const date = (at: number) => shortDate(at, timeZone);
  const lines = [
    ...digest.overdue.slice(0, LINES).map((person) => ({key: `o-${person.email}`, warn: true, text: t('popup_weekQuietOn', person.name, date(person.lastAt))})),
    ...digest.asksWaiting.slice(0, LINES).map((ask, index) => ({key: `a-${index}`, warn: ask.late, text: t('popup_weekAsked', ask.name, ask.sentence)})),
    ...digest.promisesOwed.slice(0, LINES).map((promise, index) => ({key: `p-${index}`, warn: promise.late, text: t('popup_weekPromised', promise.name, promise.sentence)})),
  ];
  return (
    <section aria-labelledby="week-relationships" className="card wide" data-testid="week-relationships">
      <h3 id="week-relationships">{t('popup_weekRelationships')}</h3>
      <dl className="figures">
        <Figure value={digest.overdue.length} label={t('popup_figureGoneQuiet')} />
        <Figure value={digest.asksWaiting.length} label={t('popup_figureAsksWaiting')} />
        <Figure value={digest.promisesOwed.length} label={t('popup_figurePromisedToYou')} />
      </dl>
      {isQuiet(digest) ? <p className="muted">{t('popup_relationshipsQuiet')}</p> : (
        <ul className="small relationship-lines">
          {lines.map((line) => <li key={line.key} className={line.warn ? 'warn' : undefined}>{line.text}</li>)}
        </ul>
      )}
      <a href="#/people">{t('popup_openPeople')}</a>
    </section>
  );
}
