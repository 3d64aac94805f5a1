import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pickNewSuggestion, refreshSuggestion } from '../../../background/suggestion';
import { buildPlan } from '../../../core/guided-session/plan';
import { startSession } from '../../../core/guided-session/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { parseSuggestion } from '../../../core/suggestion';
import { sessionItem, suggestionItem } from '../../../platform/storage-items';
import { fakeDeps } from './fake-deps';

const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
const storedId = async () => parseSuggestion(await suggestionItem.getValue())?.stretch.id;

describe('refreshSuggestion (after a settings change)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces a suggestion the user just switched off', async () => {
    const { deps } = fakeDeps(Date.UTC(2026, 0, 5, 9));
    const first = await pickNewSuggestion(deps, settings);
    await refreshSuggestion(deps, { ...settings, excluded: [first.stretch.id] });
    expect(await storedId()).not.toBe(first.stretch.id);
  });

  it('keeps a suggestion that still fits, and picks none when there was none', async () => {
    const { deps } = fakeDeps(Date.UTC(2026, 0, 5, 9));
    await refreshSuggestion(deps, settings);
    expect(await suggestionItem.getValue()).toBeNull();
    const first = await pickNewSuggestion(deps, settings);
    await refreshSuggestion(deps, { ...settings, intervalMinutes: 45 });
    expect(await storedId()).toBe(first.stretch.id);
  });

  it('leaves the stretch of a guided session in progress alone', async () => {
    const now = Date.UTC(2026, 0, 5, 9);
    const { deps } = fakeDeps(now);
    const first = await pickNewSuggestion(deps, settings);
    await sessionItem.setValue(
      startSession(first.stretch.id, buildPlan(first.stretch, settings), now),
    );
    await refreshSuggestion(deps, { ...settings, excluded: [first.stretch.id] });
    expect(await storedId()).toBe(first.stretch.id);
  });
});
