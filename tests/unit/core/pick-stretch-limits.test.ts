import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConditions } from '../../../core/conditions';
import { hiddenBy } from '../../../core/library-limits';
import { pickStretch } from '../../../core/pick-stretch';
import { findFitting, normaliseFilters } from '../../../core/pick-stretch-filter';
import { equipped, ruledOut } from '../../../core/pick-stretch-limits';
import { CONDITION_INFO, CONDITIONS_NOTE } from '../../../data/conditions';
import {
  CONDITIONS,
  type Condition,
  FOCUS_AREAS,
  GEAR,
  type Gear,
  KINDS,
  type NonEmpty,
  type Stretch,
} from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';
import { stretchById } from '../stretch-by-id';
import { picked } from './pick-stretch-simulate';

const base = {
  library: stretches,
  focus: [...FOCUS_AREAS],
  place: 'desk' as const,
  kinds: ['stretch' as const],
  random: mulberry32(1),
};

function entry(id: string): Stretch {
  const found = stretchById(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

describe('the limits nothing loosens: conditions and equipment', () => {
  it('never offers an entry tagged for a chosen condition, nor one needing missing kit', () => {
    const subset = <T>(all: readonly T[]) => fc.subarray([...all]);
    fc.assert(
      fc.property(
        subset(CONDITIONS),
        subset(GEAR),
        fc.subarray([...FOCUS_AREAS], { minLength: 1 }),
        fc.subarray([...KINDS], { minLength: 1 }),
        fc.constantFrom('desk' as const, 'anywhere' as const),
        fc.subarray(stretches.map((e) => e.id)),
        fc.integer(),
        (conditions, equipment, focus, kinds, place, excluded, seed) => {
          const chosen = new Set<Condition>(conditions);
          const owned = new Set<Gear>(equipment);
          const allowed = stretches.filter((e) => !ruledOut(e, chosen) && equipped(e, owned));
          let deck: unknown;
          for (let i = 0; i < 5; i++) {
            const result = pickStretch({
              ...base,
              conditions,
              equipment,
              focus,
              kinds,
              place,
              excluded,
              deck,
              random: mulberry32(seed + i),
            });
            deck = result.deck;
            if (allowed.length === 0) {
              expect(result.stretch).toBeNull();
              expect(result.widened).toBeNull();
              continue;
            }
            const stretch = picked(result).stretch;
            expect(allowed).toContain(stretch);
          }
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it('widens focus, kinds, place or the skip list instead, when only those leave nothing', () => {
    // Foam rolling is the one release move: without a roller, asking for release widens the kind.
    const result = pickStretch({
      ...base,
      place: 'anywhere',
      kinds: ['release'],
      equipment: GEAR.filter((item) => item !== 'foam-roller'),
    });
    expect(result.widened).toBe('kinds');
    expect(result.stretch?.kind).not.toBe('release');
    expect(result.stretch?.equipment).not.toContain('foam-roller');
  });

  it('offers nothing rather than an unsuitable entry when the limits leave nothing', () => {
    const library = [entry('pigeon'), entry('lying-figure-4')] as unknown as NonEmpty<Stretch>;
    const result = pickStretch({ ...base, library, place: 'anywhere', conditions: ['pregnancy'] });
    expect(result).toMatchObject({ stretch: null, widened: null });
    expect(result.deck).toEqual({ key: expect.any(String), remaining: [], last: null });
    // Nothing to widen to: the kinds, place and focus chosen are not loosened in vain.
    const narrow = { ...base, library, focus: ['quads' as const], conditions: ['pregnancy'] };
    expect(findFitting(library, normaliseFilters(narrow))).toMatchObject({
      entries: [],
      widened: null,
    });
    const rolling = [entry('foam-roll-outer-quad')] as unknown as NonEmpty<Stretch>;
    const noRoller = GEAR.filter((item) => item !== 'foam-roller');
    expect(pickStretch({ ...base, library: rolling, equipment: noRoller }).stretch).toBeNull();
    expect(pickStretch({ ...base, library: rolling, place: 'anywhere' }).stretch?.id).toBe(
      'foam-roll-outer-quad',
    );
  });

  it('with no equipment at all offers only moves that need nothing', () => {
    for (let seed = 0; seed < 50; seed++) {
      const result = pickStretch({
        ...base,
        place: 'anywhere',
        kinds: [...KINDS],
        equipment: [],
        random: mulberry32(seed),
      });
      expect(picked(result).stretch.equipment).toEqual(['none']);
    }
  });

  it('reads a missing equipment list (a caller from before the setting) as all of it', () => {
    const rolling = [entry('foam-roll-outer-quad')] as unknown as NonEmpty<Stretch>;
    expect(pickStretch({ ...base, library: rolling, place: 'anywhere' }).stretch).not.toBeNull();
    const garbage = { ...base, library: rolling, place: 'anywhere' as const, equipment: 'all' };
    expect(pickStretch(garbage as never).stretch).not.toBeNull();
  });

  it('drops entries without their tag list rather than trusting them', () => {
    const { contraindications: _, ...untagged } = entry('pigeon');
    const library = [untagged] as unknown as NonEmpty<Stretch>;
    expect(pickStretch({ ...base, library, place: 'anywhere' }).stretch).toBeNull();
  });

  it('leaves something to offer at the desk under any single condition', () => {
    for (const condition of CONDITIONS) {
      const result = pickStretch({ ...base, conditions: [condition] });
      expect(result.stretch, condition).not.toBeNull();
      expect(ruledOut(picked(result).stretch, new Set([condition])), condition).toBe(false);
    }
  });
});

describe('the safety screen data', () => {
  it('has a label, what it hides and the guidance it follows for every condition', () => {
    for (const condition of CONDITIONS) {
      const info = CONDITION_INFO[condition];
      expect(info.label.length, condition).toBeGreaterThan(3);
      expect(info.hides, condition).toMatch(/^[A-Z].*\.$/);
      expect(info.guidance.length, condition).toBeGreaterThan(0);
    }
    expect(CONDITIONS_NOTE).toMatch(/general practice/);
    expect(CONDITIONS_NOTE).toMatch(/never synced/);
  });

  it('hides some entries for every condition, and lists them in library order', () => {
    for (const condition of CONDITIONS) {
      const hidden = hiddenBy(stretches, [condition]);
      expect(hidden.length, condition).toBeGreaterThan(0);
      expect(hidden.length, condition).toBeLessThan(stretches.length);
      expect(hidden).toEqual(stretches.filter((e) => hidden.includes(e)));
    }
    expect(hiddenBy(stretches, [])).toEqual([]);
    const both = hiddenBy(stretches, ['pregnancy', 'knee-pain']).map((e) => e.id);
    expect(both).toContain('glute-bridge');
    expect(both).toContain('kneeling-hip-flexor-stretch');
  });
});

describe('parseConditions', () => {
  it('keeps the known conditions of a stored list, in order, and drops the rest', () => {
    expect(parseConditions(['knee-pain', 'gout', 'pregnancy', 7])).toEqual([
      'pregnancy',
      'knee-pain',
    ]);
  });

  it('reads anything that is not a list as no conditions', () => {
    for (const raw of [undefined, null, 'pregnancy', { pregnancy: true }, 3]) {
      expect(parseConditions(raw)).toEqual([]);
    }
  });
});
