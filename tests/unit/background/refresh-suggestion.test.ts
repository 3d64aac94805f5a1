import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { suggest } from '../../../background/suggestion';
import { buildPlan } from '../../../core/guided-session/build-plan';
import { startSession } from '../../../core/guided-session/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import type { Suggestion } from '../../../core/suggestion';
import type { Stretch } from '../../../data/stretch-types';
import { sessionItem, suggestionItem } from '../../../platform/storage-items';
import { fakeDeps } from './fake-deps';

/** The stretch a pick must have found (the default settings leave plenty). */
function stretchOf(suggestion: Suggestion | null): Stretch {
  if (!suggestion?.stretch) throw new Error('no stretch was picked');
  return suggestion.stretch;
}

const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
const storedId = async () => (await suggestionItem.getValue())?.stretch?.id;

describe('the suggestion after a settings change, through the wiring', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces a suggestion the user just switched off', async () => {
    const { deps } = fakeDeps(Date.UTC(2026, 0, 5, 9));
    const first = (await suggest(deps, settings, { type: 'another' }))!;
    await suggest(
      deps,
      { ...settings, excluded: [stretchOf(first).id] },
      { type: 'settings-changed' },
    );
    expect(await storedId()).not.toBe(stretchOf(first).id);
  });

  it('names each new pick in the URL the toolbar popup opens, for its early copy of the name', async () => {
    const { deps } = fakeDeps(Date.UTC(2026, 0, 5, 9));
    const popupFor = (suggestion: Suggestion | null) =>
      fakeBrowser.runtime.getURL(`/popup.html#s-${stretchOf(suggestion).id}`);
    const first = await suggest(deps, settings, { type: 'another' });
    expect(await fakeBrowser.action.getPopup({})).toBe(popupFor(first));
    const second = await suggest(deps, settings, { type: 'another' });
    expect(stretchOf(second).id).not.toBe(stretchOf(first).id);
    expect(await fakeBrowser.action.getPopup({})).toBe(popupFor(second));
  });

  it('keeps a suggestion that still fits, and picks none when there was none', async () => {
    const { deps } = fakeDeps(Date.UTC(2026, 0, 5, 9));
    await suggest(deps, settings, { type: 'settings-changed' });
    expect(await suggestionItem.getValue()).toBeNull();
    const first = (await suggest(deps, settings, { type: 'another' }))!;
    await suggest(deps, { ...settings, intervalMinutes: 45 }, { type: 'settings-changed' });
    expect(await storedId()).toBe(stretchOf(first).id);
  });

  it('leaves the stretch of a guided session in progress alone', async () => {
    const now = Date.UTC(2026, 0, 5, 9);
    const { deps } = fakeDeps(now);
    const first = (await suggest(deps, settings, { type: 'another' }))!;
    await sessionItem.setValue(
      startSession(
        {
          stretchId: stretchOf(first).id,
          strengthening: false,
          plan: buildPlan(stretchOf(first), settings),
        },
        now,
      ),
    );
    await suggest(
      deps,
      { ...settings, excluded: [stretchOf(first).id] },
      { type: 'settings-changed' },
    );
    expect(await storedId()).toBe(stretchOf(first).id);
  });
});
