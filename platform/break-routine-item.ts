import { parseSession } from '../core/guided-session/parse-session';
import type { GuidedSession } from '../core/guided-session/session';
import { lazyItem } from './storage-items';

/**
 * The routine chosen as the break (options, this device only), stored as a session ready to
 * start (not started: its times are 0) with the `routineId`, so it is checked as a session is;
 * none stored means one stretch. The options page writes it, and fits it again to the settings
 * and health answers whenever they change there.
 */
export const breakRoutineItem = /* @__PURE__ */ lazyItem<GuidedSession | null>(
  'local:break-routine',
  parseSession,
);
