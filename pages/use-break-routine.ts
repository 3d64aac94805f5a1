import { useEffect, useState } from 'preact/hooks';
import { parseSession } from '../core/guided-session/parse-session';
import { type ResolvedRoutine, readySession, resolveRoutine } from '../core/routine';
import type { Settings } from '../core/settings/settings';
import { ROUTINES, type Routine } from '../data/routines';
import type { Condition } from '../data/stretch-types';
import { stretches } from '../data/stretches';
import { breakRoutineItem } from '../platform/break-routine-item';
import { useStoredGroup } from './use-stored-group';

// A constant, so the group hook subscribes once rather than on every render.
const ROUTINE_ITEM = { routine: { item: breakRoutineItem, parse: parseSession } };

/** The value "one stretch" takes in the choice: no routine stored. */
export const ONE_STRETCH = 'one-stretch';

export interface RoutineOption {
  routine: Routine;
  /** Null when it is not offered: too little of it suits the health answers and equipment. */
  resolved: ResolvedRoutine | null;
}

const storedId = (stored: unknown): string | null => {
  const id = (stored as { routineId?: unknown } | null)?.routineId;
  return typeof id === 'string' ? id : null;
};

/**
 * The break's length, chosen on this device: one stretch (the default, short and frequent) or a
 * routine. The chosen routine is stored ready to start for the background, and fitted again here
 * whenever the settings or health answers change; one that no longer fits is dropped.
 */
export function useBreakRoutine(settings: Settings, conditions: readonly Condition[] | null) {
  const { loaded, values } = useStoredGroup(ROUTINE_ITEM);
  const [error, setError] = useState<string | null>(null);
  const chosenId = loaded ? storedId(values.routine) : null;
  const options: RoutineOption[] =
    conditions === null
      ? []
      : ROUTINES.map((routine) => ({
          routine,
          resolved: resolveRoutine(
            routine,
            stretches,
            { conditions, equipment: settings.equipment, excluded: settings.excluded },
            settings,
          ),
        }));
  const ready = (id: string) => {
    const resolved = options.find((option) => option.routine.id === id)?.resolved;
    return resolved ? readySession(resolved.entry, id) : null;
  };
  const store = (value: object | null) =>
    breakRoutineItem.setValue(value as never).then(
      () => setError(null),
      (cause) => setError(`Your choice could not be saved (${String(cause)}); try again.`),
    );
  const wanted = chosenId === null ? null : ready(chosenId);
  const stale =
    loaded &&
    conditions !== null &&
    chosenId !== null &&
    JSON.stringify(wanted) !== JSON.stringify(values.routine);
  useEffect(() => {
    if (stale) void store(wanted);
  });
  return {
    loaded,
    chosen: chosenId ?? ONE_STRETCH,
    options,
    error,
    choose: (id: string) => store(id === ONE_STRETCH ? null : ready(id)),
  };
}
