import type { FigureSpec } from '../pose-types';

const SEATED = [0, 33.5, -2] as const;
const rest = {
  lLeg: { to: [-6, 5, 19], ankle: 'flat' },
  rArm: { to: 'rThigh@0.5', off: [0, 6, 0] },
  lArm: { to: 'lThigh@0.5', off: [0, 6, 0] },
} as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    { at: SEATED, rLeg: { to: [6, 5, 23], ankle: 'flat' }, ...rest },
    // The heel presses down and back as if dragging it under the chair; the toes lift a little.
    { at: SEATED, rLeg: { to: [6, 5, 20], ankle: -12 }, ...rest },
  ],
  props: [{ kind: 'floor' }, { kind: 'chair', at: [0, -4] }],
  highlight: ['rThigh:back'],
  alt: 'Sitting tall with the knees bent a little past a right angle, then the right heel pressed down and back toward the chair as if dragging it, without it moving. The back of the right thigh is highlighted.',
  sideDefinition: 'Right side: the right heel presses down and back.',
};
