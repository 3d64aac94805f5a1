import type { FigureSpec } from '../pose-types';

const SITTING = [0, 7.5, 0] as const;
const leftLeg = { hip: [90, 0, 0], knee: 0, ankle: -15 } as const;

export const figure: FigureSpec = {
  view: { azimuth: 30, elevation: 22 },
  poses: [
    {
      at: SITTING,
      rLeg: { hip: [90, 0, 0], knee: 0, ankle: -15 },
      lLeg: leftLeg,
      rArm: { to: 'rHip', off: [5, 0, -6], y: 2 },
      lArm: { to: 'lHip', off: [-5, 0, -6], y: 2 },
    },
    {
      at: SITTING,
      rLeg: { to: 'lThigh@0.55', off: [0, 7, 0], pole: [1, 0.5, 0.3], ankle: -10 },
      lLeg: leftLeg,
      rArm: { to: 'rKnee', off: [0, 4, 0] },
      lArm: { to: 'lHip', off: [-5, 0, -6], y: 2 },
    },
  ],
  props: [{ kind: 'mat' }],
  highlight: ['rSeat', 'rOuterHip'],
  alt: 'Sitting upright on the floor with both legs long, then the right knee bent and the right ankle laid across the left thigh, the right hand on the right knee guiding it gently down. The right seat and outer hip are highlighted.',
  sideDefinition: 'Right side: the right ankle lies across the left thigh.',
};
