import { describe, expect, it } from 'vitest';
import { type ScheduleSettings, step } from '@/core/scheduler';
import type { BreakStyle } from '@/core/settings/defaults';
import {
  ev,
  monday,
  ofType,
  type Simulation,
  settingsWith,
  simulate,
  type Timed,
} from './run-scenario';

// A person who sat down at 10:00: the 30-minute break is due at 10:30, repeats every 5 minutes
// twice (10:35, 10:40) and counts as missed at 10:45; the next one is due at 11:15.
const pageTimes = (sim: Simulation) =>
  sim.log.flatMap((l) => (ofType(l.effects, 'open-break-page').length ? [l.at] : []));
const run = (
  breakStyle: BreakStyle,
  options: { until?: number; events?: Timed[]; settings?: Partial<ScheduleSettings> } = {},
) =>
  simulate({
    start: monday(10),
    until: options.until ?? monday(10, 50),
    events: options.events,
    settings: { breakStyle, ...options.settings },
  });

describe('break styles', () => {
  it.each<[BreakStyle, Partial<ScheduleSettings>, number[]]>([
    ['gentle', {}, []],
    // Unanswered for 2 minutes: the page opens once for the break, not again on its repeats.
    ['standard', {}, [monday(10, 32)]],
    ['standard', { breakPageAfterMinutes: 7 }, [monday(10, 37)]],
    // Shown at 10:30 and again at 10:31 (snooze 1 minute): the earlier showing counts too.
    ['standard', { breakPageAfterMinutes: 2, snoozeMinutes: 1 }, [monday(10, 32)]],
    // Insistent: with the notification, every time it shows.
    ['insistent', {}, [monday(10, 30), monday(10, 35), monday(10, 40)]],
  ])('%s %j opens the break page at %j', (style, settings, expected) => {
    expect(pageTimes(run(style, { settings }))).toEqual(expected);
  });

  it('remembers that the page was opened for this break, and not for the next one', () => {
    expect(run('standard', { until: monday(10, 33) }).state.reminder).toMatchObject({
      phase: 'showing',
      paged: true,
    });
    const next = run('standard', { until: monday(11, 16) });
    expect(next.state.reminder).toMatchObject({ phase: 'showing', attempt: 1 });
    expect(next.state.reminder).not.toHaveProperty('paged');
    expect(pageTimes(run('standard', { until: monday(11, 18) }))).toEqual([
      monday(10, 32),
      monday(11, 17),
    ]);
  });

  it('waits while the person is away and opens the page when they come back', () => {
    const events: Timed[] = [
      [monday(10, 31), ev.idle()],
      [monday(10, 33), ev.active()],
    ];
    expect(pageTimes(run('standard', { events }))).toEqual([monday(10, 33)]);
  });

  it('never opens the page for a break that did not come (paused)', () => {
    expect(pageTimes(run('insistent', { events: [[monday(10, 10), ev.pause('hour-1')]] }))).toEqual(
      [],
    );
  });

  it('does not open the page again when the style changes from insistent to standard', () => {
    // The insistent notification at 10:30 came with the page; by 10:33 the standard style's two
    // minutes are up, and that break's page is open already.
    const shown = run('insistent', { until: monday(10, 31) }).state;
    const standard = settingsWith({ breakStyle: 'standard' });
    const { effects } = step(shown, ev.settingsChanged(), monday(10, 33), standard);
    expect(ofType(effects, 'open-break-page')).toEqual([]);
  });
});
