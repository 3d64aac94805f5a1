import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  pauseEnd,
  type ScheduleState,
} from '@/core/scheduler';
import { MAX_CLOCK_SETBACK_MS, MAX_SITTING_MS, saneTimes } from '@/core/scheduler/time-sanity';
import { NUMBER_RANGES } from '@/core/settings/ranges';
import { MIN, monday } from './run-scenario';

// Each plausible range of saneTimes at its very edge: the last value inside is kept as stored,
// one millisecond beyond it is reset (and named).

const NOW = monday(10, 31);
const SEEN = monday(10, 30);
const base: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: SEEN };
const settings = DEFAULT_SCHEDULE_SETTINGS;
const SLACK = MIN;
const SNOOZE_MAX =
  SEEN + (NUMBER_RANGES.intervalMinutes.max + NUMBER_RANGES.snoozeMinutes.max) * MIN + SLACK;

type Case = [string, (edge: number) => Partial<ScheduleState>, number, string[]];

describe('the edges of the plausible ranges of stored times', () => {
  it.each<Case>([
    [
      'a last seen ahead of now by a clock set back',
      (t) => ({ lastSeenAt: t, sittingSince: t - 60 * MIN, intervalStart: t - 60 * MIN }),
      NOW + MAX_CLOCK_SETBACK_MS,
      // Reset to now, the last seen leaves the sitting start in its future: both follow.
      ['lastSeenAt', 'sittingSince', 'intervalStart'],
    ],
    [
      'a sitting start just after the last seen',
      (t) => ({ sittingSince: t, intervalStart: t }),
      SEEN + SLACK,
      ['sittingSince', 'intervalStart'],
    ],
    [
      'an interval start just after the last seen',
      (t) => ({ intervalStart: t }),
      SEEN + SLACK,
      ['intervalStart'],
    ],
    ['a snooze at its longest', (t) => ({ snoozedUntil: t }), SNOOZE_MAX, ['snoozedUntil']],
    [
      'an away start ahead of now',
      (t) => ({ away: { since: t, locked: true } }),
      NOW + MAX_CLOCK_SETBACK_MS,
      ['away'],
    ],
    [
      'a pause started ahead of the last seen',
      (t) => ({ pause: { since: t, until: null } }),
      SEEN + MAX_CLOCK_SETBACK_MS,
      ['pause'],
    ],
    [
      'a pause ending after the longest choice',
      (t) => ({ pause: { since: SEEN, until: t } }),
      // The longest pause ends at tomorrow's working start: the limit is that end, with a minute.
      (pauseEnd('tomorrow', SEEN, settings.workingHours) ?? 0) + SLACK,
      ['pause'],
    ],
    [
      'a reminder shown just after the last seen',
      (t) => ({ reminder: { phase: 'showing', dueSince: SEEN, shownAt: t, attempt: 1 } }),
      SEEN + SLACK,
      ['reminder'],
    ],
    [
      'a deferred reminder last hearing sound just after the last seen',
      (t) => ({ reminder: { phase: 'deferred', dueSince: SEEN, heardAt: t } }),
      SEEN + SLACK,
      ['reminder'],
    ],
    [
      'a reminder deferred by a fullscreen window (no sound heard) due just after the last seen',
      (t) => ({ reminder: { phase: 'deferred', dueSince: t } }),
      SEEN + SLACK,
      ['reminder'],
    ],
    [
      'a stretch started just after the last seen',
      (t) => ({ reminder: { phase: 'stretching', dueSince: SEEN, startedAt: t, attempt: 1 } }),
      SEEN + SLACK,
      ['reminder'],
    ],
    [
      'a badge drawn just after the last seen',
      (t) => ({ badge: { kind: 'countdown', text: '5', title: 't', at: t } }),
      SEEN + SLACK,
      ['badge'],
    ],
  ])('%s: kept at the edge, reset a millisecond beyond', (_name, spoil, edge, fields) => {
    const inside = { ...base, ...spoil(edge) };
    expect(saneTimes(inside, NOW, settings)).toEqual({ state: inside, repaired: [] });
    const beyond = saneTimes({ ...base, ...spoil(edge + 1) }, NOW, settings);
    expect(beyond.repaired).toEqual(fields);
  });

  it.each<[string, (edge: number) => Partial<ScheduleState>, number, string[]]>([
    [
      'a sitting start a whole day before the last seen',
      (t) => ({ sittingSince: t, intervalStart: SEEN }),
      SEEN - MAX_SITTING_MS,
      ['sittingSince'],
    ],
    [
      'a reminder due a whole day before the last seen',
      (t) => ({ reminder: { phase: 'showing', dueSince: t, shownAt: SEEN, attempt: 1 } }),
      SEEN - MAX_SITTING_MS,
      ['reminder'],
    ],
  ])('%s: kept at the edge, reset a millisecond earlier', (_name, spoil, edge, fields) => {
    const inside = { ...base, ...spoil(edge) };
    expect(saneTimes(inside, NOW, settings)).toEqual({ state: inside, repaired: [] });
    const beyond = saneTimes({ ...base, ...spoil(edge - 1) }, NOW, settings);
    expect(beyond.repaired).toEqual(expect.arrayContaining(fields));
  });

  it('keeps an hour-long pause that runs past the next working start, when that start is near', () => {
    // Working days that start at midnight: at 23:30 "until tomorrow" ends half an hour later,
    // sooner than an hour's pause, which is still a choice the popup offers.
    const midnightStarts = {
      ...settings.workingHours,
      enabled: true,
      days: settings.workingHours.days.map((day) => ({ ...day, on: true, start: '00:00' })),
    };
    const late = { ...settings, workingHours: midnightStarts };
    const since = monday(23, 30);
    const paused = { ...base, lastSeenAt: since, pause: { since, until: since + 60 * MIN } };
    expect(saneTimes(paused, since + 10 * MIN, late).repaired).toEqual([]);
    const longer = { ...paused, pause: { since, until: since + 61 * MIN + 1 } };
    expect(saneTimes(longer, since + 10 * MIN, late).repaired).toEqual(['pause']);
  });

  it('resets an interval that starts before its sitting stretch, by a millisecond', () => {
    const start = monday(10, 10);
    const kept = { ...base, sittingSince: start, intervalStart: start };
    expect(saneTimes(kept, NOW, settings).repaired).toEqual([]);
    const early = saneTimes({ ...kept, intervalStart: start - 1 }, NOW, settings);
    expect(early.repaired).toEqual(['intervalStart']);
    expect(early.state.intervalStart).toBe(start);
  });

  it('puts each reset field back to its fallback', () => {
    const far = NOW + 100 * MAX_CLOCK_SETBACK_MS;
    const { state } = saneTimes(
      {
        ...base,
        lastSeenAt: far,
        snoozedUntil: far,
        away: { since: far, locked: false },
        badge: { kind: 'countdown', text: '1', title: 't', at: far },
      },
      NOW,
      settings,
    );
    expect(state).toMatchObject({ lastSeenAt: NOW, snoozedUntil: null, away: null, badge: null });
  });
});
