import { describe, expect, it } from 'vitest';
import { describeSchedule, initialScheduleState, type ScheduleState } from '@/core/scheduler';
import { dropReminder } from '@/core/scheduler/sitting-time';
import { ev, MIN, monday, ofType, settingsWith, simulate } from './run-scenario';

const settings = settingsWith();

describe('natural breaks from idle', () => {
  it('resets sitting time after a 5-minute idle period', () => {
    // 'idle' arrives 60 s after the last input, so the person left at 10:19.
    const sim = simulate({
      start: monday(10),
      until: monday(10, 24),
      events: [
        [monday(10, 20), ev.idle()],
        [monday(10, 24), ev.active()],
      ],
    });
    expect(ofType(sim.effects, 'record')).toEqual([
      { type: 'record', kind: 'natural-break', at: monday(10, 19), sittingMs: 19 * MIN },
    ]);
    expect(describeSchedule(sim.state, monday(10, 24), settings)).toMatchObject({
      status: 'sitting',
      sittingMs: 0,
      nextBreakAt: monday(10, 54),
    });
  });

  it('keeps counting sitting time through a 3-minute idle period', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 23),
      events: [
        [monday(10, 21), ev.idle()],
        [monday(10, 23), ev.active()],
      ],
    });
    expect(ofType(sim.effects, 'record')).toEqual([]);
    expect(describeSchedule(sim.state, monday(10, 23), settings)).toMatchObject({
      sittingMs: 23 * MIN,
      nextBreakAt: monday(10, 30),
    });
  });

  it('shows the person as away with sitting time stopped where they left', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      events: [[monday(10, 21), ev.idle()]],
    });
    expect(describeSchedule(sim.state, monday(10, 40), settings)).toMatchObject({
      status: 'away',
      sittingMs: 20 * MIN,
      nextBreakAt: null,
    });
  });

  it('clears a showing reminder when the person takes a natural break', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      events: [
        [monday(10, 32), ev.idle()],
        [monday(10, 40), ev.active()],
      ],
    });
    const back = sim.log.at(-1)?.effects ?? [];
    expect(ofType(back, 'clear-notification')).toHaveLength(1);
    expect(ofType(back, 'record')).toEqual([
      { type: 'record', kind: 'natural-break', at: monday(10, 31), sittingMs: 31 * MIN },
    ]);
    expect(sim.state.reminder).toBeNull();
  });
});

describe('screen lock', () => {
  it('leaves a short lock out of sitting time', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 13),
      events: [
        [monday(10, 10), ev.locked()],
        [monday(10, 13), ev.active()],
      ],
    });
    expect(ofType(sim.effects, 'record')).toEqual([]);
    expect(describeSchedule(sim.state, monday(10, 13), settings)).toMatchObject({
      sittingMs: 10 * MIN,
      nextBreakAt: monday(10, 33),
    });
  });

  it('counts a long lock as a break', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 15),
      events: [
        [monday(10, 10), ev.locked()],
        [monday(10, 15), ev.active()],
      ],
    });
    expect(ofType(sim.effects, 'record')).toEqual([
      { type: 'record', kind: 'natural-break', at: monday(10, 10), sittingMs: 10 * MIN },
    ]);
    expect(sim.state.sittingSince).toBe(monday(10, 15));
  });

  it('treats idle followed by a lock as one locked absence', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 13),
      events: [
        [monday(10, 11), ev.idle()],
        [monday(10, 12), ev.locked()],
        [monday(10, 13), ev.active()],
      ],
    });
    // Away from 10:10 to 10:13, none of it counted.
    expect(sim.state.sittingSince).toBe(monday(10, 3));
  });
});

describe('time the machine slept or the browser was closed', () => {
  it('treats sleep across the due time as a break, without a burst of reminders', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(12),
      offline: [{ from: monday(10, 25), to: monday(11, 40) }],
    });
    const notifies = ofType(sim.effects, 'notify');
    expect(notifies.every((n) => n.attempt === 1)).toBe(true);
    expect(ofType(sim.log.find((l) => l.at === monday(11, 40))?.effects ?? [], 'notify')).toEqual(
      [],
    );
    expect(ofType(sim.effects, 'record')[0]).toMatchObject({
      kind: 'natural-break',
      sittingMs: 25 * MIN,
    });
    expect(describeSchedule(sim.state, monday(12), settings).sittingMs).toBe(20 * MIN);
  });

  it('clears a reminder that was showing when the machine went to sleep', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(12),
      offline: [{ from: monday(10, 31), to: monday(12), reason: 'worker-start' }],
    });
    const woke = sim.log.find((l) => l.at === monday(12))?.effects ?? [];
    expect(ofType(woke, 'clear-notification')).toHaveLength(1);
    expect(ofType(woke, 'notify')).toEqual([]);
  });

  it('never counts the minutes the browser was closed as sitting, even a quick restart', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 20),
      offline: [{ from: monday(10, 10), to: monday(10, 14), reason: 'startup' }],
    });
    expect(ofType(sim.effects, 'record')).toEqual([]);
    expect(sim.state.sittingSince).toBe(monday(10, 4));
  });

  it('starts sitting from zero after the browser was closed for a long time', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(13),
      offline: [{ from: monday(10, 10), to: monday(13), reason: 'startup' }],
    });
    expect(ofType(sim.effects, 'record')).toHaveLength(1);
    expect(sim.state.sittingSince).toBe(monday(13));
  });

  it('assumes the person is back when the browser starts while they were stored as away', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(14),
      events: [
        [monday(10, 10), ev.idle()],
        [monday(14), ev.wake('startup')],
      ],
    });
    expect(sim.state.away).toBeNull();
    expect(sim.state.sittingSince).toBe(monday(14));
    expect(ofType(sim.log.at(-1)?.effects ?? [], 'set-alarm')).toHaveLength(1);
  });

  it('records the break of a person who left before the browser closed, with the sitting before it', () => {
    // Idle reported at 10:10 means they left at 10:09; the browser starts again at 14:00.
    const sim = simulate({
      start: monday(10),
      until: monday(14),
      events: [
        [monday(10, 10), ev.idle()],
        [monday(14), ev.wake('startup')],
      ],
    });
    expect(ofType(sim.effects, 'record')).toEqual([
      { type: 'record', kind: 'natural-break', at: monday(10, 9), sittingMs: 9 * MIN },
    ]);
  });

  it('keeps a person away across worker restarts until they are active again', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 30),
      events: [
        [monday(10, 10), ev.idle()],
        [monday(10, 30), ev.wake('worker-start')],
      ],
    });
    expect(sim.state.away).not.toBeNull();
    expect(sim.log.at(-1)?.effects).toContainEqual({ type: 'clear-alarm' });
  });

  it('never sees a gap in a healthy active session driven by its own alarms', () => {
    const sim = simulate({ start: monday(9), until: monday(12) });
    expect(ofType(sim.effects, 'record').filter((r) => r.kind === 'natural-break')).toEqual([]);
  });
});

describe('dropping a reminder', () => {
  it('clears the notification only when one is up', () => {
    const base = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 31) };
    const dueSince = monday(10, 30);
    const effects = (reminder: ScheduleState['reminder']) =>
      dropReminder({ ...base, reminder }).effects;
    expect(effects({ phase: 'showing', dueSince, shownAt: dueSince, attempt: 1 })).toEqual([
      { type: 'clear-notification' },
    ]);
    expect(effects({ phase: 'deferred', dueSince })).toEqual([]);
    expect(effects({ phase: 'stretching', dueSince, startedAt: dueSince, attempt: 1 })).toEqual([]);
    expect(effects(null)).toEqual([]);
  });
});
