import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  MESSAGE_CHECKS,
  type MessageType,
} from '../../../core/protocol/message-checks';

describe('the message checks', () => {
  it.each<[MessageType, unknown, unknown]>([
    ['schedule', { type: 'snooze' }, { type: 'snooze' }],
    ['schedule', { type: 'pause', until: 'hour-1' }, { type: 'pause', until: 'hour-1' }],
    ['session', 'end-early', 'end-early'],
    ['saveSettings', { intervalMinutes: 45 }, { intervalMinutes: 45 }],
    ['refresh', undefined, undefined],
    ['importData', { any: 'file' }, { any: 'file' }],
  ])('lets a well-formed %s through: %j', (type, data, checked) => {
    expect(checkMessage(type, data)).toEqual(checked);
  });

  it.each<[MessageType, unknown, string]>([
    ['schedule', { type: 'pause' }, 'A pause needs "until"'],
    ['schedule', { type: 'pause', until: 'forever' }, 'A pause needs "until"'],
    ['schedule', { type: 'pause', until: 'hour-1', extra: 1 }, 'A pause needs "until"'],
    ['schedule', { type: 'alarm' }, 'Unknown schedule command "alarm"'],
    ['schedule', { type: 'idle', state: 'active' }, 'Unknown schedule command "idle"'],
    ['schedule', { type: 'notification-clicked' }, 'Unknown schedule command'],
    ['schedule', { type: 'wake', reason: 'startup' }, 'Unknown schedule command'],
    ['schedule', { type: 'stretch-done' }, 'Unknown schedule command'],
    ['schedule', { type: 'skip', at: 0 }, 'Unexpected data with skip'],
    ['schedule', 'snooze', 'an object with a type'],
    ['schedule', null, 'an object with a type'],
    ['session', 'explode', 'A session command is one of'],
    ['session', { command: 'start' }, 'A session command is one of'],
    ['saveSettings', [1, 2], 'an object of fields'],
    ['saveSettings', 'interval=5', 'an object of fields'],
    ['refresh', { type: 'alarm' }, 'takes no data'],
    ['popOut', 1, 'takes no data'],
  ])('refuses a malformed %s (%j) and says why', (type, data, message) => {
    expect(() => checkMessage(type, data)).toThrow(message);
  });

  it('refuses a settings change with more fields than there are settings', () => {
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`f${i}`, i]));
    expect(() => checkMessage('saveSettings', many)).toThrow('Too many fields');
  });

  it('never lets random data through as a schedule or session command unless it is one', () => {
    const commands = new Set(['snooze', 'skip', 'resume', 'pause']);
    fc.assert(
      fc.property(fc.anything(), (data) => {
        let passed: unknown;
        try {
          passed = checkMessage('schedule', data);
        } catch {
          return;
        }
        const type = (passed as { type: string }).type;
        expect(commands.has(type)).toBe(true);
      }),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('has a check for every message type', () => {
    expect(Object.keys(MESSAGE_CHECKS).sort()).toEqual(
      [
        'anotherStretch',
        'importData',
        'popOut',
        'refresh',
        'resetSettings',
        'saveSettings',
        'schedule',
        'session',
      ].sort(),
    );
  });
});
