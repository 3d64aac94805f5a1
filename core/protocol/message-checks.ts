import { checkConditions } from '../conditions';
import { SESSION_COMMANDS, type SessionCommand } from '../guided-session/machine';
import { HISTORY_LIMIT, type HistoryEntry, parseHistory } from '../history/history';
import { isRecord } from '../is-record';
import type { PauseChoice } from '../scheduler/events';
import type { Check, CheckResult } from '../settings/field-checks';
import type { Settings } from '../settings/settings';
import { readSettings } from '../settings/validate-settings';

// One check per message a page may send: what arrives from a page is `unknown` until it passes
// here. A message that fails is refused with its error and changes nothing. Events only the
// browser causes (alarms, idle changes, notification clicks, startup) have no message at all.

/** What a page can ask of the reminder schedule. */
export type ScheduleCommand =
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; until: PauseChoice }
  | { type: 'resume' }
  | { type: 'remind-anyway' };

export const PAUSE_CHOICES: readonly PauseChoice[] = [
  'minutes-30',
  'hour-1',
  'tomorrow',
  'resumed',
];

/** A form's change to the settings may name every setting once, and a few more (each an error). */
const MAX_SETTING_CHANGES = 40;

const ok = <T>(value: T): CheckResult<T> => ({ ok: true, value });
const fail = <T>(error: string): CheckResult<T> => ({ ok: false, error });

/** Messages that carry nothing: anything sent with them is refused rather than ignored. */
const nothing: Check<undefined> = (value) =>
  value === undefined || value === null ? ok(undefined) : fail('This message takes no data.');

const scheduleCommand: Check<ScheduleCommand> = (value) => {
  if (!isRecord(value)) return fail('A schedule command is an object with a type.');
  const keys = Object.keys(value);
  switch (value.type) {
    case 'snooze':
    case 'skip':
    case 'resume':
    case 'remind-anyway':
      return keys.length === 1
        ? ok({ type: value.type })
        : fail(`Unexpected data with ${value.type}.`);
    case 'pause':
      if (keys.length !== 2 || !PAUSE_CHOICES.includes(value.until as PauseChoice)) {
        return fail(`A pause needs "until": one of ${PAUSE_CHOICES.join(', ')}.`);
      }
      return ok({ type: 'pause', until: value.until as PauseChoice });
    default:
      return fail(`Unknown schedule command "${String(value.type).slice(0, 40)}".`);
  }
};

/** An entry's id (the background looks it up in the library), or nothing for "any other one". */
const optionalStretchId: Check<string | undefined> = (value) =>
  typeof value === 'string' ? ok(value) : nothing(value);

const sessionCommand: Check<SessionCommand> = (value) =>
  SESSION_COMMANDS.includes(value as SessionCommand)
    ? ok(value as SessionCommand)
    : fail(`A session command is one of ${SESSION_COMMANDS.join(', ')}.`);

const settingChanges: Check<Record<string, unknown>> = (value) => {
  if (!isRecord(value)) return fail('Settings changes are an object of fields.');
  if (Object.keys(value).length > MAX_SETTING_CHANGES)
    return fail('Too many fields in one change.');
  return ok(value);
};

/** What an import replaces: the settings whole, and the history. */
export interface ImportContent {
  settings: Settings;
  history: HistoryEntry[];
}

/**
 * The options page reads the file and explains what is wrong with it (core/export-file.ts); what
 * it sends is checked again here, since any page can send anything. All valid, or refused.
 */
const importContent: Check<ImportContent> = (value) => {
  if (!isRecord(value) || !isRecord(value.settings) || !Array.isArray(value.history)) {
    return fail('An import holds settings and a history list.');
  }
  if (value.history.length > HISTORY_LIMIT) return fail(`More than ${HISTORY_LIMIT} entries.`);
  const { settings, replaced } = readSettings(value.settings);
  if (replaced.length > 0) return fail(`Settings not valid: ${replaced.join(', ')}.`);
  const history = parseHistory(value.history);
  if (history.length !== value.history.length) return fail('History entries not valid.');
  return ok({ settings, history });
};

/** Entries recorded from `from` up to, not including, `to` (epoch ms): a day, or everything. */
export interface HistoryRange {
  from: number;
  to: number;
}

const historyRange: Check<HistoryRange> = (value) =>
  isRecord(value) &&
  typeof value.from === 'number' &&
  typeof value.to === 'number' &&
  value.from < value.to
    ? ok({ from: value.from, to: value.to })
    : fail('A range to delete needs "from" before "to".');

/** Every message's check, by message type. */
export const MESSAGE_CHECKS = {
  saveSettings: settingChanges,
  saveConditions: checkConditions,
  resetSettings: nothing,
  importData: importContent,
  deleteHistory: historyRange,
  schedule: scheduleCommand,
  refresh: nothing,
  session: sessionCommand,
  anotherStretch: optionalStretchId,
  popOut: nothing,
} as const;

export type MessageType = keyof typeof MESSAGE_CHECKS;
/** What each message carries once checked. */
export type MessageData = {
  [K in MessageType]: ReturnType<(typeof MESSAGE_CHECKS)[K]> extends CheckResult<infer T>
    ? T
    : never;
};

/** The checked data of a message, or an Error that says why it was refused. */
export function checkMessage<K extends MessageType>(type: K, data: unknown): MessageData[K] {
  const result = (MESSAGE_CHECKS[type] as Check<MessageData[K]>)(data);
  if (!result.ok) throw new Error(`Refused ${type}: ${result.error}`);
  return result.value;
}
