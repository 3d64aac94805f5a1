import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../../platform/messages';

let removers: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const remove of removers) remove();
  removers = [];
});

describe('the message protocol', () => {
  it('gives the handler the data and the sender the reply, answered after an await', async () => {
    const seen: unknown[] = [];
    removers.push(
      onMessage('saveSettings', async (data) => {
        seen.push(data);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { settings: {} as never, errors: { snoozeMinutes: 'too long' }, writeError: null };
      }),
    );
    const reply = await sendMessage('saveSettings', { snoozeMinutes: 99 });
    expect(seen).toEqual([{ snoozeMinutes: 99 }]);
    expect(reply.errors).toEqual({ snoozeMinutes: 'too long' });
  });

  it('rejects with the error the handler threw, by its message', async () => {
    removers.push(
      onMessage('deleteHistory', async () => {
        throw new Error('Refused deleteHistory: a range needs "from" before "to".');
      }),
    );
    await expect(sendMessage('deleteHistory', { from: 2, to: 1 })).rejects.toThrow(
      'Refused deleteHistory: a range needs "from" before "to".',
    );
  });

  it('sends each message to the listener of its type only', async () => {
    const calls: string[] = [];
    removers.push(
      onMessage('refresh', async () => {
        calls.push('refresh');
      }),
      onMessage('popOut', async () => {
        calls.push('popOut');
      }),
    );
    await sendMessage('popOut', undefined);
    expect(calls).toEqual(['popOut']);
  });

  it('stops answering once its listener is removed', async () => {
    const remove = onMessage('refresh', async () => undefined);
    remove();
    await expect(sendMessage('refresh', undefined)).rejects.toThrow();
  });
});
