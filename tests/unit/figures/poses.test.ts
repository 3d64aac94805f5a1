import { describe, expect, it } from 'vitest';
import { stretches } from '../../../data/stretches';
import { skeleton } from '../../../figures/body-model';
import { bodyParts, lowestY } from '../../../figures/body-shapes';
import { prepareFigure } from '../../../figures/render-figure';
import { resolvePose } from '../../../figures/resolve-pose';
import { FIGURES } from './figure-specs';

// Checks of every figure's data that need no eyes: limbs reach what they are written to reach,
// nobody sinks into the floor, and the words match the entry.

const entries = new Map(stretches.map((entry) => [entry.id, entry]));

describe.each([...FIGURES])('the figure for %s', (id, spec) => {
  const entry = entries.get(id);

  it('reaches every point its poses name', () => {
    const misses = spec.poses.flatMap((pose, index) =>
      resolvePose(pose).misses.map((limb) => `pose ${index + 1}: ${limb}`),
    );
    expect(misses).toEqual([]);
  });

  it('keeps the body on or above the floor in every key pose', () => {
    const sunk = spec.poses.flatMap((pose, index) =>
      bodyParts(skeleton(resolvePose(pose).angles))
        .filter((part) => lowestY([part]) < -1.5)
        .map((part) => `pose ${index + 1}: ${part.name} at ${lowestY([part]).toFixed(1)}`),
    );
    expect(sunk).toEqual([]);
  });

  it('describes the pose, naming the side for a two-sided entry', () => {
    expect(spec.alt.length).toBeGreaterThan(40);
    if (entry?.sides === 'each') expect(spec.alt).toMatch(/\bright\b/);
  });

  it('fits the whole movement in its view box', () => {
    const [, , width, height] = prepareFigure(spec).box;
    expect(width).toBeGreaterThan(20);
    expect(height).toBeGreaterThan(20);
    expect(Number.isFinite(width + height)).toBe(true);
  });
});
