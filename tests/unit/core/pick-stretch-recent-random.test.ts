import { describe, expect, it } from 'vitest';
import { randomIndex } from '../../../core/pick-stretch-random';
import { mostNeglected } from '../../../core/pick-stretch-recent';

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

describe('the most neglected area, by breaks taken', () => {
  const areas = ['glutes', 'quads', 'hamstrings', 'adductors'] as const;

  it('chooses among the least worked areas with the random source', () => {
    // glutes 2, quads 1: hamstrings and adductors tie with none.
    const done = { glutes: 2, quads: 1 };
    expect(mostNeglected(areas, done, () => 0)).toBe('hamstrings');
    expect(mostNeglected(areas, done, () => 0.6)).toBe('adductors');
    expect(mostNeglected(['glutes', 'quads'], done, () => 0.9)).toBe('quads');
  });

  it.each<[string, unknown]>([
    ['no counts at all', undefined],
    ['counts that are not numbers', { glutes: 'many', quads: null }],
    ['negative counts', { glutes: -2, quads: -1 }],
  ])('reads %s as none done', (_name, done) => {
    const counts = done as Record<string, number> | undefined;
    expect(mostNeglected(['glutes', 'quads'], counts, () => 0.9)).toBe('quads');
    expect(mostNeglected(['glutes', 'quads'], counts, () => 0)).toBe('glutes');
  });
});
