import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const leftFoot = { to: [-9, 5, 21], ankle: 'flat' } as const;

export const figure: FigureSpec = {
  view: { azimuth: 50, elevation: 10 },
  poses: [
    {
      at: SEATED,
      rLeg: { to: [9, 5, 21], ankle: 'flat' },
      lLeg: leftFoot,
      rArm: { to: 'rThigh@0.6', off: [0, 6, 0] },
      lArm: { to: 'lThigh@0.6', off: [0, 6, 0] },
    },
    {
      at: SEATED,
      spine: [-4, 0, 0],
      rLeg: { hip: [118, -26, -12], knee: 120, ankle: 15 },
      lLeg: leftFoot,
      rArm: { to: 'rShin@0.25', off: [3, 0, 4] },
      lArm: { to: 'rShin@0.25', off: [-3, 0, 4] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rSeat', 'rOuterHip'],
  alt: 'Sitting tall near the front of a chair, then lifting the right knee and drawing it with both hands up and across toward the left shoulder. The right seat and outer hip are highlighted.',
  sideDefinition: 'Right side: the right knee is drawn toward the left shoulder.',
};
