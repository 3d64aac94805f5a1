import { type Environment, type ScheduleEvent, step } from '../core/scheduler';
import { scheduleItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { loadSchedule, loadSettings } from './load';
import { runScheduleEffects } from './schedule-effects';

type Sensing =
  | { type: 'wake'; reason: 'worker-start' | 'startup' | 'installed' }
  | { type: 'alarm' }
  | {
      type: 'idle';
      state: 'active' | 'idle' | 'locked';
    };
type Sensed = Extract<ScheduleEvent, { env: Environment }>;
/** Events as the wiring sees them: the ones that need the environment get it added here. */
export type ScheduleInput = Sensing | Exclude<ScheduleEvent, Sensed>;

/**
 * One scheduler step: load the stored state and settings, compute, save the new state, and only
 * then run the effects, so a worker stopped half-way never leaves state behind its effects.
 */
export async function dispatchSchedule(deps: BackgroundDeps, input: ScheduleInput): Promise<void> {
  const settings = await loadSettings();
  const now = deps.now();
  const state = await loadSchedule(now);
  const event: ScheduleEvent =
    input.type === 'wake' || input.type === 'alarm' || input.type === 'idle'
      ? ({
          ...input,
          env: await deps.environment({
            fullscreen: settings.deferWhenFullscreen,
            audible: settings.deferWhenAudible,
          }),
        } as Sensed)
      : input;
  const result = step(state, event, now, settings);
  await scheduleItem.setValue(result.state);
  await runScheduleEffects(deps, result.effects, settings);
}
