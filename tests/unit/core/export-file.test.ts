import { describe, expect, it } from 'vitest';
import { buildExport, readExport } from '../../../core/export-file';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';

const history = [{ kind: 'stretched' as const, at: 1_700_000_000_000, sittingMs: 1_800_000 }];
const exported = () => structuredClone(buildExport(DEFAULT_SETTINGS, history, 1_700_000_000_000));

describe('readExport', () => {
  it('reads back what buildExport wrote, after a trip through JSON', () => {
    const file = JSON.parse(JSON.stringify(exported()));
    expect(readExport(file)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, history });
  });

  it.each([
    [null, 'The file does not hold an export of this extension.'],
    ['stand-up-and-stretch', 'The file does not hold an export of this extension.'],
    [[1, 2], 'The file does not hold an export of this extension.'],
    [{ ...exported(), app: 'other' }, 'The file was not exported by Stand Up & Stretch.'],
    [{ ...exported(), version: '2' }, 'The file has no valid version number.'],
    [{ ...exported(), version: 1.5 }, 'The file has no valid version number.'],
    [{ ...exported(), version: 0 }, 'The file has no valid version number.'],
    [
      { ...exported(), version: 99 },
      'The file is from a newer version (99); update the extension first.',
    ],
  ])('refuses %j with one clear message', (file, message) => {
    expect(readExport(file)).toEqual({ ok: false, errors: [message] });
  });

  it('names every wrong setting and refuses the whole file', () => {
    const file = exported();
    const settings = file.settings as unknown as Record<string, unknown>;
    settings.intervalMinutes = 500;
    settings.focus = [];
    delete settings.theme;
    const result = readExport(file);
    expect(result).toEqual({
      ok: false,
      errors: [
        'Settings, intervalMinutes: Choose between 5 and 240 minutes.',
        'Settings, focus: Select at least one focus area.',
        'Settings, theme: missing.',
      ],
    });
  });

  it('refuses a file with a broken history entry, though its settings are fine', () => {
    const file = { ...exported(), history: [...history, { kind: 'stretched', at: 'yesterday' }] };
    expect(readExport(file)).toEqual({
      ok: false,
      errors: ['History: 1 entries are not valid.'],
    });
  });

  it('takes a history of exactly as many entries as the extension keeps', () => {
    const full = Array.from({ length: 50_000 }, (_, i) => ({ ...history[0], at: 1 + i }));
    const result = readExport({ ...exported(), history: full });
    expect(result.ok && result.history.length).toBe(50_000);
  });

  it('names the limit when a history is longer than the extension keeps', () => {
    const long = Array.from({ length: 50_001 }, (_, i) => ({ ...history[0], at: 1 + i }));
    expect(readExport({ ...exported(), history: long })).toEqual({
      ok: false,
      errors: [
        'History: the file holds 50,001 entries; the extension keeps at most 50,000. Remove the oldest ones from the file, or import it without its history.',
      ],
    });
  });

  it('reads a file without a history as one with an empty history', () => {
    const { history: _history, ...file } = exported();
    expect(readExport(file)).toEqual({ ok: true, settings: DEFAULT_SETTINGS, history: [] });
  });

  it('refuses a history that is not a list', () => {
    expect(readExport({ ...exported(), history: { 0: history[0] } })).toEqual({
      ok: false,
      errors: ['History must be a list.'],
    });
  });

  it('does not migrate settings already at the current version', () => {
    // Version 1 files get `kinds` from the migration; a current file without it is incomplete.
    const file = exported();
    delete (file.settings as Partial<typeof file.settings>).kinds;
    expect(readExport(file)).toEqual({ ok: false, errors: ['Settings, kinds: missing.'] });
  });
});
