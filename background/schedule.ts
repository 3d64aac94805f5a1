import type { HistoryEntry } from '../core/history/history';
import {
  type Environment,
  IDLE_DETECTION_SECONDS,
  missedIdleChange,
  type ScheduleEvent,
  step,
} from '../core/scheduler';
import type { Settings } from '../core/settings/settings';
import { scheduleItem, settingsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { type Commit, commit, drainOutbox } from './outbox';
import { runOwedEffect } from './run-effect';

type Sensed = Extract<ScheduleEvent, { env: Environment }>;
// The events the browser reports, before the background adds what it sees around the user.
type Sensing = Sensed extends infer E ? (E extends Sensed ? Omit<E, 'env'> : never) : never;
/** Events as the wiring sees them: the ones that need the environment get it added here. */
export type ScheduleInput = Sensing | Exclude<ScheduleEvent, Sensed>;

const SENSING: ReadonlySet<string> = new Set(['wake', 'alarm', 'idle', 'settings-changed']);
const isSensing = (input: ScheduleInput): input is Sensing => SENSING.has(input.type);

/** Fullscreen and audible tabs as enabled; when the browser will not say, assume neither. */
async function senseEnvironment(deps: BackgroundDeps, settings: Settings): Promise<Environment> {
  try {
    return await deps.environment({
      fullscreen: settings.deferWhenFullscreen,
      audible: settings.deferWhenAudible,
    });
  } catch (error) {
    // A reminder that is not deferred beats a schedule that stops because a query failed.
    console.error('could not query windows and tabs', error);
    return { fullscreen: false, audible: false };
  }
}

/**
 * Adds one scheduler step to a change being built: the state is loaded once (or taken from an
 * earlier step of the same change), records go to the history, other effects to the outbox.
 */
export async function stepSchedule(
  deps: BackgroundDeps,
  change: Commit,
  input: ScheduleInput,
): Promise<void> {
  const settings = await settingsItem.getValue();
  const now = deps.now();
  const state = change.schedule ?? (await scheduleItem.getValue(now));
  const event: ScheduleEvent = isSensing(input)
    ? ({ ...input, env: await senseEnvironment(deps, settings) } as Sensed)
    : input;
  const result = step(state, event, now, settings);
  change.schedule = result.state;
  for (const effect of result.effects) {
    if (effect.type !== 'record') change.effects.push(effect);
    else {
      const { type: _, ...entry } = effect;
      change.records.push(entry as HistoryEntry);
    }
  }
}

/**
 * Saves a change with what it owes in one write, then runs what it owes. The alarms it sets are
 * also set before the write: a worker stopped right after it is then still woken on time to run
 * the rest (an alarm set early for a change never saved only brings a wake that finds nothing due).
 */
export async function commitAndRun(deps: BackgroundDeps, change: Commit): Promise<void> {
  const now = deps.now();
  for (const effect of change.effects) {
    if (effect.type === 'set-alarm' || effect.type === 'set-session-alarm') {
      await runOwedEffect(deps, { at: now, effect });
    }
  }
  await commit(deps, change);
  await runOutbox(deps);
}

/** Runs whatever effects are owed (after a worker stopped half-way, on the next wake). */
export function runOutbox(deps: BackgroundDeps): Promise<void> {
  return drainOutbox(deps, (owed) => runOwedEffect(deps, owed));
}

/** One scheduler event, start to finish: load, step, save with its effects, run them. */
export async function dispatchSchedule(deps: BackgroundDeps, input: ScheduleInput): Promise<void> {
  const change: Commit = { records: [], effects: [] };
  await stepSchedule(deps, change, input);
  await commitAndRun(deps, change);
}

/** Replays an idle change the scheduler missed (see missedIdleChange). */
export async function reconcileIdle(deps: BackgroundDeps): Promise<void> {
  const state = await scheduleItem.getValue(deps.now());
  const missed = missedIdleChange(state, await deps.idle.queryState(IDLE_DETECTION_SECONDS));
  if (missed) await dispatchSchedule(deps, { type: 'idle', state: missed });
}
