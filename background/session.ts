import { sessionEntry } from '../core/guided-session/build-plan';
import { type SessionEvent, stepSession } from '../core/guided-session/machine';
import { oneMinuteEntry } from '../core/guided-session/one-minute';
import type { SessionEntry } from '../core/guided-session/plan';
import { breakRoutineItem } from '../platform/break-routine-item';
import type { SessionCommand } from '../platform/messages';
import { sessionItem, settingsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import type { Commit } from './outbox';
import { commitAndRun, stepSchedule } from './schedule';
import { suggestionFor } from './suggestion';

/** A command other than a start: the machine takes it as it is. */
type PlainCommand = Extract<SessionEvent, { type: 'command' }>['command'];

export { SESSION_ALARM, SESSION_CUE_NOTIFICATION } from './run-effect';

/** A page's command for the guided stretch: load, step core's session machine, save, run effects. */
export async function runSessionCommand(
  deps: BackgroundDeps,
  command: SessionCommand,
): Promise<void> {
  if (!command.startsWith('start')) {
    return runSession(deps, { type: 'command', command: command as PlainCommand });
  }
  // The routine chosen as the break, made ready by the options page; else the suggested stretch.
  // An entry chosen by name (the Stretches page) runs alone; the one-minute stretch is it, cut short.
  const routine = command === 'start' && (await breakRoutineItem.getValue());
  if (routine) return runSession(deps, { type: 'start', entry: routine as SessionEntry });
  const settings = await settingsItem.getValue();
  const { stretch } = await suggestionFor(deps, settings, { type: 'need' });
  // Nothing suits the user's conditions and equipment: there is nothing to guide.
  if (!stretch) return;
  const entry = (command === 'start-minute' ? oneMinuteEntry : sessionEntry)(stretch, settings);
  await runSession(deps, { type: 'start', entry });
}

/** The session alarm fired, or a wake checks on a session whose alarm may be lost. */
export function onSessionAlarm(deps: BackgroundDeps): Promise<void> {
  return runSession(deps, { type: 'tick' });
}

/**
 * The session's step and the scheduler steps it causes (a break counted, a stretch started) are
 * saved together in one write: a worker stopped half-way cannot end a session uncounted.
 */
async function runSession(deps: BackgroundDeps, event: SessionEvent): Promise<void> {
  const now = deps.now();
  const { session, effects } = stepSession(await sessionItem.getValue(now), event, now);
  const change: Commit = { session, records: [], effects: [] };
  for (const effect of effects) {
    switch (effect.type) {
      case 'stretch-done': {
        const { stretchId, complete } = effect;
        await stepSchedule(deps, change, { type: 'stretch-done', stretchId, complete });
        break;
      }
      case 'strength-done':
        change.lastStrengthAt = effect.at;
        break;
      case 'stretch-started':
        await stepSchedule(deps, change, { type: 'stretch-started' });
        break;
      default:
        change.effects.push(effect);
    }
  }
  await commitAndRun(deps, change);
}
