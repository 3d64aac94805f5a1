import {
  DEFAULT_SCHEDULE_SETTINGS,
  type Environment,
  initialScheduleState,
  parseScheduleState,
  type ScheduleEffect,
  type ScheduleEvent,
  type ScheduleSettings,
  type ScheduleState,
  step,
} from '@/core/scheduler';

export const MIN = 60_000;

/** A local wall-clock time in Europe/Berlin (vitest sets TZ); month is 1-based for readability. */
export function local(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

/** Monday 2026-01-12 at hh:mm local time. */
export function monday(hours: number, minutes = 0, seconds = 0): number {
  return new Date(2026, 0, 12, hours, minutes, seconds).getTime();
}

export const QUIET: Environment = { fullscreen: false, audible: false };

export const ev = {
  alarm: (env: Environment = QUIET): ScheduleEvent => ({ type: 'alarm', env }),
  wake: (
    reason: 'worker-start' | 'startup' | 'installed' = 'worker-start',
    env: Environment = QUIET,
  ): ScheduleEvent => ({ type: 'wake', reason, env }),
  idle: (): ScheduleEvent => ({ type: 'idle', state: 'idle', env: QUIET }),
  locked: (): ScheduleEvent => ({ type: 'idle', state: 'locked', env: QUIET }),
  active: (): ScheduleEvent => ({ type: 'idle', state: 'active', env: QUIET }),
  clicked: (): ScheduleEvent => ({ type: 'notification-clicked' }),
  start: (): ScheduleEvent => ({ type: 'notification-start' }),
  snoozeButton: (): ScheduleEvent => ({ type: 'notification-snooze' }),
  closed: (byUser: boolean): ScheduleEvent => ({ type: 'notification-closed', byUser }),
  snooze: (): ScheduleEvent => ({ type: 'snooze' }),
  skip: (): ScheduleEvent => ({ type: 'skip' }),
  pause: (until: 'minutes-30' | 'hour-1' | 'tomorrow' | 'resumed'): ScheduleEvent => ({
    type: 'pause',
    until,
  }),
  resume: (): ScheduleEvent => ({ type: 'resume' }),
  done: (): ScheduleEvent => ({ type: 'stretch-done' }),
  settingsChanged: (): ScheduleEvent => ({
    type: 'settings-changed',
    env: { fullscreen: false, audible: false },
  }),
};

export type Timed = readonly [at: number, event: ScheduleEvent];

export interface StepLog {
  at: number;
  event: ScheduleEvent;
  effects: ScheduleEffect[];
  state: ScheduleState;
}

export interface Scenario {
  state: ScheduleState;
  log: StepLog[];
  effects: ScheduleEffect[];
}

export interface ScenarioOptions {
  settings?: Partial<ScheduleSettings>;
  /** Starting state; by default a fresh state at the first event's time. */
  state?: ScheduleState;
}

type EffectOf<T extends ScheduleEffect['type']> = Extract<ScheduleEffect, { type: T }>;

/** The effects of one type, typed. */
/** The records that say how a break or reminder ended: every record but 'offered'. */
export function outcomes(effects: readonly ScheduleEffect[]): EffectOf<'record'>[] {
  return ofType(effects, 'record').filter((r) => r.kind !== 'offered');
}

export function ofType<T extends ScheduleEffect['type']>(
  effects: readonly ScheduleEffect[],
  type: T,
): EffectOf<T>[] {
  return effects.filter((e): e is EffectOf<T> => e.type === type);
}

/** Settings with a few fields changed. */
export function settingsWith(overrides: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return { ...DEFAULT_SCHEDULE_SETTINGS, ...overrides };
}

function stepInto(
  scenario: Scenario,
  at: number,
  event: ScheduleEvent,
  settings: ScheduleSettings,
): ScheduleEffect[] {
  // The state goes through storage between events in production: JSON and parseScheduleState.
  const stored = parseScheduleState(JSON.parse(JSON.stringify(scenario.state)), at);
  const result = step(stored, event, at, settings);
  scenario.state = result.state;
  scenario.log.push({ at, event, effects: result.effects, state: result.state });
  scenario.effects.push(...result.effects);
  return result.effects;
}

/** Feeds `[atMs, event]` pairs through step in order and collects every effect. */
export function runScenario(events: readonly Timed[], options: ScenarioOptions = {}): Scenario {
  const settings = settingsWith(options.settings);
  const first = events[0]?.[0] ?? 0;
  const scenario: Scenario = {
    state: options.state ?? initialScheduleState(first),
    log: [],
    effects: [],
  };
  for (const [at, event] of events) stepInto(scenario, at, event, settings);
  return scenario;
}

export interface SimulationOptions extends ScenarioOptions {
  start: number;
  until: number;
  /** Scripted events besides alarms. */
  events?: readonly Timed[];
  /** Environment passed with every alarm. */
  env?: (at: number) => Environment;
  /** Lets the simulated person react to effects, e.g. press "Start stretch" after a notify. */
  respond?: (effect: ScheduleEffect, at: number) => readonly Timed[];
  /**
   * Machine asleep or browser closed from `from` to `to`: nothing runs, an alarm due meanwhile
   * fires once at `to` (as Chrome does), after a wake with `reason` when given.
   */
  offline?: readonly { from: number; to: number; reason?: 'startup' | 'worker-start' }[];
}

export interface Simulation extends Scenario {
  alarmWakes: number[];
}

/**
 * Runs the real alarm loop: starts with a wake, then fires the alarm exactly when the last
 * set-alarm asked (clear-alarm cancels it), interleaved with scripted and responded events.
 */
export function simulate(options: SimulationOptions): Simulation {
  const settings = settingsWith(options.settings);
  const sim: Simulation = {
    state: options.state ?? initialScheduleState(options.start),
    log: [],
    effects: [],
    alarmWakes: [],
  };
  const offline = options.offline ?? [];
  const wakes = offline.flatMap(({ to, reason }): Timed[] =>
    reason ? [[to, ev.wake(reason)]] : [],
  );
  const queue: Timed[] = [[options.start, ev.wake('startup')], ...wakes, ...(options.events ?? [])];
  let alarmAt: number | null = null;
  for (;;) {
    const asleep = offline.find((o) => alarmAt !== null && alarmAt > o.from && alarmAt < o.to);
    if (asleep && alarmAt !== null) alarmAt = asleep.to;
    // Stable sort keeps a wake at the end of a sleep ahead of the alarm that fires then.
    queue.sort((a, b) => a[0] - b[0]);
    const scripted = queue[0];
    const useAlarm = alarmAt !== null && (scripted === undefined || alarmAt < scripted[0]);
    const at = useAlarm ? (alarmAt as number) : scripted?.[0];
    if (at === undefined || at > options.until) return sim;
    let event: ScheduleEvent;
    if (useAlarm) {
      event = ev.alarm(options.env?.(at) ?? QUIET);
      sim.alarmWakes.push(at);
      alarmAt = null;
    } else {
      event = (queue.shift() as Timed)[1];
    }
    for (const effect of stepInto(sim, at, event, settings)) {
      if (effect.type === 'set-alarm') alarmAt = effect.at;
      if (effect.type === 'clear-alarm') alarmAt = null;
      queue.push(...(options.respond?.(effect, at) ?? []));
    }
  }
}
