import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteHistory, importData } from '../../../background/import-data';
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

describe('deleteHistory (background)', () => {
  const entries = [1, 5, 9, 10, 15].map((at) => ({ kind: 'skipped' as const, at, sittingMs: 0 }));

  beforeEach(async () => {
    fakeBrowser.reset();
    await replaceHistory(entries);
  });

  it.each<[string, { from: number; to: number }, number[]]>([
    ['a range in the middle, its end left', { from: 5, to: 10 }, [1, 10, 15]],
    ['nothing when the range holds nothing', { from: 2, to: 4 }, [1, 5, 9, 10, 15]],
    ['everything', { from: -8.64e15, to: 8.64e15 }, []],
  ])('deletes %s', async (_name, range, left) => {
    await deleteHistory(range);
    expect((await readWholeHistory()).map((e) => e.at)).toEqual(left);
  });

  it('removes the emptied monthly parts from storage', async () => {
    await deleteHistory({ from: -8.64e15, to: 8.64e15 });
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((key) => key.startsWith('history-'))).toEqual([]);
  });

  it('finds the parts to empty in a browser without storage getKeys too', async () => {
    const local = fakeBrowser.storage.local;
    const getKeys = local.getKeys;
    (local as { getKeys?: unknown }).getKeys = undefined;
    try {
      await deleteHistory({ from: -8.64e15, to: 8.64e15 });
    } finally {
      local.getKeys = getKeys;
    }
    const keys = Object.keys(await local.get(null));
    expect(keys.filter((key) => key.startsWith('history-'))).toEqual([]);
  });
});
