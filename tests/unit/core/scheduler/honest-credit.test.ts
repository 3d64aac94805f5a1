import { describe, expect, it } from 'vitest';
import type { ScheduleEvent } from '@/core/scheduler';
import { ev, MIN, monday, outcomes, simulate, type Timed } from './run-scenario';

const started = (): ScheduleEvent => ({ type: 'stretch-started' });
const done = (complete = true): ScheduleEvent => ({
  type: 'stretch-done',
  stretchId: 'pigeon',
  complete,
});

// What the scheduler records for one break: the raw facts the Progress page credits from.
describe('the facts recorded for a break', () => {
  it.each<[string, Timed[], { kind: string; partial?: true; away?: true }[]]>([
    [
      'a floor stretch from the reminder, away longer than a natural break: one record, away',
      [
        [monday(10, 31), ev.start()],
        [monday(10, 32), ev.idle()],
        [monday(10, 39), ev.active()],
        [monday(10, 39, 10), done()],
      ],
      [{ kind: 'stretched', away: true }],
    ],
    [
      'a floor stretch started in the popup with no reminder due: one record, away',
      [
        [monday(10, 10), started()],
        [monday(10, 11), ev.locked()],
        [monday(10, 18), ev.active()],
        [monday(10, 18, 5), done()],
      ],
      [{ kind: 'stretched', away: true }],
    ],
    [
      'a stretch that ran out while the person was still away: away',
      [
        [monday(10, 31), ev.start()],
        [monday(10, 32), ev.idle()],
        [monday(10, 35), done()],
      ],
      [{ kind: 'stretched', away: true }],
    ],
    [
      'Done a few seconds in, never away: partial, no away',
      [
        [monday(10, 31), ev.start()],
        [monday(10, 31, 5), done(false)],
      ],
      [{ kind: 'stretched', partial: true }],
    ],
    [
      'ended early after three minutes away: partial and away (the break was taken)',
      [
        [monday(10, 31), ev.start()],
        [monday(10, 31, 10), ev.locked()],
        [monday(10, 34, 10), ev.active()],
        [monday(10, 34, 20), done(false)],
      ],
      [{ kind: 'stretched', partial: true, away: true }],
    ],
    [
      'away under two minutes during a stretch does not count as away',
      [
        [monday(10, 31), ev.start()],
        [monday(10, 31, 10), ev.locked()],
        [monday(10, 32, 30), ev.active()],
        [monday(10, 32, 40), done(false)],
      ],
      [{ kind: 'stretched', partial: true }],
    ],
    [
      'away long enough with no stretch going: a natural break, as before',
      [
        [monday(10, 10), ev.idle()],
        [monday(10, 20), ev.active()],
      ],
      [{ kind: 'natural-break' }],
    ],
  ])('%s', (_name, events, expected) => {
    const sim = simulate({ start: monday(10), until: monday(10, 40), events });
    const records = outcomes(sim.effects).map(({ kind, partial, away }) => ({
      kind,
      ...(partial ? { partial } : {}),
      ...(away ? { away } : {}),
    }));
    expect(records).toEqual(expected);
  });

  it('records each reminder offered once, not once per repeat', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 44) });
    const offered = sim.effects.filter((e) => e.type === 'record' && e.kind === 'offered');
    expect(offered).toEqual([
      { type: 'record', kind: 'offered', at: monday(10, 30), sittingMs: 30 * MIN },
    ]);
  });

  it('keeps the time away out of the sitting a stretch ends', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      events: [
        [monday(10, 31), ev.start()],
        [monday(10, 32), ev.locked()],
        [monday(10, 38), ev.active()],
        [monday(10, 38), done()],
      ],
    });
    expect(outcomes(sim.effects)[0]?.sittingMs).toBe(32 * MIN);
  });
});
