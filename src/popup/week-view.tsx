import {useEffect} from 'react';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {dayKeyLabel} from '../ui/dates.ts';
import {catchUpAgenda} from './agenda.ts';
import {CadenceList} from './cadence-list.tsx';
import {CopyAgenda} from './copy-agenda.tsx';
import {markReady} from './ready-mark.ts';
import {nudgesByRule} from './tone.ts';
import {TrendChart} from './trend-chart.tsx';
import {useCadence} from './use-cadence.ts';
import {useNow} from './use-now.ts';
import {useWeek} from './use-week.ts';
import {useExecutiveMeetings} from './use-executive-meetings.ts';
import {shiftDay, weekBounds} from '../shared/zoned-time.ts';

function Figure({value, label}: {value: number; label: string}) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** "This week": promises made and kept, writing coached, meetings kept, and the catch-up agenda to copy. */
export function WeekView({settings}: {settings: Settings | undefined}) {
  const now = useNow();
  const timeZone = settings ? effectiveTimeZone(settings) : undefined;
  const week = useWeek(now, timeZone);
  const cadence = useCadence();
  const ready = week !== undefined;
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
  if (!week || !timeZone || !settings) return <p className="muted">Loading…</p>;

  const {summary, trend, open} = week;
  const {commitments} = summary;
  const executive = settings.people.executives[0]?.name || null;
  const drafts = trend.at(-1)?.drafts ?? 0;
  const byRule = nudgesByRule(summary.tone.byRule);
  const quiet = commitments.made === 0 && commitments.open === 0 && drafts === 0 && summary.tone.nudges === 0;
  const agenda = cadence.status === 'loading' ? null : () => catchUpAgenda({
    now, timeZone, weekStart: summary.weekStart, weekEnd: weekBounds(summary.weekStart, timeZone)[1], executiveName: executive,
    openCommitments: open, cadence: cadence.status === 'ready' ? cadence.report.views : [],
  });

  return (
    <div className="week" data-testid="week-view">
      <div className="week-head">
        <h2 id="week-title">Week of {dayKeyLabel(summary.weekStart)}</h2>
        <CopyAgenda agenda={agenda} />
      </div>
      {quiet && (
        <p className="card" data-testid="week-empty">A quiet week so far. Figures appear here as you send mail from Gmail and open Google Calendar.</p>
      )}
      <div className="week-grid">
        <section aria-labelledby="week-commitments" className="card">
          <h3 id="week-commitments">Commitments</h3>
          <dl className="figures">
            <Figure value={commitments.made} label="Made" />
            <Figure value={commitments.keptOnTime} label="Kept on time" />
            <Figure value={commitments.late} label="Late" />
            <Figure value={commitments.open} label="Still open" />
          </dl>
          <p className="muted">On {executive ? `${executive}’s` : 'the executive’s'} behalf: {commitments.executive.made} made this week, {commitments.executive.open} still open.</p>
          <ExecutiveMeetings executive={settings.people.executives[0]} weekStart={summary.weekStart} weekEnd={shiftDay(summary.weekStart, 7)} />
        </section>

        <section aria-labelledby="week-writing" className="card">
          <h3 id="week-writing">Writing</h3>
          <p><strong>{drafts}</strong> draft{drafts === 1 ? '' : 's'} coached, <strong>{byRule.reduce((sum, rule) => sum + rule.count, 0)}</strong> tone nudges.</p>
          {byRule.length > 0 && (
            <table className="by-rule">
              <caption className="visually-hidden">Tone nudges this week by kind</caption>
              <thead><tr><th scope="col">Kind</th><th scope="col">Nudges</th></tr></thead>
              <tbody>{byRule.map((rule) => <tr key={rule.ruleId}><td>{rule.label}</td><td>{rule.count}</td></tr>)}</tbody>
            </table>
          )}
          <TrendChart weeks={trend} />
        </section>

        <section aria-labelledby="week-cadence" className="card wide">
          <h3 id="week-cadence">Regular meetings</h3>
          <CadenceList state={cadence} timeZone={timeZone} />
        </section>
      </div>
    </div>
  );
}

function ExecutiveMeetings({executive, weekStart, weekEnd}: {executive: {email: string; name: string} | undefined; weekStart: string; weekEnd: string}) {
  const count = useExecutiveMeetings(executive, weekStart, weekEnd);
  if (!executive || count === undefined) return null;
  return <p className="muted" data-testid="executive-meetings">Meetings with {executive.name || executive.email} this week: {count}.</p>;
}
