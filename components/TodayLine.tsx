import type { DaySummary } from '../core/history/history';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Today's breaks in one line; `last` names the exercise a break just done was (a strength set is
 * not a stretch), when the page knows it; with the way to the Progress page.
 */
export function TodayLine({ summary, last }: { summary: DaySummary; last?: string | null }) {
  const parts = [plural(summary.stretched, 'break taken', 'breaks taken')];
  if (summary.naturalBreaks > 0)
    parts.push(plural(summary.naturalBreaks, 'break away', 'breaks away'));
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  if (summary.missed > 0) parts.push(`${summary.missed} missed`);
  return (
    <p class="today">
      {/* The counts come from the history alone; the name of the last break, from the session. */}
      <span class="today-counts">Today: {parts.join(' · ')}</span>
      {last && ` (last: ${last})`} ·{' '}
      <a href="/progress.html" target="_blank" rel="noreferrer">
        Progress
      </a>
    </p>
  );
}
