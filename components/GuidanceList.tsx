import type { GuidancePoint } from '../data/guidance';

/** The shared advice on stretching safely, as a list of short titled points. */
export function GuidanceList({ points }: { points: readonly GuidancePoint[] }) {
  return (
    <ul class="guidance">
      {points.map((point) => (
        <li key={point.id}>
          <strong>{point.title}.</strong> {point.text}
        </li>
      ))}
    </ul>
  );
}
