import {useId} from 'react';
import {t, tCount} from '../shared/i18n.ts';
import {dayKeyLabel, dayKeyMonthDay} from '../shared/dates.ts';
import {trendSentence, type TrendWeek} from './tone.ts';

const WIDTH = 300;
const HEIGHT = 90;
const AXIS = 16; // room under the bars for the week labels
const TOP = 12; // room above the tallest bar for its count

/**
 * Tone hints per week, this week last and highlighted. The picture is for sighted users at a glance; its title,
 * description and the sentence under it carry the same figures for everyone else.
 */
export function TrendChart({weeks}: {weeks: TrendWeek[]}) {
  const id = useId();
  const max = Math.max(1, ...weeks.map((week) => week.hints));
  const slot = WIDTH / Math.max(1, weeks.length);
  const sentence = trendSentence(weeks);
  const figures = weeks.map((week) => t('popup_chartWeekFigure', dayKeyLabel(week.weekStart), week.hints)).join('; ');
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="trend-chart">
        <title id={`${id}-title`}>{tCount('popup_chartTitle', weeks.length)}</title>
        <desc id={`${id}-desc`}>{figures}.</desc>
        {weeks.map((week, index) => {
          const height = ((HEIGHT - AXIS - TOP) * week.hints) / max;
          const x = index * slot + slot * 0.2;
          const y = HEIGHT - AXIS - height;
          const current = index === weeks.length - 1;
          const label = dayKeyMonthDay(week.weekStart);
          return (
            <g key={week.weekStart} className={current ? 'bar current' : 'bar'}>
              <rect x={x} y={y} width={slot * 0.6} height={Math.max(height, week.hints > 0 ? 1 : 0)} rx={2} />
              <text x={x + slot * 0.3} y={y - 3} textAnchor="middle" className="count">{week.hints}</text>
              <text x={x + slot * 0.3} y={HEIGHT - 4} textAnchor="middle" className="axis">{label}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{sentence}</figcaption>
    </figure>
  );
}
