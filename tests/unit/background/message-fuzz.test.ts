import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { serialize } from '../../../background/serialize';
import type { MessageType } from '../../../core/protocol/message-checks';
import { sendMessage } from '../../../platform/messages';
import { recordFaultFigures } from '../../fault-figures.mjs';
import { fakeDeps } from './fake-deps';

const START = new Date('2026-11-23T09:00:00+01:00').getTime();
const snapshot = async () => ({
  local: await fakeBrowser.storage.local.get(),
  sync: await fakeBrowser.storage.sync.get(),
  alarms: (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({
    name,
    scheduledTime,
  })),
});
const send = sendMessage as unknown as (type: MessageType, data: unknown) => Promise<unknown>;

// What was tried; how many malformed messages were taken (not refused) or changed the store, and
// how many failed otherwise than by a refusal (a handler that crashed on them).
const figures = { messages: 0, taken: 0, changed: 0, crashed: 0 };
/** Sends a malformed message and counts the outcome; resolves to the rejection for the test. */
async function sendMalformed(type: MessageType, data: unknown): Promise<unknown> {
  figures.messages++;
  const outcome = await send(type, data).then(
    () => null,
    (error: unknown) => error,
  );
  if (outcome === null) figures.taken++;
  else if (!String(outcome).includes('Refused')) figures.crashed++;
  return outcome;
}

// Payloads a page could forge or garble, per message type: the browser's own events among them.
const MALFORMED: [MessageType, unknown][] = [
  ['schedule', { type: 'alarm' }],
  ['schedule', { type: 'idle', state: 'idle' }],
  ['schedule', { type: 'wake', reason: 'startup' }],
  ['schedule', { type: 'notification-start' }],
  ['schedule', { type: 'stretch-done', stretchId: 'pigeon' }],
  ['schedule', { type: 'pause' }],
  ['schedule', { type: 'pause', until: 32503680000000 }],
  ['schedule', { type: 'snooze', minutes: 1e9 }],
  ['schedule', null],
  ['schedule', []],
  ['session', 'finish-everything'],
  ['session', { command: 'start' }],
  ['session', null],
  ['saveSettings', null],
  ['saveSettings', 'intervalMinutes=5'],
  ['saveSettings', [['intervalMinutes', 5]]],
  ['resetSettings', { all: true }],
  ['refresh', { type: 'alarm' }],
  ['anotherStretch', 'glutes'],
  ['popOut', { url: 'https://example.org' }],
  ['saveConditions', ['pregnancy', 'gout']],
  ['saveConditions', 'pregnancy'],
  ['saveConditions', null],
];

describe('messages from pages, fuzzed', () => {
  let stop: () => void;
  beforeEach(async () => {
    fakeBrowser.reset();
    const background = startBackground(fakeDeps(START).deps);
    stop = background.stop;
    await background.ready;
  });
  afterEach(() => stop());
  afterAll(() =>
    recordFaultFigures('unit-message-fuzz', {
      tried: { messages: figures.messages },
      // A malformed message taken, or one that changed the store, is a forged change.
      forged: figures.taken + figures.changed,
      crashes: figures.crashed,
      notes: { changedTheStore: figures.changed, takenInsteadOfRefused: figures.taken },
    }),
  );

  it.each(MALFORMED)('refuses %s with %j and changes nothing', async (type, data) => {
    const before = await snapshot();
    const refusal = await sendMalformed(type, data);
    await serialize(async () => undefined);
    const after = await snapshot();
    if (JSON.stringify(after) !== JSON.stringify(before)) figures.changed++;
    expect(String(refusal)).toContain(`Refused ${type}`);
    expect(after).toEqual(before);
  });

  it('refuses random payloads for every message type, changing nothing', async () => {
    const types: MessageType[] = ['schedule', 'session', 'saveSettings', 'refresh', 'popOut'];
    const before = await snapshot();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...types),
        fc
          .anything()
          .filter((data) => data !== undefined && data !== null && typeof data !== 'string'),
        async (type, data) => {
          if (type === 'saveSettings' && typeof data === 'object' && !Array.isArray(data)) return;
          expect(String(await sendMalformed(type, data))).toContain('Refused');
          refused++;
        },
      ),
      { seed: 7, numRuns: 300 },
    );
    await serialize(async () => undefined);
    const after = await snapshot();
    if (JSON.stringify(after) !== JSON.stringify(before)) figures.changed++;
    expect(refused).toBeGreaterThan(200);
    expect(after).toEqual(before);
  });

  it('still takes a well-formed command', async () => {
    await send('schedule', { type: 'pause', until: 'hour-1' });
    const { schedule } = await fakeBrowser.storage.local.get('schedule');
    expect((schedule as { pause: unknown }).pause).not.toBeNull();
  });
});
