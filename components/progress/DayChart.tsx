import { format } from 'date-fns';
import { useId } from 'preact/hooks';
import type { DayBar } from '../../core/progress/progress-view';

const STATE_WORDS: Record<DayBar['state'], string> = {
  met: 'goal met',
  missed: 'goal missed',
  'day-off': 'day off',
  today: 'today, still going',
};

const HEIGHT = 150;
const LABEL = 24;

interface DayChartProps {
  title: string;
  bars: DayBar[];
  goal: number;
  /** Weekday letters under each bar (7 days); otherwise dates at the ends only. */
  weekdayLabels: boolean;
}

/**
 * Breaks taken per day as bars, the goal as a dashed line, and reminders offered as an outline
 * behind each bar. Drawn as a small SVG in the page's own colours (currentColor and the theme's
 * variables, so it follows dark mode); the same numbers are in a table for screen readers.
 */
export function DayChart({ title, bars, goal, weekdayLabels }: DayChartProps) {
  const id = useId();
  // A fixed drawing width: the SVG keeps its proportions as it scales, so the labels are not stretched.
  const width = 600;
  const step = width / Math.max(1, bars.length);
  const top = Math.max(goal, ...bars.map((bar) => Math.max(bar.taken, bar.offered)), 1);
  const y = (n: number) => HEIGHT - (n / top) * (HEIGHT - 8);
  const met = bars.filter((bar) => bar.state === 'met').length;
  const working = bars.filter((bar) => bar.state !== 'day-off').length;
  const summary = `${title}: the goal of ${goal} breaks was met on ${met} of ${working} working days.`;
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
        class="day-chart"
      >
        <title id={`${id}-title`}>{summary}</title>
        {bars.map((bar, i) => (
          <g key={bar.day} class={`bar bar-${bar.state}`}>
            {bar.offered > 0 && (
              <rect
                class="bar-offered"
                x={i * step + step * 0.15}
                y={y(bar.offered)}
                width={step * 0.7}
                height={HEIGHT - y(bar.offered)}
              />
            )}
            <rect
              class="bar-taken"
              x={i * step + step * 0.25}
              y={y(bar.taken)}
              width={step * 0.5}
              height={HEIGHT - y(bar.taken)}
            />
            {weekdayLabels && (
              <text x={i * step + step / 2} y={HEIGHT + LABEL - 5} text-anchor="middle">
                {format(bar.day, 'EEEEE')}
              </text>
            )}
          </g>
        ))}
        <line class="goal-line" x1={0} x2={width} y1={y(goal)} y2={y(goal)} />
      </svg>
      <figcaption>
        {!weekdayLabels && bars.length > 0 && (
          <span class="chart-ends" aria-hidden="true">
            <span>{format(bars[0]?.day ?? 0, 'd MMM')}</span>
            <span>{format(bars.at(-1)?.day ?? 0, 'd MMM')}</span>
          </span>
        )}
        <span class="hint">{summary}</span>
      </figcaption>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Breaks taken</th>
            <th scope="col">Reminders offered</th>
            <th scope="col">Goal</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.day}>
              <th scope="row">{format(bar.day, 'EEEE d MMMM')}</th>
              <td>{bar.taken}</td>
              <td>{bar.offered}</td>
              <td>{STATE_WORDS[bar.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
