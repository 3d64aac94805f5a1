import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../figures/el-markup';
import { mirrorWords } from '../../../figures/mirror-words';
import type { FigureSpec } from '../../../figures/pose-types';
import { prepareFigure, renderFigure } from '../../../figures/render-figure';
import { capsulePath, convexHull } from '../../../figures/svg-paths';

const SPEC: FigureSpec = {
  view: { azimuth: 90 },
  poses: [{}, { rLeg: { hip: [90, 0, 0], knee: 90 } }],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -30] }],
  highlight: ['rThigh:back', 'rSeat'],
  alt: 'Standing, then lifting the right knee.',
};

describe('renderFigure', () => {
  const figure = prepareFigure(SPEC);

  it('draws side two as the mirror image of side one, in the same view box', () => {
    const one = renderFigure(figure, { t: 1, side: 1, idPrefix: 'a' });
    const two = renderFigure(figure, { t: 1, side: 2, idPrefix: 'a' });
    const [x, , w] = figure.box;
    expect(two.attrs.viewBox).toBe(one.attrs.viewBox);
    expect(two.children?.[1]?.attrs.transform).toBe(
      `matrix(-1 0 0 1 ${Math.round((2 * x + w) * 10) / 10} 0)`,
    );
    expect(one.children?.[1]?.attrs.transform).toBeUndefined();
    expect(JSON.stringify(two.children?.[1]?.children)).toBe(
      JSON.stringify(one.children?.[1]?.children),
    );
  });

  it('draws the highlights clipped to their parts, and the earlier poses faintly', () => {
    const markup = toMarkup(renderFigure(figure, { t: 1, side: 1, idPrefix: 'p' }));
    expect(markup.match(/class="fig-hl"/g)).toHaveLength(2);
    expect(markup).toContain('clip-path="url(#p-h0)"');
    expect(markup).toContain('<clipPath id="p-h1">');
    expect(markup.match(/class="fig-ghost"/g)).toHaveLength(1);
  });

  it('moves between the key poses', () => {
    const start = toMarkup(renderFigure(figure, { t: 0, side: 1, idPrefix: 'p' }));
    const middle = toMarkup(renderFigure(figure, { t: 0.5, side: 1, idPrefix: 'p' }));
    const end = toMarkup(renderFigure(figure, { t: 1, side: 1, idPrefix: 'p' }));
    expect(new Set([start, middle, end]).size).toBe(3);
  });

  it('keeps every frame of the movement inside the view box', () => {
    const [x, y, w, h] = figure.box;
    for (const t of [0, 0.3, 0.7, 1]) {
      const markup = toMarkup(renderFigure(figure, { t, side: 1, idPrefix: 'p' }));
      for (const [, px, py] of markup.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(px)).toBeGreaterThanOrEqual(x);
        expect(Number(px)).toBeLessThanOrEqual(x + w);
        expect(Number(py)).toBeGreaterThanOrEqual(y);
        expect(Number(py)).toBeLessThanOrEqual(y + h);
      }
    }
  });
});

describe('mirrorWords', () => {
  it('swaps right and left, keeping capitals', () => {
    expect(mirrorWords('Right side: the right ankle on the left knee.')).toBe(
      'Left side: the left ankle on the right knee.',
    );
    expect(mirrorWords('upright and bright')).toBe('upright and bright');
  });
});

describe('flat shapes', () => {
  it('joins two circles by their outer tangents', () => {
    expect(capsulePath([0, 0], 2, [10, 0], 1)).toMatch(/^M.*A1 1 0 0 0 .*A2 2 0 1 0 .*Z$/);
    // One circle inside the other is just the bigger circle.
    expect(capsulePath([0, 0], 5, [1, 0], 1)).toBe('M-5 0A5 5 0 1 0 5 0A5 5 0 1 0 -5 0Z');
  });

  it('finds a convex hull', () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([1, 1]);
  });
});
