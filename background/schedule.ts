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
import { runScheduleEffects } from './schedule-effects';

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
    console.error('Stand Up & Stretch: could not read the windows and tabs', error);
    return { fullscreen: false, audible: false };
  }
}

/**
 * One scheduler step: load the stored state and settings, compute, save the new state, and only
 * then run the effects, so a worker stopped half-way never leaves state behind its effects.
 */
export async function dispatchSchedule(deps: BackgroundDeps, input: ScheduleInput): Promise<void> {
  const settings = await settingsItem.getValue();
  const now = deps.now();
  const state = await scheduleItem.getValue(now);
  const event: ScheduleEvent = isSensing(input)
    ? ({ ...input, env: await senseEnvironment(deps, settings) } as Sensed)
    : input;
  const result = step(state, event, now, settings);
  await scheduleItem.setValue(result.state);
  await runScheduleEffects(deps, result.effects, settings);
}

/** Replays an idle change the scheduler missed (see missedIdleChange). */
export async function reconcileIdle(deps: BackgroundDeps): Promise<void> {
  const state = await scheduleItem.getValue(deps.now());
  const missed = missedIdleChange(state, await deps.idle.queryState(IDLE_DETECTION_SECONDS));
  if (missed) await dispatchSchedule(deps, { type: 'idle', state: missed });
}
