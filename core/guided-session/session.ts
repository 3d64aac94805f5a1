import { isTimed, type Phase, type RoutineStep, type SessionEntry } from './plan';

/**
 * A guided stretch in progress. Only absolute times are stored, so the popup can close and the
 * service worker stop at any moment: where the session stands is always derived from `now`.
 */
export interface GuidedSession {
  stretchId: string;
  /** A strengthening exercise: completing it starts the rest the texts advise. */
  strengthening?: boolean;
  plan: Phase[];
  startedAt: number;
  /** Index of the phase that was current at `phaseStartedAt`. */
  phaseIndex: number;
  /** When that phase began, moved later by any time spent paused in it. */
  phaseStartedAt: number;
  pausedAt: number | null;
  /** When the last phase ended or the user pressed Done; null while it runs. */
  finishedAt: number | null;
  /** Stopped with "End early" before its plan was through. */
  endedEarly?: boolean;
  /** A routine: its name, and where each of its entries starts in the plan. */
  routine?: string;
  steps?: RoutineStep[];
}

export function startSession(entry: SessionEntry, now: number): GuidedSession {
  const { stretchId, strengthening, plan, routine, steps } = entry;
  return {
    stretchId,
    strengthening,
    plan,
    ...(steps && { routine, steps }),
    startedAt: now,
    phaseIndex: 0,
    phaseStartedAt: now,
    pausedAt: null,
    finishedAt: plan.length === 0 ? now : null,
  };
}

/** Moves past every timed phase whose time is up by `now` (or by the pause, while paused). */
export function settle(session: GuidedSession, now: number): GuidedSession {
  if (session.finishedAt !== null) return session;
  const clock = session.pausedAt ?? now;
  let { phaseIndex, phaseStartedAt } = session;
  for (;;) {
    const phase = session.plan[phaseIndex];
    if (phase === undefined)
      return { ...session, phaseIndex, phaseStartedAt, finishedAt: phaseStartedAt };
    if (!isTimed(phase)) break;
    const endsAt = phaseStartedAt + phase.seconds * 1000;
    if (clock < endsAt) break;
    phaseIndex += 1;
    phaseStartedAt = endsAt;
  }
  return { ...session, phaseIndex, phaseStartedAt };
}

export function pauseSession(session: GuidedSession, now: number): GuidedSession {
  const settled = settle(session, now);
  if (settled.finishedAt !== null || settled.pausedAt !== null) return settled;
  return { ...settled, pausedAt: now };
}

export function resumeSession(session: GuidedSession, now: number): GuidedSession {
  const settled = settle(session, now);
  if (settled.finishedAt !== null || settled.pausedAt === null) return settled;
  const pausedFor = Math.max(0, now - settled.pausedAt);
  return { ...settled, pausedAt: null, phaseStartedAt: settled.phaseStartedAt + pausedFor };
}

export function restartSession(session: GuidedSession, now: number): GuidedSession {
  return startSession({ ...session, strengthening: session.strengthening === true }, now);
}

/** On to the next phase now: the rest of a hold, a switch or a rest is skipped, a set counts as done. */
export function skipPhase(session: GuidedSession, now: number): GuidedSession {
  const settled = settle(session, now);
  if (settled.finishedAt !== null) return settled;
  return settle(
    { ...settled, phaseIndex: settled.phaseIndex + 1, phaseStartedAt: now, pausedAt: null },
    now,
  );
}

/** The user finished a set: on to the next phase now. Ignored unless a set is current. */
export function completeSet(session: GuidedSession, now: number): GuidedSession {
  const settled = settle(session, now);
  const phase = settled.plan[settled.phaseIndex];
  if (settled.finishedAt !== null || phase === undefined || isTimed(phase)) return settled;
  return settle(
    { ...settled, phaseIndex: settled.phaseIndex + 1, phaseStartedAt: now, pausedAt: null },
    now,
  );
}

/** Done: the session ends now, whatever phase it was in. */
export function finishSession(session: GuidedSession, now: number): GuidedSession {
  const settled = settle(session, now);
  return settled.finishedAt !== null ? settled : { ...settled, finishedAt: now, pausedAt: null };
}

/** Strength work with a set still to do at the current phase or after it: stopping now ends it early. */
export function setsLeft(session: GuidedSession): boolean {
  return (
    session.strengthening === true &&
    session.plan.slice(session.phaseIndex).some((phase) => phase.kind === 'set')
  );
}
