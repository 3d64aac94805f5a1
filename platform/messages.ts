import { browser } from 'wxt/browser';
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
  /** A page opened: the schedule brought up to date, and a suggestion picked if none is stored. */
  refresh(): void;
  session(command: SessionCommand): void;
  /** Offer a different stretch: the entry with this id, or any other one. */
  anotherStretch(id?: string): void;
  /** Open the guided stretch in a window of its own. */
  popOut(): void;
}

export type MessageName = keyof ProtocolMap;
type DataOf<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
type ReplyOf<K extends MessageName> = ReturnType<ProtocolMap[K]>;

// A message is `{ type, data }`; its reply is `{ res }` or `{ err }` (the error's message, since an
// Error does not survive structured cloning between contexts). This is the one thing this
// extension used @webext-core/messaging for: the library and its error serializer cost the
// service worker 1 KB of its 16 KB gzip budget, and the popup as much (README, "Decisions").
type Reply = { res?: unknown; err?: string };

/** Sends a message to the background and resolves with its reply, or rejects with its error. */
export async function sendMessage<K extends MessageName>(
  type: K,
  data: DataOf<K>,
): Promise<ReplyOf<K>> {
  const reply: Reply | undefined = await browser.runtime.sendMessage({ type, data });
  if (reply?.err !== undefined) throw new Error(reply.err);
  return reply?.res as ReplyOf<K>;
}

/**
 * Answers one message type with `handle`'s result (or its error). Returns the function that
 * removes the listener. Other types are left to their own listeners.
 */
export function onMessage<K extends MessageName>(
  type: K,
  handle: (data: unknown) => Promise<ReplyOf<K>>,
): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (reply: Reply) => void) => {
    if ((message as { type?: unknown } | null)?.type !== type) return false;
    handle((message as { data?: unknown }).data).then(
      (res) => respond({ res }),
      (error: unknown) => respond({ err: error instanceof Error ? error.message : String(error) }),
    );
    // Answered later through `respond`: the way every supported browser (and the polyfill) keeps
    // the channel open (Chrome before recent versions ignores a promise that a listener returns).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
