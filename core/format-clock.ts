import { isSameDay } from './local-day';

// Built on Intl rather than date-fns' format: the same result for these two patterns without
// carrying date-fns' formatter and locale data into the background and popup bundles.
const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short' });

/** A local clock time for people: '14:30' today, 'Tue 08:00' on another day. */
export function formatClock(at: number, now: number): string {
  return isSameDay(at, now) ? time.format(at) : `${weekday.format(at)} ${time.format(at)}`;
}
