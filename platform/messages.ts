import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SessionCommand } from '../core/guided-session/machine';
import type { HistoryRange, ImportContent, ScheduleCommand } from '../core/protocol/message-checks';
import type { Settings } from '../core/settings/settings';
import type { Condition } from '../data/stretch-types';

/** The settings as stored after the save, the message for each rejected field, and a failed write. */
export interface SaveSettingsResult {
  settings: Settings;
  errors: Record<string, string>;
  writeError: string | null;
}

export type { SessionCommand } from '../core/guided-session/machine';
export type { ScheduleCommand } from '../core/protocol/message-checks';

export type ImportResult = { ok: true } | { ok: false; errors: string[] };

/** Every message a page can send to the background, with its reply. */
export interface ProtocolMap {
  /** Validate and store a change to some settings; valid fields are saved even when others are not. */
  saveSettings(changes: Record<string, unknown>): SaveSettingsResult;
  /** Store the safety screen's answers (this device only) and re-pick if they rule out the stretch. */
  saveConditions(conditions: Condition[]): void;
  /** Put every setting back to its default. */
  resetSettings(): SaveSettingsResult;
  /** Replace settings and history with an exported file's contents: all of it, or nothing. */
  importData(content: ImportContent): ImportResult;
  /** Delete the history recorded in a range (one day, or all of it). */
  deleteHistory(range: HistoryRange): void;
  schedule(command: ScheduleCommand): void;
  /** Bring the stored schedule up to date now (the popup opened). */
  /** A page opened: the schedule brought up to date, and a suggestion picked if none is stored. */
  refresh(): void;
  session(command: SessionCommand): void;
  /** Offer a different stretch: the entry with this id, or any other one. */
  anotherStretch(id?: string): void;
  /** Open the guided stretch in a window of its own. */
  popOut(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
