import type { Environment } from '../core/scheduler';
import type { NonEmpty, Stretch } from '../data/stretch-types';
import { readEnvironment } from '../platform/environment';
import { browserIdle, type IdleAdapter } from '../platform/idle';
import { loadLibrary } from '../platform/library';
import { browserNotifications, type NotificationsAdapter } from '../platform/notifications';
import { isStretchOnScreen, openStretchWindow } from '../platform/open-stretch';
import { journaled, testFaultPoint } from './test-fault-points';

/** Everything the background takes from the outside world; tests pass their own. */
export interface BackgroundDeps {
  now: () => number;
  random: () => number;
  idle: IdleAdapter;
  notifications: NotificationsAdapter;
  environment: (wanted: { fullscreen: boolean; audible: boolean }) => Promise<Environment>;
  /**
   * The stretch window: a stretch started from the notification (or popped out of the popup)
   * shows in a view that stays open, where the toolbar popup would close as soon as the person
   * steps away from the keyboard.
   */
  openStretchWindow: () => Promise<void>;
  /** The break page: the stretch in a focused window of its own (break styles). */
  openBreakPage: () => Promise<void>;
  /** Whether the popup or the stretch window is open. */
  isStretchOnScreen: () => Promise<boolean>;
  loadLibrary: () => Promise<NonEmpty<Stretch>>;
  /**
   * Tests only: a point where a test may stop the worker (throw, or hold it there) to check that
   * nothing is lost; `ran` is the effect that just ran, at 'ran-effect'.
   */
  fault?: (point: 'committed' | 'ran-effect', ran?: string) => void | Promise<void>;
}

// The end-to-end test build (`wxt build --mode faults`) gets fault points and a journal of the
// notifications shown; in every other build the condition is a constant false and the bundler
// drops test-fault-points.ts whole (tests/e2e/shipped-build.faults.test.mjs checks it).
const TEST_BUILD = import.meta.env.MODE === 'faults';

export const browserDeps: BackgroundDeps = {
  // Neither reads `this`: the functions themselves, unwrapped.
  now: Date.now,
  random: Math.random,
  idle: browserIdle,
  notifications: TEST_BUILD ? journaled(browserNotifications) : browserNotifications,
  environment: readEnvironment,
  openStretchWindow,
  openBreakPage: () => openStretchWindow('break'),
  isStretchOnScreen,
  loadLibrary,
  fault: TEST_BUILD ? testFaultPoint : undefined,
};
