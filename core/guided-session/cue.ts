import { isTimed, type Phase } from './plan';
import type { GuidedSession } from './session';

// What the background says in a notification when the session moves on with no page showing it
// (a page that shows it announces each phase itself, with the chime if asked for). Kept short:
// every byte here counts against the service worker's budget.

/** A cue's notification: a title and one line. */
export interface Cue {
  title: string;
  message: string;
}

export const FINISH_CUE: Cue = {
  title: 'Break done',
  message: 'Nice work. Your break is counted.',
};

const SIDES = ['Hold', 'Right side', 'Left side'] as const;

/** The cue for a phase as it begins. */
export function phaseCue(phase: Phase): Cue {
  if (!isTimed(phase)) {
    return { title: `Set ${phase.set} of ${phase.sets}`, message: `${phase.reps} reps.` };
  }
  const title =
    phase.kind === 'switch'
      ? 'Switch sides'
      : phase.kind === 'rest'
        ? 'Rest'
        : SIDES[phase.side ?? 0];
  return { title, message: `${phase.seconds} seconds.` };
}

/**
 * The cue for a session that moved on from `before` to `after` by the clock alone: the end, or the
 * phase it is in now (a late wake names where the session is, not what it missed); null if
 * nothing changed.
 */
export function cueFor(before: GuidedSession, after: GuidedSession): Cue | null {
  if (after.finishedAt !== null) return before.finishedAt === null ? FINISH_CUE : null;
  const phase = after.plan[after.phaseIndex];
  return phase && after.phaseIndex !== before.phaseIndex ? phaseCue(phase) : null;
}

/**
 * When the background next wakes to cue: the end of the phase in progress, or of the one after it
 * when this one is a switch (its cue said which side follows), so that in a packed Chrome build,
 * whose alarms wait at least 30 s, a short switch does not make the end late. Null while paused,
 * waiting for a set, or done.
 */
export function nextCueAt(session: GuidedSession): number | null {
  const { plan, phaseIndex } = session;
  const phase = plan[phaseIndex];
  if (session.finishedAt !== null || session.pausedAt !== null || !phase || !isTimed(phase))
    return null;
  const after = plan[phaseIndex + 1];
  const skip = phase.kind === 'switch' && after && isTimed(after) ? after.seconds : 0;
  return session.phaseStartedAt + (phase.seconds + skip) * 1000;
}
