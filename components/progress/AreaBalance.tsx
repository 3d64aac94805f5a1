import { useId } from 'preact/hooks';
import type { AreaBar } from '../../core/progress/progress-view';
import { FOCUS_LABELS } from '../../data/labels';

const ROW = 26;
const LABEL_WIDTH = 96;
const BAR_WIDTH = 200;

/** Stretches taken per focus area over 14 days, as horizontal bars and, for screen readers, a table. */
export function AreaBalance({ bars }: { bars: AreaBar[] }) {
  const id = useId();
  const top = Math.max(1, ...bars.map((bar) => bar.count));
  const neglected = bars.filter((bar) => bar.neglected).map((bar) => FOCUS_LABELS[bar.area]);
  const summary = `Stretches taken per area in the last 14 days. Least worked of your areas: ${neglected.join(', ')}.`;
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${bars.length * ROW}`}
        class="area-chart"
      >
        <title id={`${id}-title`}>{summary}</title>
        {bars.map((bar, i) => (
          <g
            key={bar.area}
            class={bar.neglected ? 'area neglected' : bar.chosen ? 'area' : 'area other'}
          >
            <text x={0} y={i * ROW + 17}>
              {FOCUS_LABELS[bar.area]}
            </text>
            <rect
              class="area-track"
              x={LABEL_WIDTH}
              y={i * ROW + 5}
              width={BAR_WIDTH}
              height={14}
              rx={3}
            />
            <rect
              class="area-bar"
              x={LABEL_WIDTH}
              y={i * ROW + 5}
              width={(bar.count / top) * BAR_WIDTH}
              height={14}
              rx={3}
            />
            <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={i * ROW + 17}>
              {bar.count}
            </text>
          </g>
        ))}
      </svg>
      <table class="visually-hidden">
        <caption>Balance per area, last 14 days</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Stretches taken</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.area}>
              <th scope="row">{FOCUS_LABELS[bar.area]}</th>
              <td>{bar.count}</td>
              <td>
                {bar.neglected
                  ? 'least worked: favoured next'
                  : bar.chosen
                    ? ''
                    : 'not one of your areas'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
