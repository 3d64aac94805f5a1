import { isFiniteNumber, isWholeNumber } from '../is-record';
import type { Phase } from './plan';
import type { GuidedSession } from './session';

/** A stored session, checked; null when nothing usable is stored (a corrupt one is dropped). */
export function parseSession(raw: unknown): GuidedSession | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const times = ['startedAt', 'phaseStartedAt'].every((key) => isTime(value[key]));
  const optionalTimes = ['pausedAt', 'finishedAt'].every(
    (key) => value[key] === null || isTime(value[key]),
  );
  if (!times || !optionalTimes || typeof value.stretchId !== 'string') return null;
  const flags = ['strengthening', 'endedEarly'].every(
    (key) => value[key] === undefined || typeof value[key] === 'boolean',
  );
  if (!flags) return null;
  if (!Array.isArray(value.plan) || !value.plan.every(isPhase)) return null;
  const steps = value.steps;
  if (steps !== undefined && !(Array.isArray(steps) && steps.every(isStep))) return null;
  const index = value.phaseIndex;
  if (!isWholeNumber(index) || index < 0 || index > value.plan.length) {
    return null;
  }
  return value as unknown as GuidedSession;
}

// A step's name is shown; its start is only compared, so a bad one misplaces the step at worst.
const isStep = (step: unknown) => typeof (step as { name?: unknown } | null)?.name === 'string';

function isTime(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

function isPhase(value: unknown): value is Phase {
  if (typeof value !== 'object' || value === null) return false;
  const phase = value as Record<string, unknown>;
  const seconds = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 3600;
  const side = phase.side === null || phase.side === 1 || phase.side === 2;
  switch (phase.kind) {
    case 'hold':
    case 'roll':
      return seconds(phase.seconds) && side;
    case 'switch':
    case 'rest':
      return seconds(phase.seconds);
    case 'set':
      return (
        side && [phase.set, phase.sets, phase.reps].every((n) => typeof n === 'number' && n >= 1)
      );
    default:
      return false;
  }
}
