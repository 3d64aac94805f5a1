import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
// The hands on the outsides of the knees, holding them where they are.
const hands = {
  rArm: { to: 'rKnee', off: [4, 3, -2], pole: [1, -0.5, -0.3] },
  lArm: { to: 'lKnee', off: [-4, 3, -2], pole: [-1, -0.5, -0.3] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 15, elevation: 12 },
  poses: [
    {
      at: SEATED,
      rLeg: { to: [7, 5, 19], ankle: 'flat' },
      lLeg: { to: [-7, 5, 19], ankle: 'flat' },
      ...hands,
    },
    {
      at: SEATED,
      rLeg: { to: [8, 5, 19], ankle: 'flat', pole: [0.4, 0, 1] },
      lLeg: { to: [-8, 5, 19], ankle: 'flat', pole: [-0.4, 0, 1] },
      ...hands,
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rOuterHip', 'lOuterHip'],
  alt: 'Sitting tall on a chair with the feet flat and the hands on the outsides of the knees, then pushing the knees outward into the hands, which hold them still. The sides of both hips are highlighted.',
};
