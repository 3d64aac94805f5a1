import { describe, expect, it } from 'vitest';
import { randomIndex } from '../../../core/pick-stretch-random';
import { mostNeglected, RECENT_LIMIT, readRecent } from '../../../core/pick-stretch-recent';

describe('randomIndex', () => {
  it.each([
    [0, 0],
    [0.25, 1],
    [0.5, 2],
    [0.74, 2],
    [0.99, 3],
  ])('maps %s to index %i of four', (value, index) => {
    expect(randomIndex(() => value, 4)).toBe(index);
  });

  it('gives 0 for an empty or negative length without asking the source', () => {
    let asked = 0;
    const source = () => {
      asked++;
      return 0.9;
    };
    expect(randomIndex(source, 0)).toBe(0);
    expect(randomIndex(source, -3)).toBe(0);
    expect(asked).toBe(0);
  });
});

describe('recent picks', () => {
  const pick = (i: number) => ({ id: `s-${i}`, focus: ['glutes'], at: i });

  it(`reads back at most the last ${RECENT_LIMIT}`, () => {
    const raw = Array.from({ length: RECENT_LIMIT + 3 }, (_, i) => pick(i));
    const read = readRecent(raw);
    expect(read).toHaveLength(RECENT_LIMIT);
    expect(read[0]?.id).toBe('s-3');
  });

  it('drops picks without a text id or a list of areas, and unknown areas', () => {
    expect(
      readRecent([
        { id: 5, focus: ['glutes'], at: 1 },
        { id: 'a', focus: 'glutes', at: 1 },
        { id: 'b', focus: ['glutes', 'shoulders', 7], at: 'noon' },
      ]),
    ).toEqual([{ id: 'b', focus: ['glutes'], at: 0 }]);
  });

  it('chooses among the least covered areas with the random source', () => {
    const recent = readRecent([pick(1), { id: 'q', focus: ['quads', 'glutes'], at: 2 }]);
    const areas = ['glutes', 'quads', 'hamstrings', 'adductors'] as const;
    // glutes 2, quads 1: hamstrings and adductors tie with none.
    expect(mostNeglected(areas, recent, () => 0)).toBe('hamstrings');
    expect(mostNeglected(areas, recent, () => 0.6)).toBe('adductors');
    expect(mostNeglected(['glutes', 'quads'], recent, () => 0.9)).toBe('quads');
  });
});
