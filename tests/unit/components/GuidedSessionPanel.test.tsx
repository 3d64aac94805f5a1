import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidedSessionPanel } from '../../../components/GuidedSessionPanel';
import { buildPlan } from '../../../core/guided-session/build-plan';
import {
  completeSet,
  finishSession,
  type GuidedSession,
  pauseSession,
  resumeSession,
  startSession,
} from '../../../core/guided-session/session';
import { viewSession } from '../../../core/guided-session/session-view';
import { useNow } from '../../../pages/use-now';
import { stretchById } from '../stretch-by-id';

afterEach(cleanup);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00+01:00'));
});
afterEach(() => vi.useRealTimers());

/** The panel driven the way the popup drives it: a stored session, a ticking clock, commands. */
function Harness({ initial }: { initial: GuidedSession }) {
  const [session, setSession] = useState(initial);
  const now = useNow(200);
  const apply = (change: (s: GuidedSession, at: number) => GuidedSession) =>
    setSession((s) => change(s, Date.now()));
  return (
    <GuidedSessionPanel
      view={viewSession(session, now)}
      onPause={() => apply(pauseSession)}
      onResume={() => apply(resumeSession)}
      onRestart={() =>
        apply((s, at) =>
          startSession({ stretchId: s.stretchId, strengthening: false, plan: s.plan }, at),
        )
      }
      onSetDone={() => apply(completeSet)}
      onFinish={() => apply(finishSession)}
      onEndEarly={() => apply((s, at) => ({ ...finishSession(s, at), endedEarly: true }))}
      onClose={() => undefined}
    />
  );
}

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const timerName = () => screen.getByRole('timer').getAttribute('aria-label');

describe('GuidedSessionPanel', () => {
  const figure4 = stretchById('seated-figure-4');
  if (!figure4) throw new Error('the library lost seated-figure-4');
  const plan = buildPlan(figure4, { holdSeconds: 30, switchSeconds: 5 });

  it('counts down side 1, pauses to switch, then side 2, and ends', async () => {
    render(
      <Harness
        initial={startSession(
          { stretchId: figure4.id, strengthening: false, plan: plan },
          Date.now(),
        )}
      />,
    );
    expect(screen.getByTestId('phase-title').textContent).toBe('Right side');
    expect(timerName()).toBe('Right side: 30 seconds left');
    await advance(10_000);
    expect(timerName()).toBe('Right side: 20 seconds left');
    await advance(20_000);
    expect(screen.getByTestId('phase-title').textContent).toBe('Switch sides');
    expect(screen.getByText('Get ready: left side next.')).toBeTruthy();
    await advance(5_000);
    expect(screen.getByTestId('phase-title').textContent).toBe('Left side');
    await advance(30_000);
    expect(screen.getByText('Done')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('stands still while paused and resumes from the same second', async () => {
    render(
      <Harness
        initial={startSession(
          { stretchId: figure4.id, strengthening: false, plan: plan },
          Date.now(),
        )}
      />,
    );
    await advance(12_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(60_000);
    expect(timerName()).toBe('Right side: 18 seconds left');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(3_000);
    expect(timerName()).toBe('Right side: 15 seconds left');
  });

  it('restarts from the first side', async () => {
    render(
      <Harness
        initial={startSession(
          { stretchId: figure4.id, strengthening: false, plan: plan },
          Date.now(),
        )}
      />,
    );
    await advance(40_000);
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    await advance(200);
    expect(timerName()).toBe('Right side: 30 seconds left');
  });

  it('counts sets of a strengthening exercise with Finish set, a rest timer and End early', async () => {
    const bridge = stretchById('glute-bridge');
    if (!bridge) throw new Error('the library lost glute-bridge');
    const sets = buildPlan(bridge, { holdSeconds: 30, switchSeconds: 5 });
    render(
      <Harness
        initial={startSession(
          { stretchId: bridge.id, strengthening: true, plan: sets },
          Date.now(),
        )}
      />,
    );
    expect(screen.getByTestId('phase-title').textContent).toMatch(/^Set 1 of \d/);
    expect(screen.queryByRole('timer')).toBeNull();
    // Strength work has no "Done" beside its set: stopping is "End early".
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Finish set' }));
    await advance(200);
    expect(screen.getByTestId('phase-title').textContent).toBe('Rest');
    expect(screen.getByRole('timer')).toBeTruthy();
    await advance(60_000);
    expect(screen.getByTestId('phase-title').textContent).toMatch(/^Set 2 of \d/);
    fireEvent.click(screen.getByRole('button', { name: 'End early' }));
    await advance(200);
    expect(screen.getByText('Recorded as ended early; no 48-hour rest starts.')).toBeTruthy();
  });

  it('ends at once on Done, and says a stretch cut short was recorded as ended early', async () => {
    render(
      <Harness
        initial={startSession(
          { stretchId: figure4.id, strengthening: false, plan: plan },
          Date.now(),
        )}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await advance(200);
    expect(screen.getByText(/^Recorded as ended early\./)).toBeTruthy();
    expect(screen.queryByText('Nice work. Your break is counted.')).toBeNull();
  });

  it('counts foam rolling in minutes', async () => {
    const roller = stretchById('foam-roll-outer-quad');
    if (!roller) throw new Error('the library lost foam-roll-outer-quad');
    const phases = buildPlan(roller, { holdSeconds: 30, switchSeconds: 5 });
    render(
      <Harness
        initial={startSession(
          { stretchId: roller.id, strengthening: false, plan: phases },
          Date.now(),
        )}
      />,
    );
    expect(timerName()).toBe('Right side: 2 minutes left');
    expect(screen.getByRole('timer').textContent).toBe('2:00');
    await advance(30_000);
    expect(timerName()).toBe('Right side: 1 minute 30 seconds left');
    expect(screen.getByText('Roll slowly; rest a few breaths on tender spots.')).toBeTruthy();
  });
});
