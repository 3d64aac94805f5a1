import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import {
  decideSuggestion,
  filterKey,
  STRENGTH_REST_MS,
  type SuggestionEvent,
} from '../../../core/suggestion';
import { stretches } from '../../../data/stretches';

const NOW = Date.UTC(2026, 10, 23, 9);
const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
const stored = {
  stretch: stretches[0],
  widened: null,
  pickedAt: NOW - 60_000,
  filterKey: filterKey(settings),
  deck: { order: [], position: 0 },
  recent: [],
};
const base = { settings, lastStrengthAt: null, now: NOW, stretching: false, viewing: false };

type Row = [string, unknown, SuggestionEvent, Partial<typeof base>, 'keep' | 'pick' | 'none'];

describe('decideSuggestion', () => {
  it.each<Row>([
    [
      'a new reminder brings a new stretch',
      stored,
      { type: 'reminder', attempt: 1, shownAt: NOW },
      {},
      'pick',
    ],
    [
      'a replayed reminder keeps the stretch picked for it',
      { ...stored, pickedAt: NOW },
      { type: 'reminder', attempt: 1, shownAt: NOW },
      {},
      'keep',
    ],
    ['a repeat keeps it', stored, { type: 'reminder', attempt: 2, shownAt: NOW }, {}, 'keep'],
    [
      'a new reminder keeps the stretch being done',
      stored,
      { type: 'reminder', attempt: 1, shownAt: NOW },
      { stretching: true },
      'keep',
    ],
    [
      'a new reminder keeps the stretch on screen',
      stored,
      { type: 'reminder', attempt: 1, shownAt: NOW },
      { viewing: true },
      'keep',
    ],
    [
      'a first reminder with nothing stored picks',
      null,
      { type: 'reminder', attempt: 2, shownAt: NOW },
      {},
      'pick',
    ],
    ['a need keeps one that fits', stored, { type: 'need' }, {}, 'keep'],
    ['a need picks when nothing is stored', undefined, { type: 'need' }, {}, 'pick'],
    ['a need picks when the stored one is corrupt', { stretch: 3 }, { type: 'need' }, {}, 'pick'],
    [
      'a need picks when the settings no longer fit',
      stored,
      { type: 'need' },
      { settings: { ...settings, place: 'anywhere' } },
      'pick',
    ],
    ['"another" always picks', stored, { type: 'another' }, { viewing: true }, 'pick'],
    [
      'a settings change that still fits keeps it',
      stored,
      { type: 'settings-changed' },
      {},
      'none',
    ],
    [
      'a settings change that rules it out picks again, even on screen',
      stored,
      { type: 'settings-changed' },
      { settings: { ...settings, excluded: [stretches[0].id] }, viewing: true },
      'pick',
    ],
    [
      'a settings change leaves the stretch being done alone',
      stored,
      { type: 'settings-changed' },
      { settings: { ...settings, excluded: [stretches[0].id] }, stretching: true },
      'none',
    ],
    [
      'a settings change picks nothing when none was stored',
      null,
      { type: 'settings-changed' },
      {},
      'none',
    ],
  ])('%s', (_name, raw, event, context, action) => {
    expect(decideSuggestion(raw, event, { ...base, ...context }).action).toBe(action);
  });

  it('returns the stored suggestion when it keeps it', () => {
    const decision = decideSuggestion(stored, { type: 'need' }, base);
    expect(decision).toEqual({ action: 'keep', suggestion: stored });
  });

  it('picks without strengthening for 48 hours after a strength session', () => {
    const strong = { ...settings, kinds: ['stretch', 'strengthen'] as Settings['kinds'] };
    const resting = decideSuggestion(
      null,
      { type: 'another' },
      {
        ...base,
        settings: strong,
        lastStrengthAt: NOW - STRENGTH_REST_MS + 1,
      },
    );
    expect(resting).toMatchObject({ action: 'pick', settings: { kinds: ['stretch'] } });
    const rested = decideSuggestion(
      null,
      { type: 'another' },
      {
        ...base,
        settings: strong,
        lastStrengthAt: NOW - STRENGTH_REST_MS,
      },
    );
    expect(rested).toMatchObject({
      action: 'pick',
      settings: { kinds: ['stretch', 'strengthen'] },
    });
  });
});
