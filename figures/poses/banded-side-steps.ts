import type { FigureSpec } from '../pose-types';

const stance = { at: [0, 'ground', 0], pitch: 12, spine: [4, 0, 0] } as const;
const hands = {
  rArm: { to: 'rHip', off: [3, 4, 2] },
  lArm: { to: 'lHip', off: [-3, 4, 2] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 8, elevation: 6 },
  poses: [
    {
      ...stance,
      ...hands,
      rLeg: { to: [8, 5, 2], ankle: 'flat' },
      lLeg: { to: [-8, 5, 2], ankle: 'flat' },
    },
    {
      ...stance,
      at: [5, 'ground', 0],
      ...hands,
      rLeg: { to: [22, 5, 2], ankle: 'flat' },
      lLeg: { to: [-8, 5, 2], ankle: 'flat' },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'band', around: ['rShin@0.7', 'lShin@0.7'] }],
  highlight: ['rOuterHip', 'lOuterHip'],
  alt: 'Standing with a band round both shins, feet hip-width apart and knees slightly bent, then a step to the right that keeps the band taut. Both outer hips are highlighted.',
  sideDefinition: 'Right side: travel to the right, the right foot stepping out first.',
};
