import { describe, expect, it } from 'vitest';
import { SYNC_WRITE_SPACING_MS, syncWriteDelay } from '../../../../core/settings/sync-pacing';

const NOW = 1_800_000_000_000;

describe('the pace of settings writes to storage.sync', () => {
  it('stays under 120 writes a minute and 1,800 an hour at any pace', () => {
    expect(60_000 / SYNC_WRITE_SPACING_MS).toBeLessThanOrEqual(24);
    expect(3_600_000 / SYNC_WRITE_SPACING_MS).toBeLessThanOrEqual(1_800);
  });

  it.each([
    ['nothing was written yet', null, 0],
    ['the last write was just now', NOW, 2_500],
    ['the last write was a second ago', NOW - 1_000, 1_500],
    ['the last write was exactly the spacing ago', NOW - 2_500, 0],
    ['the last write was long ago', NOW - 60_000, 0],
    ['the last write is stamped in the future', NOW + 1, 0],
  ])('waits the right time when %s', (_, lastWriteAt, delay) => {
    expect(syncWriteDelay(lastWriteAt, NOW)).toBe(delay);
  });
});
