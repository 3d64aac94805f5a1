import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  pauseEnd,
  type ScheduleState,
  step,
} from '@/core/scheduler';
import { saneTimes } from '@/core/scheduler/time-sanity';
import { MIN, monday, QUIET } from './run-scenario';

const NOW = monday(10, 31);
const YEAR_3000 = new Date(3000, 0, 1).getTime();
const base: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 30) };
const settings = DEFAULT_SCHEDULE_SETTINGS;

describe('stored times outside their plausible range', () => {
  it.each<[string, Partial<ScheduleState>, string[]]>([
    ['a last seen in the year 3000', { lastSeenAt: YEAR_3000 }, ['lastSeenAt']],
    [
      'a sitting start after the last seen',
      { sittingSince: monday(11) },
      ['sittingSince', 'intervalStart'],
    ],
    [
      'a sitting start two days back',
      { sittingSince: monday(10) - 48 * 60 * MIN, intervalStart: monday(10) },
      ['sittingSince', 'intervalStart'],
    ],
    [
      'an interval starting before its sitting stretch',
      { intervalStart: monday(9) },
      ['intervalStart'],
    ],
    ['a snooze until the year 3000', { snoozedUntil: YEAR_3000 }, ['snoozedUntil']],
    [
      'a pause until the year 3000',
      { pause: { since: monday(10, 30), until: YEAR_3000 } },
      ['pause'],
    ],
    [
      'a reminder shown in the future',
      { reminder: { phase: 'showing', dueSince: monday(10, 30), shownAt: YEAR_3000, attempt: 1 } },
      ['reminder'],
    ],
    [
      'a badge drawn in the future',
      { badge: { kind: 'countdown', text: '5', title: 't', at: YEAR_3000 } },
      ['badge'],
    ],
    ['an away start in the year 3000', { away: { since: YEAR_3000, locked: false } }, ['away']],
    [
      'a pause started in the year 3000, until resumed',
      { pause: { since: YEAR_3000, until: null } },
      ['pause'],
    ],
  ])('resets %s and keeps the rest', (_name, spoiled, fields) => {
    const { state, repaired } = saneTimes({ ...base, ...spoiled }, NOW, settings);
    expect(repaired).toEqual(fields);
    for (const key of Object.keys(base) as (keyof ScheduleState)[]) {
      if (!fields.includes(key) && !(key in spoiled)) expect(state[key], key).toEqual(base[key]);
    }
  });

  it.each<[string, Partial<ScheduleState>]>([
    [
      'a clock set back an hour',
      { lastSeenAt: NOW + 60 * MIN, sittingSince: NOW + 30 * MIN, intervalStart: NOW + 30 * MIN },
    ],
    ['a snooze past the next due time', { snoozedUntil: monday(11, 5) }],
    [
      'a pause until tomorrow morning',
      {
        pause: {
          since: monday(10, 30),
          until: pauseEnd('tomorrow', monday(10, 30), settings.workingHours),
        },
      },
    ],
    ['a pause until resumed', { pause: { since: monday(10, 30), until: null } }],
    [
      'a reminder showing now',
      {
        reminder: {
          phase: 'showing',
          dueSince: monday(10, 30),
          shownAt: monday(10, 30),
          attempt: 1,
        },
      },
    ],
  ])('keeps %s as stored', (_name, fine) => {
    const { state, repaired } = saneTimes({ ...base, ...fine }, NOW, settings);
    expect(repaired).toEqual([]);
    expect(state).toEqual({ ...base, ...fine });
  });

  it('never says a year 3000 "last seen" has kept someone sitting for centuries', () => {
    const spoiled = { ...base, lastSeenAt: YEAR_3000 };
    const { effects } = step(spoiled, { type: 'alarm', env: QUIET }, NOW, settings);
    expect(effects[0]).toEqual({ type: 'repaired', fields: ['lastSeenAt'] });
    const notify = effects.find((e) => e.type === 'notify');
    expect(notify).toMatchObject({ sittingMinutes: 31 });
  });

  it('brings reminders back after a snooze stored until the year 3000', () => {
    const spoiled = { ...base, snoozedUntil: YEAR_3000 };
    const { effects } = step(spoiled, { type: 'alarm', env: QUIET }, NOW, settings);
    expect(effects.some((e) => e.type === 'notify')).toBe(true);
  });
});
