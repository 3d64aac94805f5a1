import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importData } from '../../../background/import-data';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import * as historyStore from '../../../platform/history-store';
import { readWholeHistory, replaceHistory } from '../../../platform/history-store';
import { settingsItem } from '../../../platform/storage-items';

const before = { ...DEFAULT_SETTINGS, intervalMinutes: 40 };
const content = { settings: { ...DEFAULT_SETTINGS, intervalMinutes: 75 }, history: [] };

describe('importData (background)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await settingsItem.setValue(before);
    await replaceHistory([{ kind: 'skipped', at: 1, sittingMs: 0 }]);
  });

  it('replaces settings and history', async () => {
    expect(await importData(content, () => Date.UTC(2026, 10, 23, 9))).toEqual({ ok: true });
    expect(await settingsItem.getValue()).toMatchObject({ intervalMinutes: 75 });
    expect(await readWholeHistory()).toEqual([]);
  });

  it('puts the old settings back when the history write fails', async () => {
    vi.spyOn(historyStore, 'replaceHistory').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    const result = await importData(content, () => Date.UTC(2026, 10, 23, 9));
    expect(result).toEqual({
      ok: false,
      errors: ['Nothing was imported: storage refused the write (QUOTA_BYTES).'],
    });
    expect(await settingsItem.getValue()).toEqual(before);
  });
});
