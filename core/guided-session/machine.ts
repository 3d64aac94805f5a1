import { type Cue, cueFor, nextCueAt } from './cue';
import type { SessionEntry } from './plan';
import {
  completeSet,
  finishSession,
  type GuidedSession,
  pauseSession,
  restartSession,
  resumeSession,
  setsLeft,
  settle,
  skipPhase,
  startSession,
} from './session';

/** What a page can do with the guided stretch. */
/**
 * 'start' runs the break (the chosen routine, else the stretch on offer); 'start-one', that stretch
 * alone; 'start-minute', that stretch cut to about a minute (the break page after two snoozes).
 */
export type SessionCommand =
  | 'start'
  | 'start-one'
  | 'start-minute'
  | 'pause'
  | 'resume'
  | 'restart'
  | 'next'
  | 'set-done'
  | 'finish'
  | 'end-early'
  | 'close';

export const SESSION_COMMANDS: readonly SessionCommand[] = [
  'start',
  'start-one',
  'start-minute',
  'pause',
  'resume',
  'restart',
  'next',
  'set-done',
  'finish',
  'end-early',
  'close',
];

export type SessionEvent =
  | { type: 'command'; command: Exclude<SessionCommand, `start${string}`> }
  | { type: 'start'; entry: SessionEntry }
  /** The session alarm fired, or a wake checks on a session whose alarm may have been lost. */
  | { type: 'tick' };

export type SessionEffect =
  /** A session ended: the break is counted (partial when it ended before its plan was through). */
  | { type: 'stretch-done'; stretchId: string; complete: boolean }
  /** A strengthening session was completed: the next ones rest from `at`. */
  | { type: 'strength-done'; at: number }
  | { type: 'stretch-started' }
  /** The clock moved it on (a side, a rest, the end): said in a notification if no page shows it. */
  | ({ type: 'cue' } & Cue)
  | { type: 'set-session-alarm'; at: number }
  | { type: 'clear-session-alarm' };

export interface SessionStep {
  session: GuidedSession | null;
  effects: SessionEffect[];
}

const running = (session: GuidedSession | null): session is GuidedSession =>
  session !== null && session.finishedAt === null;

function ended(before: GuidedSession, after: GuidedSession | null, now: number): SessionEffect[] {
  if (!running(before) || after === null || after.finishedAt === null) return [];
  // Ran to its end: every phase of the plan was gone through. Done pressed part-way is recorded
  // as what it was, like End early.
  const complete = after.endedEarly !== true && after.phaseIndex >= after.plan.length;
  const done: SessionEffect[] = [{ type: 'stretch-done', stretchId: before.stretchId, complete }];
  // The strength rest starts once every set is done, even if Done cut a cool-down short.
  const setsDone = after.endedEarly !== true;
  return setsDone && before.strengthening ? [...done, { type: 'strength-done', at: now }] : done;
}

function apply(session: GuidedSession, command: SessionEvent, now: number): GuidedSession | null {
  if (command.type !== 'command') return session;
  switch (command.command) {
    case 'pause':
      return pauseSession(session, now);
    case 'resume':
      return resumeSession(session, now);
    case 'restart':
      return restartSession(session, now);
    case 'next':
      return skipPhase(session, now);
    case 'set-done':
      return completeSet(session, now);
    case 'finish':
    case 'end-early': {
      if (!running(session)) return session;
      const done = finishSession(session, now);
      // Strength work counts whole (and starts its rest) only once its last set is done.
      const early = command.command === 'end-early' || setsLeft(session);
      return early ? { ...done, endedEarly: true } : done;
    }
    case 'close':
      return null;
  }
}

/** The alarm at the next cue; every path of stepSession leaves the session settled at its `now`. */
function alarmFor(session: GuidedSession | null): SessionEffect {
  const at = session && nextCueAt(session);
  return at === null ? { type: 'clear-session-alarm' } : { type: 'set-session-alarm', at };
}

/**
 * The guided session: one event at `now` on the stored session gives the session to store and the
 * effects to run in order. A countdown that ran out before the event arrived (nobody watched, the
 * worker slept) is counted first, whatever the event then does. A tick (the alarm) that finds the
 * session moved on by the clock owes a cue. Every result ends with the alarm at the next cue.
 */
export function stepSession(
  stored: GuidedSession | null,
  event: SessionEvent,
  now: number,
): SessionStep {
  const effects: SessionEffect[] = [];
  const settled = stored && settle(stored, now);
  if (stored && running(stored)) {
    effects.push(...ended(stored, settled, now));
    const cue = event.type === 'tick' && cueFor(stored, settled as GuidedSession);
    if (cue) effects.push({ type: 'cue', ...cue });
  }
  let next: GuidedSession | null;
  if (event.type === 'start') {
    next = startSession(event.entry, now);
    effects.push({ type: 'stretch-started' });
  } else {
    next = settled && apply(settled, event, now);
    if (settled) effects.push(...ended(settled, next, now));
  }
  effects.push(alarmFor(next));
  return { session: next, effects };
}
