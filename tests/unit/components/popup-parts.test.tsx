import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BreakActions } from '../../../components/BreakActions';
import { ScheduleStatus } from '../../../components/ScheduleStatus';
import { StretchCard } from '../../../components/StretchCard';
import { TodayLine } from '../../../components/TodayLine';
import type { ScheduleView } from '../../../core/scheduler';
import { stretchById } from '../stretch-by-id';

afterEach(cleanup);

const NOW = new Date('2026-11-23T10:00:00+01:00').getTime();
const MIN = 60_000;
const view = (over: Partial<ScheduleView>): ScheduleView => ({
  status: 'sitting',
  sittingMs: 0,
  nextBreakAt: null,
  pausedUntil: null,
  reminderAttempt: null,
  nextWorkingStart: null,
  ...over,
});

describe('ScheduleStatus', () => {
  it('shows how long the user has sat and when the next break comes', () => {
    render(
      <ScheduleStatus
        view={view({ sittingMs: 18 * MIN, nextBreakAt: NOW + 12 * MIN })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={vi.fn()}
      />,
    );
    expect(screen.getByTestId('sitting-time').textContent).toBe('18 min');
    expect(screen.getByTestId('next-break').textContent).toBe('in 12 min');
  });

  it('reads a fresh 30-minute interval as 30 min though the page clock is a second behind', () => {
    render(
      <ScheduleStatus
        view={view({ sittingMs: 0, nextBreakAt: NOW + 30 * MIN + 800 })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={vi.fn()}
      />,
    );
    expect(screen.getByTestId('next-break').textContent).toBe('in 30 min');
  });

  it('says it is time for a break while a reminder is up', () => {
    render(
      <ScheduleStatus
        view={view({ status: 'reminder', nextBreakAt: NOW })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={vi.fn()}
      />,
    );
    expect(screen.getByText('Time for a break')).toBeTruthy();
  });

  it('says a break is under way, not that one is due, while a stretch runs', () => {
    render(
      <ScheduleStatus
        view={view({ status: 'reminder', nextBreakAt: NOW })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={vi.fn()}
        stretching
      />,
    );
    expect(screen.queryByText('Time for a break')).toBeNull();
    expect(screen.getByText('On a break now:')).toBeTruthy();
  });

  it('offers a one-click resume while paused, naming the end', () => {
    const onResume = vi.fn();
    render(
      <ScheduleStatus
        view={view({ status: 'paused', pausedUntil: NOW + 60 * MIN })}
        now={NOW}
        onResume={onResume}
        onRemindAnyway={vi.fn()}
      />,
    );
    expect(screen.getByText(/until 11:00/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume reminders' }));
    expect(onResume).toHaveBeenCalledTimes(1);
  });

  it('names the day when reminders start again outside working hours', () => {
    const monday9 = new Date('2026-11-30T09:00:00+01:00').getTime();
    render(
      <ScheduleStatus
        view={view({ status: 'outside-hours', nextWorkingStart: monday9 })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={vi.fn()}
      />,
    );
    expect(screen.getByText(/Reminders start again Mon 09:00/)).toBeTruthy();
  });

  it('offers reminders anyway for the rest of today outside working hours', () => {
    const onRemindAnyway = vi.fn();
    render(
      <ScheduleStatus
        view={view({ status: 'outside-hours', nextWorkingStart: null })}
        now={NOW}
        onResume={vi.fn()}
        onRemindAnyway={onRemindAnyway}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remind me anyway today' }));
    expect(onRemindAnyway).toHaveBeenCalledTimes(1);
  });
});

describe('StretchCard', () => {
  const figure4 = stretchById('seated-figure-4');
  if (!figure4) throw new Error('the library lost seated-figure-4');

  it('shows the name, focus, position, dose, steps, what to feel and the caution', () => {
    render(<StretchCard stretch={figure4} dose={{ type: 'hold', seconds: 45 }} notice={null} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(figure4.name);
    expect(screen.getByText('On a chair')).toBeTruthy();
    expect(screen.getByText('Hold 45 s, each side')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([...figure4.steps, ...figure4.cues, ...figure4.cautions]),
    );
  });

  it('says so when the picker had to widen the filters', () => {
    render(
      <StretchCard
        stretch={figure4}
        dose={figure4.dose}
        notice="Nothing fit, so here is another."
      />,
    );
    expect(screen.getByText('Nothing fit, so here is another.')).toBeTruthy();
  });
});

describe('BreakActions', () => {
  it('sends snooze, skip and each pause choice', () => {
    const handlers = { onSnooze: vi.fn(), onSkip: vi.fn(), onPause: vi.fn() };
    render(<BreakActions snoozeMinutes={10} paused={false} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 10 min' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip this break' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause reminders: Until tomorrow' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause reminders: Until I resume' }));
    expect(handlers.onSnooze).toHaveBeenCalledTimes(1);
    expect(handlers.onSkip).toHaveBeenCalledTimes(1);
    expect(handlers.onPause.mock.calls).toEqual([['tomorrow'], ['resumed']]);
  });

  it('is hidden while reminders are paused', () => {
    const { container } = render(
      <BreakActions
        snoozeMinutes={5}
        paused
        onSnooze={vi.fn()}
        onSkip={vi.fn()}
        onPause={vi.fn()}
      />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('TodayLine', () => {
  it('counts today’s stretches and mentions skips and misses only when there are some', () => {
    const { rerender } = render(
      <TodayLine summary={{ stretched: 1, skipped: 0, missed: 0, naturalBreaks: 0 }} />,
    );
    expect(screen.getByText('Today: 1 break taken')).toBeTruthy();
    rerender(<TodayLine summary={{ stretched: 3, skipped: 1, missed: 2, naturalBreaks: 1 }} />);
    expect(
      screen.getByText('Today: 3 breaks taken · 1 break away · 1 skipped · 2 missed'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Progress' }).getAttribute('href')).toBe(
      '/progress.html',
    );
  });

  it('names what the break just taken was (a strength set is no stretch)', () => {
    const summary = { stretched: 1, skipped: 0, missed: 0, naturalBreaks: 0 };
    const { container, rerender } = render(<TodayLine summary={summary} last="Glute bridge" />);
    expect(container.textContent).toBe('Today: 1 break taken (last: Glute bridge) · Progress');
    // The counts keep an element of their own: they never depend on the session.
    expect(screen.getByText('Today: 1 break taken').className).toBe('today-counts');
    rerender(<TodayLine summary={summary} last={null} />);
    expect(container.textContent).toBe('Today: 1 break taken · Progress');
  });
});
