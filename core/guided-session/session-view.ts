import type { Phase, TimedPhase } from './plan';
import { type GuidedSession, setsLeft, settle } from './session';

export type SessionStatus = 'running' | 'paused' | 'waiting-for-set' | 'finished';

export interface SessionView {
  status: SessionStatus;
  phase: Phase | null;
  /** 1-based position of the phase in the plan (not shown: "Step n of m" is a routine's step). */
  phaseNumber: number;
  /** What the phase is, in a few words: "Right leg", "Switch sides", "Set 2 of 3". */
  title: string;
  /** One more line: "12 reps, then press Set done", "Now the left leg". */
  detail: string;
  /** Whole seconds left in a timed phase (rounded up, as a countdown shows it); null for sets. */
  secondsLeft: number | null;
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  /** In a routine, which of its entries this is ("Step 2 of 3"); null for a single entry. */
  step: { number: number; count: number; name: string } | null;
  /** Strength work with sets still to do: stopping now is "End early", a partial break. */
  setsLeft: boolean;
}

const SIDE_NAMES = { 1: 'Right side', 2: 'Left side' } as const;

/** What the popup shows for the session at `now`. */
export function viewSession(session: GuidedSession, now: number): SessionView {
  const settled = settle(session, now);
  const phase = settled.finishedAt === null ? (settled.plan[settled.phaseIndex] ?? null) : null;
  if (phase === null) {
    // Done pressed before the plan was through is recorded as what it was (see the machine).
    const early = settled.endedEarly === true || settled.phaseIndex < settled.plan.length;
    return {
      status: 'finished',
      phase: null,
      phaseNumber: settled.plan.length,
      title: early ? 'Ended early' : 'Done',
      detail: finishedDetail(settled, early),
      secondsLeft: null,
      progress: 1,
      step: null,
      setsLeft: false,
    };
  }
  const step = stepAt(settled, settled.phaseIndex);
  const base = {
    phase,
    phaseNumber: settled.phaseIndex + 1,
    step,
    setsLeft: setsLeft(settled),
  };
  if (phase.kind === 'set') {
    const side = phase.side === null ? '' : ` · ${SIDE_NAMES[phase.side]}`;
    return {
      ...base,
      status: 'waiting-for-set',
      title: `Set ${phase.set} of ${phase.sets}${side}`,
      detail: `${phase.reps} slow, controlled reps, then press Finish set.`,
      secondsLeft: null,
      progress: 0,
    };
  }
  const clock = settled.pausedAt ?? now;
  const durationMs = phase.seconds * 1000;
  const elapsed = Math.min(durationMs, Math.max(0, clock - settled.phaseStartedAt));
  // The pause before a routine's next entry names it.
  const upcoming = settled.steps?.find((next) => next.from === settled.phaseIndex + 1);
  const wording = upcoming
    ? { title: 'Next up', detail: `Get ready: ${upcoming.name}.` }
    : describeTimed(phase, settled.plan[settled.phaseIndex + 1]);
  return {
    ...base,
    status: settled.pausedAt === null ? 'running' : 'paused',
    title: wording.title,
    detail: wording.detail,
    secondsLeft: Math.ceil((durationMs - elapsed) / 1000),
    progress: durationMs === 0 ? 1 : elapsed / durationMs,
  };
}

/** The routine step that phase `index` belongs to; null outside a routine. */
function stepAt(session: GuidedSession, index: number): SessionView['step'] {
  // Stryker disable next-line ArrayDeclaration: a fallback step that is no object has no `from`, so no step is found.
  const steps = session.steps ?? [];
  const number = steps.filter((step) => step.from <= index).length;
  const found = steps[number - 1];
  return found ? { number, count: steps.length, name: found.name } : null;
}

function finishedDetail(session: GuidedSession, early: boolean): string {
  if (early) {
    return session.strengthening
      ? 'Recorded as ended early; no 48-hour rest starts.'
      : 'Recorded as ended early. It counts as a break if you were away from the computer for two minutes of it.';
  }
  return session.strengthening
    ? 'All sets done. Strength moves now rest 48 hours; stretches carry on.'
    : 'Nice work. Your break is counted.';
}

function describeTimed(
  phase: TimedPhase,
  next: Phase | undefined,
): { title: string; detail: string } {
  switch (phase.kind) {
    case 'hold':
      return phase.side === null
        ? { title: 'Hold', detail: 'Breathe slowly and let the muscle relax.' }
        : { title: SIDE_NAMES[phase.side], detail: 'Breathe slowly and let the muscle relax.' };
    case 'roll': {
      const detail = 'Roll slowly; rest a few breaths on tender spots.';
      return phase.side === null
        ? { title: 'Roll', detail }
        : { title: SIDE_NAMES[phase.side], detail };
    }
    case 'switch': {
      const side = next && 'side' in next ? next.side : null;
      return {
        title: 'Switch sides',
        detail:
          side === null
            ? 'Get ready for the other side.'
            : `Get ready: ${SIDE_NAMES[side].toLowerCase()} next.`,
      };
    }
    case 'rest':
      return {
        title: 'Rest',
        detail: `Shake it out and breathe.${next?.kind === 'set' ? ` Set ${next.set} of ${next.sets} next.` : ''}`,
      };
  }
}
