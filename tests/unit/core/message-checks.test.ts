import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../../core/history/history';
import {
  checkMessage,
  MESSAGE_CHECKS,
  type MessageType,
} from '../../../core/protocol/message-checks';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

const ENTRY = { kind: 'stretched', at: 1_700_000_000_000, sittingMs: 60_000, stretchId: 'pigeon' };

describe('the message checks', () => {
  it.each<[MessageType, unknown, unknown]>([
    ['schedule', { type: 'snooze' }, { type: 'snooze' }],
    ['schedule', { type: 'remind-anyway' }, { type: 'remind-anyway' }],
    ['schedule', { type: 'pause', until: 'hour-1' }, { type: 'pause', until: 'hour-1' }],
    ['session', 'end-early', 'end-early'],
    ['saveSettings', { intervalMinutes: 45 }, { intervalMinutes: 45 }],
    ['refresh', undefined, undefined],
    ['refresh', null, undefined],
    ['schedule', { type: 'skip' }, { type: 'skip' }],
    ['schedule', { type: 'resume' }, { type: 'resume' }],
    [
      'importData',
      { settings: DEFAULT_SETTINGS, history: [ENTRY], extra: 1 },
      { settings: DEFAULT_SETTINGS, history: [ENTRY] },
    ],
    ['deleteHistory', { from: 0, to: 86_400_000 }, { from: 0, to: 86_400_000 }],
    ['deleteHistory', { from: 5, to: 9, extra: 1 }, { from: 5, to: 9 }],
    ['saveConditions', [], []],
    ['saveConditions', ['osteoporosis', 'pregnancy'], ['pregnancy', 'osteoporosis']],
    ['saveConditions', ['back-pain', 'back-pain'], ['back-pain']],
  ])('lets a well-formed %s through: %j', (type, data, checked) => {
    expect(checkMessage(type, data)).toEqual(checked);
  });

  it.each<[MessageType, unknown, string]>([
    ['schedule', { type: 'pause' }, 'A pause needs "until"'],
    [
      'schedule',
      { type: 'pause', until: 'forever' },
      'A pause needs "until": one of minutes-30, hour-1, tomorrow, resumed.',
    ],
    ['schedule', { type: 'x'.repeat(100) }, `Unknown schedule command "${'x'.repeat(40)}".`],
    ['schedule', { type: 'pause', until: 'hour-1', extra: 1 }, 'A pause needs "until"'],
    ['schedule', { type: 'alarm' }, 'Unknown schedule command "alarm"'],
    ['schedule', { type: 'idle', state: 'active' }, 'Unknown schedule command "idle"'],
    ['schedule', { type: 'notification-clicked' }, 'Unknown schedule command'],
    ['schedule', { type: 'wake', reason: 'startup' }, 'Unknown schedule command'],
    ['schedule', { type: 'stretch-done' }, 'Unknown schedule command'],
    ['schedule', { type: 'skip', at: 0 }, 'Unexpected data with skip'],
    ['schedule', { type: 'remind-anyway', until: 1 }, 'Unexpected data with remind-anyway'],
    ['schedule', 'snooze', 'an object with a type'],
    ['schedule', null, 'an object with a type'],
    ['session', 'explode', 'A session command is one of'],
    ['session', 'explode', 'one of start, start-one, start-minute, pause, '],
    ['deleteHistory', { from: 9, to: 5 }, '"from" before "to"'],
    ['deleteHistory', { from: 9, to: 9 }, '"from" before "to"'],
    ['deleteHistory', { from: '0', to: 5 }, '"from" before "to"'],
    ['deleteHistory', { from: 0, to: '9' }, '"from" before "to"'],
    ['deleteHistory', null, '"from" before "to"'],
    ['session', { command: 'start' }, 'A session command is one of'],
    ['saveSettings', [1, 2], 'an object of fields'],
    ['saveSettings', 'interval=5', 'an object of fields'],
    ['refresh', { type: 'alarm' }, 'takes no data'],
    ['popOut', 1, 'takes no data'],
    ['importData', { any: 'file' }, 'settings and a history list'],
    ['importData', { settings: DEFAULT_SETTINGS }, 'settings and a history list'],
    ['importData', { settings: [], history: [] }, 'settings and a history list'],
    [
      'importData',
      { settings: { ...DEFAULT_SETTINGS, volume: 'loud', theme: 1 }, history: [] },
      'Settings not valid: volume, theme.',
    ],
    ['importData', { settings: {}, history: [] }, 'Settings not valid: intervalMinutes'],
    [
      'importData',
      { settings: DEFAULT_SETTINGS, history: [ENTRY, { ...ENTRY, kind: 'napped' }] },
      'History entries not valid',
    ],
    [
      'importData',
      { settings: DEFAULT_SETTINGS, history: Array(HISTORY_LIMIT + 1).fill(ENTRY) },
      `More than ${HISTORY_LIMIT} entries`,
    ],
    ['saveConditions', ['pregnancy', 'gout'], 'Unknown condition'],
    ['saveConditions', 'pregnancy', 'Choose condition'],
    ['saveConditions', null, 'Choose condition'],
  ])('refuses a malformed %s (%j) and says why', (type, data, message) => {
    expect(() => checkMessage(type, data)).toThrow(message);
  });

  it('refuses a settings change with more fields than there are settings', () => {
    const fields = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, i]));
    expect(() => checkMessage('saveSettings', fields(41))).toThrow('Too many fields');
    expect(checkMessage('saveSettings', fields(40))).toEqual(fields(40));
  });

  it('never lets random data through as a schedule or session command unless it is one', () => {
    const commands = new Set(['snooze', 'skip', 'resume', 'pause', 'remind-anyway']);
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
        'deleteHistory',
        'importData',
        'popOut',
        'refresh',
        'resetSettings',
        'saveConditions',
        'saveSettings',
        'schedule',
        'session',
      ].sort(),
    );
  });
});
