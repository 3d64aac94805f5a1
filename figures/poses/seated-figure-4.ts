import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const leftFoot = { to: [-8, 5, 21], ankle: 'flat' } as const;

export const figure: FigureSpec = {
  view: { azimuth: 25, elevation: 12 },
  poses: [
    {
      at: SEATED,
      rLeg: { to: [8, 5, 21], ankle: 'flat' },
      lLeg: leftFoot,
      rArm: { to: 'rThigh@0.6', off: [0, 6, 0] },
      lArm: { to: 'lThigh@0.6', off: [0, 6, 0] },
    },
    {
      at: SEATED,
      spine: [26, 0, 0],
      neck: [-12, 0],
      rLeg: { to: 'lThigh@0.88', off: [1, 7.5, 0], pole: [1, 0.15, 0.3], ankle: -15 },
      lLeg: leftFoot,
      rArm: { to: 'rKnee', off: [0, 4, -1] },
      lArm: { to: 'rAnkle', off: [0, 3, 0] },
    },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rSeat'],
  alt: 'Sitting near the front of a chair with both feet flat, then the right ankle resting on the left thigh just above the knee, a hand easing the right knee down and the chest tipped forward with a long back. The right seat is highlighted.',
  sideDefinition: 'Right side: the right ankle rests on the left knee.',
};
