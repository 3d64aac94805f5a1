import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundDeps } from '../../../background/deps';
import type { IdleState } from '../../../core/scheduler';
import { stretches } from '../../../data/stretches';
import {
  CHROMIUM_NOTIFICATIONS,
  createNotifications,
  type NotificationContent,
} from '../../../platform/notifications';
import { mulberry32 } from '../seeded-random';

/** Background dependencies for wiring tests: a clock the test moves, idle driven by hand, recorded notifications. */
export function fakeDeps(start: number) {
  let now = start;
  let idleListener: ((state: IdleState) => void) | null = null;
  let idleNow: IdleState = 'active';
  const shown: { id: string; content: NotificationContent }[] = [];
  const cleared: string[] = [];
  const env = { fullscreen: false, audible: false };
  const onScreen = { value: false };
  const chromeEvents = createNotifications(
    fakeBrowser.notifications,
    CHROMIUM_NOTIFICATIONS,
    () => 'icon.png',
  );
  const deps: BackgroundDeps = {
    now: () => now,
    random: mulberry32(7),
    idle: {
      setDetectionInterval: vi.fn(),
      onStateChanged: (listener) => {
        idleListener = listener;
      },
      queryState: async () => idleNow,
    },
    notifications: {
      // Events come from the fake browser through the real adapter (Chrome's capabilities).
      ...chromeEvents,
      show: async (id, content) => {
        shown.push({ id, content });
      },
      clear: async (id) => {
        cleared.push(id);
      },
    },
    environment: async (wanted) => ({
      fullscreen: wanted.fullscreen && env.fullscreen,
      audible: wanted.audible && env.audible,
    }),
    openStretchWindow: vi.fn(async () => undefined),
    openBreakPage: vi.fn(async () => undefined),
    isStretchOnScreen: async () => onScreen.value,
    loadLibrary: async () => stretches,
  };
  return {
    deps,
    shown,
    cleared,
    env,
    onScreen,
    setNow: (at: number) => {
      now = at;
    },
    advance: (ms: number) => {
      now += ms;
    },
    idle: (state: IdleState) => {
      if (!idleListener) throw new Error('the background registered no idle listener');
      idleNow = state;
      idleListener(state);
    },
    /** What the idle detector says when asked, without a transition event (one that was missed). */
    setIdleQuietly: (state: IdleState) => {
      idleNow = state;
    },
  };
}
