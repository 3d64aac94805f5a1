import { describe, expect, it } from 'vitest';
import { filterLibrary, NO_LIBRARY_FILTER } from '../../../core/filter-library';
import { splitByLimits } from '../../../core/library-limits';
import { checkMessage } from '../../../core/protocol/message-checks';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { opensWelcome } from '../../../core/settings/update-rules';
import { allowedLinks } from '../../../core/stretch-links';
import { filterKey, nextSuggestion } from '../../../core/suggestion';
import { fitsDesk } from '../../../data/stretch-fit';
import { GEAR } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';
import { stretchById } from '../stretch-by-id';

const NOW = Date.UTC(2026, 10, 23, 9);
const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
const entry = (id: string) => {
  const found = stretchById(id);
  if (!found) throw new Error(id);
  return found;
};

describe('the page an install or an update opens', () => {
  it.each<[string, string | undefined, boolean]>([
    ['install', undefined, true],
    ['update', '0.1.0', true],
    ['update', '0.2.5', true],
    ['update', '0.3.0', false],
    ['update', '0.4.1', false],
    ['update', undefined, false],
    ['browser_update', undefined, false],
    ['chrome_update', '0.1.0', false],
    ['shared_module_update', undefined, false],
  ])('%s from %s opens it: %s', (reason, previous, opens) => {
    expect(opensWelcome(reason, previous)).toBe(opens);
  });
});

describe('a suggestion the user chose by name', () => {
  const first = nextSuggestion(null, stretches, settings, NOW, mulberry32(1));

  it('is exactly that entry, outside the focus and place filters, and keeps the round', () => {
    const deskOnly = { ...settings, place: 'desk' as const, focus: ['quads' as const] };
    const chosen = nextSuggestion(first, stretches, deskOnly, NOW + 1, mulberry32(2), 'pigeon');
    expect(chosen.stretch?.id).toBe('pigeon');
    expect(chosen.widened).toBeNull();
    expect(chosen.deck).toEqual(first.deck);
    expect(chosen.filterKey).toBe(filterKey(deskOnly));
    expect(chosen.pickedAt).toBe(NOW + 1);
  });

  it('is refused when a condition or missing equipment rules it out, or it does not exist', () => {
    const pregnant = { ...settings, conditions: ['pregnancy' as const] };
    const tagged = stretches.find((s) => s.contraindications.includes('pregnancy'));
    expect(tagged).toBeDefined();
    const pick = (s: typeof settings, id: string) => () =>
      nextSuggestion(first, stretches, s, NOW, mulberry32(3), id);
    expect(pick(pregnant, tagged?.id ?? '')).toThrow(/Refused anotherStretch/);
    expect(pick({ ...settings, equipment: [] }, 'foam-roll-outer-quad')).toThrow(
      'Refused anotherStretch: foam-roll-outer-quad',
    );
    expect(pick(settings, 'no-such-entry')).toThrow('Refused anotherStretch: no-such-entry');
  });

  it('is named by an id in the message, or not named at all', () => {
    expect(checkMessage('anotherStretch', 'pigeon')).toBe('pigeon');
    expect(checkMessage('anotherStretch', undefined)).toBeUndefined();
    expect(() => checkMessage('anotherStretch', { id: 'pigeon' })).toThrow(
      /Refused anotherStretch/,
    );
  });
});

describe('the library under the two limits', () => {
  it('hides what a condition or missing equipment rules out, each with its reasons', () => {
    const { allowed, hidden } = splitByLimits(stretches, ['pregnancy'], ['chair', 'desk', 'wall']);
    expect(allowed.length + hidden.length).toBe(stretches.length);
    for (const s of allowed) {
      expect(s.contraindications).not.toContain('pregnancy');
      expect(s.equipment.every((e) => ['none', 'chair', 'desk', 'wall'].includes(e))).toBe(true);
    }
    const roller = hidden.find((h) => h.entry.id === 'foam-roll-outer-quad');
    expect(roller?.reasons).toContain('equipment');
    const tagged = hidden.filter((h) => h.entry.contraindications.includes('pregnancy'));
    expect(tagged.length).toBeGreaterThan(0);
    for (const h of tagged) expect(h.reasons).toContain('health');
    expect(splitByLimits(stretches, [], GEAR).hidden).toEqual([]);
  });

  it('offers an easier or harder version only when it exists and passes both limits', () => {
    const wall = entry('standing-figure-4');
    expect(allowedLinks(wall, stretches, [], GEAR)).toEqual({
      easier: entry('seated-figure-4'),
      harder: entry('lying-figure-4'),
    });
    const noMat = GEAR.filter((g) => g !== 'mat');
    expect(allowedLinks(wall, stretches, [], noMat).harder).toBeNull();
    const tags = entry('lying-figure-4').contraindications;
    if (tags[0]) expect(allowedLinks(wall, stretches, [tags[0]], GEAR).harder).toBeNull();
    const unlinked = { ...wall, easier: undefined, harder: 'no-such-entry' };
    expect(allowedLinks(unlinked, stretches, [], GEAR)).toEqual({ easier: null, harder: null });
  });

  it('filters by place and by the equipment an entry uses', () => {
    const marks = { excluded: [], favourites: [] };
    const desk = filterLibrary(stretches, { ...NO_LIBRARY_FILTER, place: 'desk' }, marks);
    expect(desk.length).toBeGreaterThan(0);
    expect(desk.every(fitsDesk)).toBe(true);
    expect(desk.length).toBe(stretches.filter(fitsDesk).length);
    const rolling = filterLibrary(
      stretches,
      { ...NO_LIBRARY_FILTER, equipment: 'foam-roller' },
      marks,
    );
    expect(rolling.map((s) => s.id)).toEqual(['foam-roll-outer-quad']);
    const bare = filterLibrary(stretches, { ...NO_LIBRARY_FILTER, equipment: 'nothing' }, marks);
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((s) => s.equipment.every((e) => e === 'none'))).toBe(true);
  });
});
