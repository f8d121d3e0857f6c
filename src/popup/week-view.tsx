import {useEffect} from 'react';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {pluralKey, t} from '../shared/i18n.ts';
import {dayKeyLabel} from '../shared/dates.ts';
import {sentence} from '../ui/sentence.tsx';
import {catchUpAgenda} from './agenda.ts';
import {CadenceList} from './cadence-list.tsx';
import {CopyAgenda} from './copy-agenda.tsx';
import {markReady} from './ready-mark.ts';
import {PastWeeks} from './past-weeks.tsx';
import {hintsByRule} from './tone.ts';
import {TrendChart} from './trend-chart.tsx';
import {useCadence} from './use-cadence.ts';
import {useNow} from './use-now.ts';
import {useWeek} from './use-week.ts';
import {useExecutiveMeetings} from './use-executive-meetings.ts';
import {usePeople} from './use-people.ts';
import {relationshipsDigest} from './relationships.ts';
import {RelationshipsCard} from './relationships-card.tsx';
import {shiftDay, weekBounds} from '../shared/zoned-time.ts';
import {Figure} from './figure.tsx';

/** "This week": promises made and kept, writing coached, meetings kept, and the catch-up agenda to copy. */
export function WeekView({settings}: {settings: Settings | undefined}) {
  const now = useNow();
  const timeZone = settings ? effectiveTimeZone(settings) : undefined;
  const week = useWeek(now, timeZone);
  const cadence = useCadence();
  // After the week's own figures: the radar is extra and must not slow the view's first paint.
  const people = usePeople(week ? settings : undefined, now);
  // No key people (no executive named, none added): no relationships to speak of.
  const relationships = people && people.radar.length > 0 ? relationshipsDigest(people.radar, now) : undefined;
  const ready = week !== undefined;
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
  if (!week || !timeZone || !settings) return <p className="muted">{t('ui_loading')}</p>;

  const {summary, trend, open} = week;
  const {commitments} = summary;
  const executive = settings.people.executives[0]?.name || null;
  const drafts = trend.at(-1)?.drafts ?? 0;
  const byRule = hintsByRule(summary.tone.byRule);
  const quiet = commitments.made === 0 && commitments.open === 0 && drafts === 0 && summary.tone.hints === 0;
  const agenda = cadence.status === 'loading' ? null : () => catchUpAgenda({
    now, timeZone, weekStart: summary.weekStart, weekEnd: weekBounds(summary.weekStart, timeZone)[1], executiveName: executive,
    openCommitments: open, cadence: cadence.status === 'ready' ? cadence.report.views : [],
    ...(relationships ? {relationships} : {}),
  });

  return (
    <div className="week" data-testid="week-view">
      <div className="week-head">
        <h2 id="week-title">{t('popup_weekOf', dayKeyLabel(summary.weekStart))}</h2>
        <CopyAgenda agenda={agenda} />
      </div>
      {quiet && (
        <p className="card" data-testid="week-empty">{t('popup_quietWeek')}</p>
      )}
      <div className="week-grid">
        <section aria-labelledby="week-commitments" className="card">
          <h3 id="week-commitments">{t('popup_weekCommitments')}</h3>
          <dl className="figures">
            <Figure value={commitments.made} label={t('popup_figureMade')} />
            <Figure value={commitments.keptOnTime} label={t('popup_figureKeptOnTime')} />
            <Figure value={commitments.late} label={t('popup_figureLate')} />
            <Figure value={commitments.open} label={t('popup_figureStillOpen')} />
          </dl>
          <p className="muted">{executive
            ? t('popup_onBehalfOf', executive, commitments.executive.made, commitments.executive.open)
            : t('popup_onBehalfOfExecutive', commitments.executive.made, commitments.executive.open)}</p>
          <ExecutiveMeetings executive={settings.people.executives[0]} weekStart={summary.weekStart} weekEnd={shiftDay(summary.weekStart, 7)} />
        </section>

        <section aria-labelledby="week-writing" className="card">
          <h3 id="week-writing">{t('popup_weekWriting')}</h3>
          <p>{sentence(pluralKey('popup_writingSummary', drafts), <strong>{drafts}</strong>, <strong>{byRule.reduce((sum, rule) => sum + rule.count, 0)}</strong>)}</p>
          {byRule.length > 0 && (
            <table className="by-rule">
              <caption className="visually-hidden">{t('popup_byKindCaption')}</caption>
              <thead><tr><th scope="col">{t('popup_kindColumn')}</th><th scope="col">{t('popup_hintsColumn')}</th></tr></thead>
              <tbody>{byRule.map((rule) => <tr key={rule.ruleId}><td>{rule.label}</td><td>{rule.count}</td></tr>)}</tbody>
            </table>
          )}
          <TrendChart weeks={trend} />
        </section>

        <section aria-labelledby="week-cadence" className="card wide">
          <h3 id="week-cadence">{t('popup_weekCadence')}</h3>
          <CadenceList state={cadence} timeZone={timeZone} />
        </section>

        <RelationshipsCard digest={relationships} timeZone={timeZone} />
        <PastWeeks weekStart={summary.weekStart} />
      </div>
    </div>
  );
}

function ExecutiveMeetings({executive, weekStart, weekEnd}: {executive: {email: string; name: string} | undefined; weekStart: string; weekEnd: string}) {
  const count = useExecutiveMeetings(executive, weekStart, weekEnd);
  if (!executive || count === undefined) return null;
  return <p className="muted" data-testid="executive-meetings">{t('popup_meetingsWith', executive.name || executive.email, count)}</p>;
}
