import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;

export const figure: FigureSpec = {
  view: { azimuth: 25, elevation: 12 },
  poses: [
    {
      at: SEATED,
      rLeg: { to: [15, 5, 21], ankle: 'flat', pole: [0.5, 0, 1] },
      lLeg: { to: [-15, 5, 21], ankle: 'flat', pole: [-0.5, 0, 1] },
      rArm: { to: 'rThigh@0.6', off: [0, 6, 0] },
      lArm: { to: 'lThigh@0.6', off: [0, 6, 0] },
    },
    {
      at: SEATED,
      spine: [38, 0, 0],
      neck: [-10, 0],
      rLeg: { to: [16, 5, 21], ankle: 'flat', pole: [1, 0, 0.8] },
      lLeg: { to: [-16, 5, 21], ankle: 'flat', pole: [-1, 0, 0.8] },
      rArm: { to: 'rKnee', off: [-4, 5, -1], pole: [0.2, -1, -0.3] },
      lArm: { to: 'lKnee', off: [4, 5, -1], pole: [-0.2, -1, -0.3] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rThigh:inner', 'lThigh:inner'],
  alt: 'Sitting near the front of a chair with the feet wide and toes turned out, then leaning forward with a long back, forearms on the inner thighs easing the knees apart. Both inner thighs are highlighted.',
};
