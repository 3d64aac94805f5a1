import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPlan } from '../../../core/guided-session/build-plan';
import { startSession } from '../../../core/guided-session/session';
import { type SessionView, viewSession } from '../../../core/guided-session/session-view';
import { usePhaseAnnouncer } from '../../../pages/use-phase-announcer';
import { stretchById } from '../stretch-by-id';

const chime = vi.hoisted(() => vi.fn());
vi.mock('../../../pages/chime', () => ({ playChime: chime }));
afterEach(cleanup);

function Announcer({ view, sound }: { view: SessionView | null; sound: boolean }) {
  return <p data-testid="live">{usePhaseAnnouncer(view, { on: sound, volume: 50 })}</p>;
}

describe('usePhaseAnnouncer', () => {
  const figure4 = stretchById('seated-figure-4');
  if (!figure4) throw new Error('the library lost seated-figure-4');
  const session = startSession(
    {
      stretchId: figure4.id,
      strengthening: false,
      plan: buildPlan(figure4, { holdSeconds: 30, switchSeconds: 5 }),
    },
    0,
  );

  it('announces each phase change once and chimes at each switch and at the end', () => {
    const { rerender } = render(<Announcer view={viewSession(session, 0)} sound />);
    expect(screen.getByTestId('live').textContent).toBe('Right side. 30 seconds.');
    expect(chime).not.toHaveBeenCalled();
    rerender(<Announcer view={viewSession(session, 10_000)} sound />);
    expect(screen.getByTestId('live').textContent).toBe('Right side. 30 seconds.');
    rerender(<Announcer view={viewSession(session, 30_000)} sound />);
    expect(screen.getByTestId('live').textContent).toBe('Switch sides. 5 seconds.');
    rerender(<Announcer view={viewSession(session, 65_000)} sound />);
    expect(screen.getByTestId('live').textContent).toBe('Done. Nice work. Your break is counted.');
    expect(chime.mock.calls.map((call) => call[0])).toEqual(['switch', 'finish']);
  });

  it('says a session ended early as such, not as done', () => {
    const { rerender } = render(<Announcer view={viewSession(session, 0)} sound={false} />);
    const ended = { ...session, finishedAt: 5_000, endedEarly: true };
    rerender(<Announcer view={viewSession(ended, 6_000)} sound={false} />);
    expect(screen.getByTestId('live').textContent).toBe(
      'Ended early. Recorded as ended early. It counts as a break if you were away from the computer for two minutes of it.',
    );
  });

  it('stays silent when sound is off', () => {
    chime.mockClear();
    const { rerender } = render(<Announcer view={viewSession(session, 0)} sound={false} />);
    rerender(<Announcer view={viewSession(session, 30_000)} sound={false} />);
    expect(chime).not.toHaveBeenCalled();
  });
});
