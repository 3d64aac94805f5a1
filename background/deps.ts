import type { Environment } from '../core/scheduler';
import type { NonEmpty, Stretch } from '../data/stretch-types';
import { readEnvironment } from '../platform/environment';
import { browserIdle, type IdleAdapter } from '../platform/idle';
import { loadLibrary } from '../platform/library';
import { browserNotifications, type NotificationsAdapter } from '../platform/notifications';
import { isStretchOnScreen, openStretchWindow } from '../platform/open-stretch';

/** Everything the background takes from the outside world; tests pass their own. */
export interface BackgroundDeps {
  now: () => number;
  random: () => number;
  idle: IdleAdapter;
  notifications: NotificationsAdapter;
  environment: (wanted: { fullscreen: boolean; audible: boolean }) => Promise<Environment>;
  /**
   * Shows a stretch started from the notification in a view that stays open: the stretch window
   * (the toolbar popup would close as soon as the person steps away from the keyboard).
   */
  openStretch: () => Promise<void>;
  openStretchWindow: () => Promise<void>;
  /** The break page: the stretch in a focused window of its own (break styles). */
  openBreakPage: () => Promise<void>;
  /** Whether the popup or the stretch window is open. */
  isStretchOnScreen: () => Promise<boolean>;
  loadLibrary: () => Promise<NonEmpty<Stretch>>;
  /** Tests only: a point where a test may stop the worker (throw) to check nothing is lost. */
  fault?: (point: 'committed' | 'ran-effect') => void;
}

export const browserDeps: BackgroundDeps = {
  now: () => Date.now(),
  random: () => Math.random(),
  idle: browserIdle,
  notifications: browserNotifications,
  environment: readEnvironment,
  openStretch: () => openStretchWindow('window'),
  openStretchWindow: () => openStretchWindow('window'),
  openBreakPage: () => openStretchWindow('break'),
  isStretchOnScreen,
  loadLibrary,
};
