// WXT's fake browser leaves `commands` unmocked (its addListener throws). Here it is a working
// event that tests trigger, emptied before each test as fakeBrowser.reset() empties the others,
// and `getAll` answers with the manifest's command and a shortcut the test may change.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { START_COMMAND, SUGGESTED_START_KEY } from '../../platform/commands';

type Listener = (command: string) => void;
const listeners = new Set<Listener>();

export const fakeCommands = {
  shortcut: SUGGESTED_START_KEY as string,
  trigger(command: string): void {
    for (const listener of listeners) listener(command);
  },
};

Object.assign(fakeBrowser.commands, {
  getAll: async () => [
    { name: START_COMMAND, description: 'Start a stretch now', shortcut: fakeCommands.shortcut },
  ],
  onCommand: {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  },
});

beforeEach(() => {
  listeners.clear();
  fakeCommands.shortcut = SUGGESTED_START_KEY;
});
