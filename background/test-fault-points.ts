import { browser } from 'wxt/browser';
import type { NotificationsAdapter } from '../platform/notifications';
import type { BackgroundDeps } from './deps';

// Compiled into the end-to-end test build only (`wxt build --mode faults`, see deps.ts): the
// shipped build has none of this, and a test proves it by looking for FAULT_MARK in its bundle.
// A test arms a fault point from inside the worker (`self.__stretchFault = {...}`); the worker then
// holds at that point, forever, with the state and the outbox saved and the effect not yet run,
// and the test stops it there as Chrome would. The arming lives in the worker's memory, so the
// worker that starts next runs normally.

/** A string only this module holds: the shipped bundle must not contain it. */
export const FAULT_MARK = 'stretch-test-fault-point';
/** Where the test build journals every notification it shows (session storage outlives a worker). */
const JOURNAL = 'test-notifications-shown';

type Point = Parameters<NonNullable<BackgroundDeps['fault']>>[0];
interface Armed {
  point: Point;
  /** The owed effect the hold waits for: in the outbox at `committed`, just run at `ran-effect`. */
  effect: string;
}
interface FaultGlobals {
  __stretchFault?: Armed;
  __stretchFaultHeld?: Point;
}
const globals = globalThis as FaultGlobals;

async function owes(effect: string): Promise<boolean> {
  const { outbox } = await browser.storage.local.get('outbox');
  return Array.isArray(outbox) && outbox.some((owed) => owed?.effect?.type === effect);
}

/** The fault hook of the test build: holds the worker where a test armed it. */
export async function testFaultPoint(point: Point, ran?: string): Promise<void> {
  const armed = globals.__stretchFault;
  if (!armed || armed.point !== point) return;
  const due = point === 'committed' ? await owes(armed.effect) : ran === armed.effect;
  if (!due) return;
  globals.__stretchFault = undefined;
  globals.__stretchFaultHeld = point;
  console.warn(`${FAULT_MARK}: holding the worker at ${point} (${armed.effect})`);
  // Never settles: the serialized handlers queue behind it, as nothing runs in a stopped worker.
  await new Promise<never>(() => undefined);
}

/** Notifications that also journal each one shown, so a test can count them across workers. */
export function journaled(notifications: NotificationsAdapter): NotificationsAdapter {
  return {
    ...notifications,
    async show(id, content) {
      await notifications.show(id, content);
      const shown = (await browser.storage.session.get(JOURNAL))[JOURNAL];
      const entry = { id, title: content.title, mark: FAULT_MARK };
      await browser.storage.session.set({
        [JOURNAL]: [...(Array.isArray(shown) ? shown : []), entry],
      });
    },
  };
}
