import { describe, expect, it } from 'vitest';
import { type PickInput, pickStretch as pickAny } from '../../../core/pick-stretch';
import { fits, normaliseFilters } from '../../../core/pick-stretch-filter';
import {
  FOCUS_AREAS,
  type FocusArea,
  KINDS,
  type NonEmpty,
  type Stretch,
} from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';
import { stretchById } from '../stretch-by-id';
import {
  DEFAULTS,
  fittingCount,
  picked,
  type Settings,
  simulate,
  someOf,
} from './pick-stretch-simulate';

// Every pick here must find a stretch: the limits (conditions, equipment) leave plenty.
const pickStretch = (input: PickInput) => picked(pickAny(input));

/** A made-up library with `perArea` single-area entries for each of the given areas. */
function evenLibrary(areas: readonly FocusArea[], perArea: number): NonEmpty<Stretch> {
  const template = stretchById('standing-quad-stretch') ?? stretches[0];
  const library: Stretch[] = areas.flatMap((area) =>
    Array.from({ length: perArea }, (_, i) => ({
      ...template,
      id: `${area}-${i}`,
      name: `${area} ${i}`,
      focus: [area] as const,
      easier: undefined,
      harder: undefined,
    })),
  );
  return library as unknown as NonEmpty<Stretch>;
}

function randomSettings(random: () => number): Settings {
  const ids = stretches.map((entry) => entry.id);
  return {
    library: stretches,
    focus: someOf(FOCUS_AREAS, random),
    place: random() < 0.5 ? 'desk' : 'anywhere',
    kinds: someOf(KINDS, random),
    excluded: someOf(ids, () => random() * 1.6, false),
    favourites: someOf(ids, () => random() * 1.8, false),
  };
}

describe('pickStretch over many picks', () => {
  // The loops collect what breaks a rule and assert once: thousands of expect() calls would
  // dominate the time, and this runs once per mutant in mutation testing.
  it('only shows entries that fit focus, place, kinds and exclusions when any do', () => {
    const random = mulberry32(1);
    let picks = 0;
    const broken: string[] = [];
    for (let run = 0; run < 60; run++) {
      const settings = randomSettings(random);
      const filters = normaliseFilters(settings);
      const anyFits = stretches.some((entry) => fits(entry, filters));
      for (const result of simulate(settings, 100, run)) {
        picks++;
        const id = `run ${run}: ${result.stretch.id}`;
        if (anyFits && result.widened !== null) broken.push(`${id} widened ${result.widened}`);
        if (anyFits && !fits(result.stretch, filters)) broken.push(`${id} does not fit`);
        if (!anyFits && result.widened === null) broken.push(`${id} not marked as widened`);
        if (result.widened !== 'excluded' && settings.excluded?.includes(result.stretch.id)) {
          broken.push(`${id} is excluded`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(picks).toBe(6000);
  });

  it('never repeats a stretch until every fitting one has been shown', () => {
    const random = mulberry32(2);
    const repeats: string[] = [];
    for (let run = 0; run < 40; run++) {
      const settings = randomSettings(random);
      const results = simulate(settings, 150, 100 + run);
      const round = fittingCount(settings) || new Set(results.map((r) => r.stretch.id)).size;
      // With fixed settings each block of `round` picks is one whole round: all different.
      for (let start = 0; start + round <= results.length; start += round) {
        const block = results.slice(start, start + round).map((r) => r.stretch.id);
        if (new Set(block).size !== round) repeats.push(`run ${run} from pick ${start}`);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('never shows the same stretch twice in a row, even across a reshuffle', () => {
    for (let seed = 0; seed < 20; seed++) {
      const results = simulate({ ...DEFAULTS, focus: ['quads'] }, 200, seed);
      for (let i = 1; i < results.length; i++) {
        expect(results[i]?.stretch.id).not.toBe(results[i - 1]?.stretch.id);
      }
    }
  });

  it('does not open a new round with the stretch that closed the last one', () => {
    const settings: Settings = { ...DEFAULTS, focus: ['quads'] };
    const { deck } = pickStretch({ ...settings, random: mulberry32(0) });
    const last = deck.remaining[0] ?? 'chair-quad-stretch';
    for (let seed = 0; seed < 300; seed++) {
      // A saved deck that starts with the stretch just shown, as a careless reshuffle would.
      const saved = { key: deck.key, remaining: [last, ...deck.remaining.slice(1)], last };
      expect(
        pickStretch({ ...settings, deck: saved, random: mulberry32(seed) }).stretch.id,
      ).not.toBe(last);
      const fresh = { key: 'another-set', remaining: [], last };
      const round = pickStretch({ ...settings, deck: fresh, random: mulberry32(seed) });
      expect(round.stretch.id).not.toBe(last);
    }
  });

  it('keeps showing the only fitting stretch when there is just one', () => {
    const results = simulate({ ...DEFAULTS, place: 'anywhere', kinds: ['release'] }, 5, 3);
    for (const result of results) expect(result.stretch.id).toBe('foam-roll-outer-quad');
  });

  it('spreads picks evenly over two focus areas: 50% ± 10% each of 2,000 picks', () => {
    const areas: FocusArea[] = ['glutes', 'quads'];
    const library = evenLibrary(areas, 9);
    const results = simulate({ ...DEFAULTS, library, focus: areas }, 2000, 4);
    for (const area of areas) {
      const share = results.filter((r) => r.stretch.focus.includes(area)).length / 2000;
      expect(share).toBeGreaterThanOrEqual(0.4);
      expect(share).toBeLessThanOrEqual(0.6);
    }
  });

  it('spreads real desk stretches for hamstrings and quads within 50% ± 10%', () => {
    const focus: FocusArea[] = ['hamstrings', 'quads'];
    const results = simulate({ ...DEFAULTS, focus }, 2000, 5);
    for (const area of focus) {
      const share = results.filter((r) => r.stretch.focus.includes(area)).length / 2000;
      expect(share).toBeGreaterThanOrEqual(0.4);
      expect(share).toBeLessThanOrEqual(0.6);
    }
  });

  it('covers every area often with the default settings (each in at least 15% of picks)', () => {
    const results = simulate(DEFAULTS, 3000, 6);
    for (const area of FOCUS_AREAS) {
      const share = results.filter((r) => r.stretch.focus.includes(area)).length / 3000;
      expect(share, area).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('lets uneven areas take turns: the smaller area is used up in the first part of a round', () => {
    // Glutes has many more fitting entries than hamstrings anywhere; alternating means all the
    // hamstring entries come out well before the round ends instead of being spread at random.
    const settings: Settings = {
      ...DEFAULTS,
      place: 'anywhere',
      kinds: [...KINDS],
      focus: ['glutes', 'hamstrings'],
    };
    const round = fittingCount(settings);
    const hamstringOnly = stretches.filter(
      (e) => fits(e, normaliseFilters(settings)) && !e.focus.includes('glutes'),
    ).length;
    for (let seed = 0; seed < 20; seed++) {
      const ids = simulate(settings, round, 200 + seed).map((r) => r.stretch);
      const lastHamstring = ids.findLastIndex((e) => e.focus.includes('hamstrings'));
      expect(lastHamstring).toBeLessThan(2 * hamstringOnly + 8);
      expect(lastHamstring).toBeLessThan(round * 0.75);
    }
  });

  it('turns to an area the history shows neglected', () => {
    for (let seed = 0; seed < 200; seed++) {
      const result = pickStretch({
        ...DEFAULTS,
        place: 'anywhere',
        focus: ['glutes', 'hamstrings', 'adductors'],
        done: { glutes: 12 },
        random: mulberry32(seed),
      });
      expect(result.stretch.focus.some((a) => a === 'hamstrings' || a === 'adductors')).toBe(true);
    }
  });

  it('picks the one chosen area nobody has worked lately when others were all covered', () => {
    const done = { hamstrings: 1, quads: 1, 'hip-flexors': 1, glutes: 1 };
    for (let seed = 0; seed < 100; seed++) {
      const result = pickStretch({
        ...DEFAULTS,
        focus: ['glutes', 'hamstrings', 'quads', 'adductors'],
        done,
        random: mulberry32(seed),
      });
      expect(result.stretch.focus).toContain('adductors');
    }
  });
});
