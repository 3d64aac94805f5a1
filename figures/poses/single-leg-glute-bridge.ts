import type { FigureSpec } from '../pose-types';

// Arms along the floor: as the torso tilts up to the hips, they turn back by as much.
const arms = (tilt: number) =>
  ({
    rArm: { shoulder: [-tilt, 12, 0], elbow: 0 },
    lArm: { shoulder: [-tilt, 12, 0], elbow: 0 },
  }) as const;
const planted = { to: [6, 5, 26], ankle: 'flat', pole: [0, 1, 0.2] } as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { pitch: -90, rLeg: planted, lLeg: { hip: [70, 0, 0], knee: 10, ankle: -10 }, ...arms(0) },
    {
      at: [0, 18.5, 4],
      pitch: -115,
      neck: [28, 0],
      rLeg: planted,
      lLeg: { hip: [22, 0, 0], knee: 4, ankle: -10 },
      ...arms(25),
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat', 'core'],
  alt: 'Lying face up with the right foot planted and the left leg stretched out, then the hips pushed up through the right foot into a straight line, level side to side. The right seat and the stomach are highlighted.',
  sideDefinition:
    'Right side: the right foot stays planted and does the work; the left leg is lifted.',
};
