/** What the background sees around the user right before calling step. */
export interface Environment {
  fullscreen: boolean;
  audible: boolean;
}

export type WakeReason = 'worker-start' | 'startup' | 'installed';
export type IdleState = 'active' | 'idle' | 'locked';
export type PauseChoice = 'minutes-30' | 'hour-1' | 'tomorrow' | 'resumed';

export type ScheduleEvent =
  | { type: 'wake'; reason: WakeReason; env: Environment }
  | { type: 'alarm'; env: Environment }
  | { type: 'idle'; state: IdleState; env: Environment }
  | { type: 'notification-clicked' }
  | { type: 'notification-start' }
  | { type: 'notification-snooze' }
  | { type: 'notification-closed'; byUser: boolean }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; until: PauseChoice }
  | { type: 'resume' }
  | { type: 'remind-anyway' }
  | { type: 'stretch-started' }
  | { type: 'stretch-done'; stretchId?: string; complete?: boolean }
  | { type: 'settings-changed'; env: Environment };

// Popup and notification actions need someone at the screen, so nothing there is fullscreen or worth deferring for.
const NO_DISTRACTION: Environment = { fullscreen: false, audible: false };

/** The environment an event carries, or a neutral one for user actions. */
export function environmentOf(event: ScheduleEvent): Environment {
  return 'env' in event ? event.env : NO_DISTRACTION;
}

/** True for events caused by a deliberate click, whose result the user expects to see at once. */
export function isUserAction(event: ScheduleEvent): boolean {
  // A settings change counts as one: the badge should follow the new interval at once.
  return !(event.type === 'wake' || event.type === 'alarm' || event.type === 'idle');
}
