import { describe, expect, it } from 'vitest';
import { describeSchedule, type ScheduleEffect, step } from '@/core/scheduler';
import {
  ev,
  MIN,
  monday,
  ofType,
  outcomes,
  settingsWith,
  simulate,
  type Timed,
} from './run-scenario';

const settings = settingsWith();
const notifiesAt = (sim: ReturnType<typeof simulate>) =>
  sim.log.flatMap((l) => ofType(l.effects, 'notify').map((n) => ({ at: l.at, ...n })));

describe('a reminder coming due', () => {
  it('notifies exactly at the end of the interval with the sitting time', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 30) });
    expect(notifiesAt(sim)).toEqual([
      { at: monday(10, 30), type: 'notify', sittingMinutes: 30, attempt: 1 },
    ]);
    expect(describeSchedule(sim.state, monday(10, 30), settings)).toMatchObject({
      status: 'reminder',
      reminderAttempt: 1,
    });
  });

  it('brings an ignored reminder back repeatIgnored times, then counts it missed', () => {
    const sim = simulate({ start: monday(10), until: monday(11, 15) });
    expect(notifiesAt(sim)).toEqual([
      { at: monday(10, 30), type: 'notify', sittingMinutes: 30, attempt: 1 },
      { at: monday(10, 35), type: 'notify', sittingMinutes: 35, attempt: 2 },
      { at: monday(10, 40), type: 'notify', sittingMinutes: 40, attempt: 3 },
      // Missed at 10:45: a fresh interval, but the person never stopped sitting.
      { at: monday(11, 15), type: 'notify', sittingMinutes: 75, attempt: 1 },
    ]);
    const missed = sim.log.find((l) => l.at === monday(10, 45))?.effects ?? [];
    expect(outcomes(missed)).toEqual([
      { type: 'record', kind: 'missed', at: monday(10, 45), sittingMs: 45 * MIN },
    ]);
    expect(ofType(missed, 'clear-notification')).toHaveLength(1);
  });

  it('never shows more than one notification per step', () => {
    const sim = simulate({ start: monday(9), until: monday(17) });
    expect(sim.log.every((l) => ofType(l.effects, 'notify').length <= 1)).toBe(true);
  });

  it('counts a reminder as missed right away when repeats are off', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 36),
      settings: { repeatIgnored: 0 },
    });
    expect(notifiesAt(sim).map((n) => n.attempt)).toEqual([1]);
    expect(outcomes(sim.effects)).toEqual([
      { type: 'record', kind: 'missed', at: monday(10, 35), sittingMs: 35 * MIN },
    ]);
  });
});

describe('snooze', () => {
  it.each<[string, Timed[1]]>([
    ['the notification button', ev.snoozeButton()],
    ['the popup', ev.snooze()],
  ])('snoozes from %s: clears the notification and comes back after snoozeMinutes', (_, snooze) => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 37),
      events: [[monday(10, 31), snooze]],
    });
    const snoozed = sim.log.find((l) => l.at === monday(10, 31))?.effects ?? [];
    expect(ofType(snoozed, 'clear-notification')).toHaveLength(1);
    expect(outcomes(snoozed)).toEqual([
      { type: 'record', kind: 'snoozed', at: monday(10, 31), sittingMs: 31 * MIN },
    ]);
    expect(notifiesAt(sim).map((n) => [n.at, n.attempt])).toEqual([
      [monday(10, 30), 1],
      [monday(10, 36), 1],
    ]);
  });

  it('postpones the next reminder when snoozed from the popup before it is due', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 35),
      events: [[monday(10, 20), ev.snooze()]],
    });
    expect(notifiesAt(sim).map((n) => n.at)).toEqual([monday(10, 35)]);
  });
});

describe('answering a reminder', () => {
  it('skips: records it and starts a fresh interval while sitting time keeps counting', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11, 1),
      events: [[monday(10, 31), ev.skip()]],
    });
    const skipped = sim.log.find((l) => l.at === monday(10, 31))?.effects ?? [];
    expect(outcomes(skipped)).toEqual([
      { type: 'record', kind: 'skipped', at: monday(10, 31), sittingMs: 31 * MIN },
    ]);
    expect(ofType(skipped, 'clear-notification')).toHaveLength(1);
    expect(notifiesAt(sim).at(-1)).toMatchObject({ at: monday(11, 1), sittingMinutes: 61 });
  });

  it('treats closing the notification by hand as a skip, but not a system close', () => {
    const byHand = simulate({
      start: monday(10),
      until: monday(10, 31),
      events: [[monday(10, 31), ev.closed(true)]],
    });
    expect(outcomes(byHand.effects).map((r) => r.kind)).toEqual(['skipped']);
    const bySystem = simulate({
      start: monday(10),
      until: monday(10, 36),
      events: [[monday(10, 31), ev.closed(false)]],
    });
    expect(outcomes(bySystem.effects)).toEqual([]);
    expect(notifiesAt(bySystem).map((n) => n.attempt)).toEqual([1, 2]);
  });

  it.each<[string, Timed[1]]>([
    ['the notification', ev.clicked()],
    ['"Start stretch"', ev.start()],
  ])('opens the stretch page from %s and counts the break only when done', (_, open) => {
    const sim = simulate({
      start: monday(10),
      until: monday(11, 4),
      events: [
        [monday(10, 31), open],
        [monday(10, 34), ev.done()],
      ],
    });
    const opened = sim.log.find((l) => l.at === monday(10, 31))?.effects ?? [];
    expect(opened).toEqual(
      expect.arrayContaining<ScheduleEffect>([
        { type: 'clear-notification' },
        { type: 'open-stretch' },
      ]),
    );
    expect(outcomes(opened)).toEqual([]);
    expect(outcomes(sim.effects)).toEqual([
      { type: 'record', kind: 'stretched', at: monday(10, 34), sittingMs: 34 * MIN },
    ]);
    // No repeats while stretching; the next reminder is a full interval after the stretch.
    expect(notifiesAt(sim).map((n) => [n.at, n.sittingMinutes])).toEqual([
      [monday(10, 30), 30],
      [monday(11, 4), 30],
    ]);
  });

  it('counts a stretch that is never finished as missed after an interval', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11, 1),
      events: [[monday(10, 31), ev.start()]],
    });
    expect(outcomes(sim.effects)).toEqual([
      { type: 'record', kind: 'missed', at: monday(11, 1), sittingMs: 61 * MIN },
    ]);
  });

  it('takes a stretch done from the popup as a break even without a reminder', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 45),
      events: [[monday(10, 15), ev.done()]],
    });
    expect(outcomes(sim.effects)[0]).toMatchObject({
      kind: 'stretched',
      sittingMs: 15 * MIN,
    });
    expect(notifiesAt(sim).map((n) => n.at)).toEqual([monday(10, 45)]);
  });
});

describe('settings changes', () => {
  it('fires once at once when a shorter interval is already over', () => {
    const shorter = settingsWith({ intervalMinutes: 15 });
    const sim = simulate({ start: monday(10), until: monday(10, 20) });
    const now = monday(10, 20, 10);
    const changed = step(sim.state, ev.settingsChanged(), now, shorter);
    expect(ofType(changed.effects, 'notify')).toEqual([
      { type: 'notify', sittingMinutes: 20, attempt: 1 },
    ]);
    const again = step(changed.state, ev.alarm(), now + MIN, shorter);
    expect(ofType(again.effects, 'notify')).toEqual([]);
  });

  it('moves the next reminder out when the interval grows', () => {
    const longer = settingsWith({ intervalMinutes: 45 });
    const sim = simulate({ start: monday(10), until: monday(10, 20) });
    const changed = step(sim.state, ev.settingsChanged(), monday(10, 20, 10), longer);
    expect(describeSchedule(changed.state, monday(10, 21), longer).nextBreakAt).toBe(
      monday(10, 45),
    );
  });
});
