import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../core/settings/defaults';
import type { Settings } from '../../../core/settings/settings';
import type { Condition } from '../../../data/stretch-types';
import { ONE_STRETCH, useBreakRoutine } from '../../../pages/use-break-routine';

/** The stored routine, if any: what the background will start. */
const stored = async () =>
  (await fakeBrowser.storage.local.get('break-routine'))['break-routine'] as
    | { routineId: string; steps: { stretchId: string }[] }
    | undefined;
const settings: Settings = { ...DEFAULT_SETTINGS, holdSeconds: 30, switchSeconds: 5 };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('useBreakRoutine', () => {
  it('stores a chosen routine ready to start, and one stretch as none', async () => {
    const { result } = renderHook(() => useBreakRoutine(settings, []));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.chosen).toBe(ONE_STRETCH);
    await act(() => result.current.choose('desk-hips'));
    await waitFor(() => expect(result.current.chosen).toBe('desk-hips'));
    expect(await stored()).toMatchObject({
      routineId: 'desk-hips',
      routine: 'Desk hips',
      startedAt: 0,
      finishedAt: null,
      steps: [{ stretchId: 'seated-figure-4' }, { stretchId: 'chair-hip-flexor-stretch' }],
    });
    await act(() => result.current.choose(ONE_STRETCH));
    await waitFor(() => expect(result.current.chosen).toBe(ONE_STRETCH));
    expect(await stored()).toBeUndefined();
  });

  it('fits the stored routine again when a health answer changes, and drops one that no longer fits', async () => {
    let conditions: Condition[] = [];
    const { result, rerender } = renderHook(() => useBreakRoutine(settings, conditions));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    await act(() => result.current.choose('floor'));
    await waitFor(() => expect(result.current.chosen).toBe('floor'));
    conditions = ['knee-pain'];
    rerender();
    await waitFor(async () =>
      expect((await stored())?.steps?.[1]?.stretchId).toBe('standing-hip-flexor-stretch'),
    );
    conditions = ['hip-replacement'];
    rerender();
    await waitFor(async () => expect(await stored()).toBeUndefined());
    expect(result.current.chosen).toBe(ONE_STRETCH);
  });
});
