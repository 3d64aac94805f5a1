import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, 0] as const;
const rest = {
  lLeg: { to: [-6, 5, 19], ankle: 'flat' },
  rArm: { to: 'rThigh@0.4', off: [3, 5, 0] },
  lArm: { to: 'lThigh@0.4', off: [-3, 5, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { at: SEATED, rLeg: { to: [6, 5, 19], ankle: 'flat' }, ...rest },
    { at: SEATED, rLeg: { to: [6, 14, 17], ankle: 'flat' }, ...rest },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rHipFront'],
  alt: 'Sitting tall near the front of a chair without leaning back, then lifting the right foot a hand’s width off the floor with the knee still bent; the legs take turns. The front of the right hip is highlighted.',
};
