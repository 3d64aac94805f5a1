import { browser } from 'wxt/browser';
import type { SessionEffect } from '../core/guided-session/machine';
import type { GuidedSession } from '../core/guided-session/session';
import type { HistoryEntry } from '../core/history/history';
import { addToParts, historyPartKey } from '../core/history/history-parts';
import { isRecord } from '../core/is-record';
import type { ScheduleEffect, ScheduleState } from '../core/scheduler';
import type { BackgroundDeps } from './deps';

/** An effect still owed to the browser: everything the state machines ask for but a record. */
export type OutboxEffect =
  | Exclude<ScheduleEffect, { type: 'record' }>
  | Extract<SessionEffect, { type: 'set-session-alarm' | 'clear-session-alarm' | 'cue' }>;

/** A pending effect and when it was committed (a notification's "shown at"). */
export interface Owed {
  at: number;
  effect: OutboxEffect;
}

/** What one event changes: new state, history records, and the effects those changes owe. */
export interface Commit {
  schedule?: ScheduleState;
  session?: GuidedSession | null;
  lastStrengthAt?: number;
  records: HistoryEntry[];
  effects: OutboxEffect[];
}

const OUTBOX = 'outbox';
const OWED_TYPES = new Set([
  'set-alarm',
  'clear-alarm',
  'notify',
  'clear-notification',
  'set-badge',
  'open-stretch',
  'open-break-page',
  'repaired',
  'set-session-alarm',
  'clear-session-alarm',
  'cue',
]);

/** The stored outbox, checked: entries that are not owed effects are dropped. */
export function parseOutbox(raw: unknown): Owed[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is Owed =>
      isRecord(item) &&
      Number.isFinite(item.at) &&
      isRecord(item.effect) &&
      OWED_TYPES.has(String(item.effect.type)),
  );
}

/**
 * Saves a state change and everything it owes in one storage write: the state, this month's
 * history part with the new records, and the effects, queued in the outbox. A worker stopped
 * right after the write loses nothing (the next wake runs the outbox); one stopped before it
 * changed nothing at all.
 */
export async function commit(deps: BackgroundDeps, change: Commit): Promise<void> {
  const now = deps.now();
  const partKeys = [...new Set(change.records.map((record) => historyPartKey(record.at)))];
  const stored = await browser.storage.local.get([OUTBOX, ...partKeys]);
  const writes: Record<string, unknown> = {
    ...addToParts((key) => stored[key], change.records),
    [OUTBOX]: [
      ...parseOutbox(stored[OUTBOX]),
      ...change.effects.map((effect): Owed => ({ at: now, effect })),
    ],
  };
  if (change.schedule) writes.schedule = change.schedule;
  if (change.session !== undefined) writes['guided-session'] = change.session;
  if (change.lastStrengthAt !== undefined) writes['last-strength'] = change.lastStrengthAt;
  await browser.storage.local.set(writes);
  await deps.fault?.('committed');
}

/**
 * Runs every owed effect in order, then empties the outbox. Each effect is idempotent (alarms and
 * the badge are set to a value, the reminder has one notification id, the suggestion for a
 * reminder is picked once), so one run twice, after a worker stopped half-way, doubles nothing.
 */
export async function drainOutbox(
  deps: BackgroundDeps,
  run: (owed: Owed) => Promise<void>,
): Promise<void> {
  const owed = parseOutbox((await browser.storage.local.get(OUTBOX))[OUTBOX]);
  if (owed.length === 0) return;
  for (const item of owed) {
    try {
      await run(item);
    } catch (error) {
      console.error('effect failed:', item.effect.type, error);
    }
    await deps.fault?.('ran-effect', item.effect.type);
  }
  await browser.storage.local.set({ [OUTBOX]: [] });
}
