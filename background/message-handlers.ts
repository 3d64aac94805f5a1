import { checkMessage, type MessageType } from '../core/protocol/message-checks';
import { onMessage, type ProtocolMap } from '../platform/messages';
import { conditionsItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';
import { deleteHistory, importData } from './import-data';
import { resetSettings, saveSettings } from './save-settings';
import type { ScheduleInput } from './schedule';
import { serialize } from './serialize';
import { runSessionCommand } from './session';
import { suggestNow } from './suggestion';

type Handlers = {
  [K in MessageType]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>;
};

/**
 * Registers a handler for every message of the protocol. Each message's data is checked where it
 * arrives (core/protocol); a malformed one is refused with its error to the sender and changes
 * nothing. Returns the functions that remove the listeners.
 */
export function handleMessages(
  deps: BackgroundDeps,
  schedule: (input: ScheduleInput) => Promise<void>,
): (() => void)[] {
  const handlers: Handlers = {
    saveSettings: (changes) => serialize(() => saveSettings(changes, deps.now)),
    saveConditions: (conditions) =>
      serialize(async () => {
        await conditionsItem.setValue(conditions);
        await suggestNow(deps, { type: 'settings-changed' });
      }),
    resetSettings: () => serialize(() => resetSettings(deps.now)),
    importData: (data) => serialize(() => importData(data, deps.now)),
    deleteHistory: (range) => serialize(() => deleteHistory(range)),
    schedule: (command) => schedule(command),
    // A page opened: bring the schedule up to date, and have a suggestion ready if there is none
    // (a 'need' keeps one that fits and never touches a session in progress).
    refresh: async () => {
      await schedule({ type: 'wake', reason: 'worker-start' });
      await serialize(() => suggestNow(deps, { type: 'need' }));
    },
    session: (command) => serialize(() => runSessionCommand(deps, command)),
    // "Another one" (or the entry named: Easier, Harder, the Stretches page) also ends a session
    // in progress: it was for the stretch being replaced.
    anotherStretch: (id) =>
      serialize(async () => {
        await runSessionCommand(deps, 'close');
        await suggestNow(deps, { type: 'another', id });
      }),
    popOut: () => deps.openStretchWindow(),
  };
  return (Object.keys(handlers) as MessageType[]).map((type) =>
    onMessage(type, async (data) => {
      const handle = handlers[type] as (checked: unknown) => Promise<unknown>;
      return handle(checkMessage(type, data)) as never;
    }),
  );
}
