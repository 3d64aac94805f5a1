import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const rest = {
  lLeg: { to: [-6, 5, 19], ankle: 'flat' },
  rArm: { to: 'rThigh@0.2', off: [4, 4, 0] },
  lArm: { to: 'lThigh@0.4', off: [-3, 5, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { at: SEATED, rLeg: { to: [6, 5, 19], ankle: 'flat' }, ...rest },
    { at: SEATED, rLeg: { to: [6, 37, 46], ankle: -20 }, ...rest },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rThigh:front', 'rHipFront'],
  alt: 'Sitting tall near the front of a chair with both feet flat, then the right knee straightened until the leg is level, toes pulled up, and the straight leg lifted a little higher. The front of the right thigh and hip is highlighted.',
  sideDefinition: 'Right side: the right leg straightens and lifts.',
};
