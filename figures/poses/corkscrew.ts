import type { FigureSpec } from '../pose-types';

const SITTING = [0, 7.5, 0] as const;
const leftLeg = { hip: [90, 0, 0], knee: 0, ankle: -10 } as const;

export const figure: FigureSpec = {
  view: { azimuth: 35, elevation: 18 },
  poses: [
    {
      at: SITTING,
      rLeg: { hip: [90, 0, 0], knee: 0, ankle: -10 },
      lLeg: leftLeg,
      rArm: { to: 'rHip', off: [5, 0, -6], y: 2 },
      lArm: { to: 'lHip', off: [-5, 0, -6], y: 2 },
    },
    {
      at: SITTING,
      spine: [-6, 0, 0],
      rLeg: { to: [-15, 5, 22], ankle: 'flat', pole: [0.2, 1, 0.3] },
      lLeg: leftLeg,
      rArm: { to: 'rKnee', off: [-4, -3, 5] },
      lArm: { to: 'rKnee', off: [3, -6, 2] },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat', 'rOuterHip'],
  alt: 'Sitting on the floor with both legs long, then the right knee bent with its foot set down outside the left knee, both arms hugging the right knee toward the chest. The right seat and outer hip are highlighted.',
  sideDefinition:
    'Right side: the right knee is bent, its foot outside the left knee, and hugged toward the chest.',
};
