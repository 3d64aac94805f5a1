import { describe, expect, it } from 'vitest';
import { initialScheduleState, type ScheduleState } from '@/core/scheduler';
import { alarmEffect } from '@/core/scheduler/alarm';
import { monday, settingsWith } from './run-scenario';

// The badge tick on crafted states: sitting since 10:00, the reminder due at 10:30.
const sitting: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 12) };
const settings = settingsWith();
const gentle = settingsWith({ breakStyle: 'gentle', intervalMinutes: 60 });

describe('the next badge tick', () => {
  it.each<[string, ScheduleState, number, number]>([
    ['when the countdown minute next changes', sitting, monday(10, 12, 20), monday(10, 13)],
    [
      'a minute after the last redraw, when that is later',
      {
        ...sitting,
        badge: { kind: 'countdown', text: '18', title: 't', at: monday(10, 12, 45) },
      },
      monday(10, 12, 50),
      monday(10, 13, 45),
    ],
    [
      'a minute from now while a reminder shows, though the interval was made longer',
      {
        ...sitting,
        reminder: {
          phase: 'showing',
          dueSince: monday(10, 30),
          shownAt: monday(10, 30),
          attempt: 1,
        },
      },
      monday(10, 31, 10),
      monday(10, 32, 10),
    ],
  ])('is %s', (_name, state, now, at) => {
    const used = state.reminder ? gentle : settings;
    expect(alarmEffect(state, now, used)).toEqual({ type: 'set-alarm', at });
  });
});
