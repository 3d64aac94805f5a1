import type { FigureSpec } from '../pose-types';

const CHAIR = { kind: 'chair', at: [0, -42] } as const;

export const figure: FigureSpec = {
  view: { azimuth: 90, elevation: 6 },
  poses: [
    {
      at: [0, 52, -6],
      rLeg: { to: [5, 31, -36], ankle: 70, pole: [0, -1, 0.6] },
      lLeg: { to: [-5, 5, 0], ankle: 'flat' },
      rArm: { to: 'rHip', off: [3, 5, 5] },
      lArm: { to: 'lHip', off: [-3, 5, 5] },
    },
    {
      at: [0, 45, -4],
      pitch: -4,
      rLeg: { to: [5, 31, -36], ankle: 70, pole: [0, -1, 0.3] },
      lLeg: { to: [-5, 5, 3], ankle: 'flat' },
      rArm: { to: 'rHip', off: [3, 5, 5] },
      lArm: { to: 'lHip', off: [-3, 5, 5] },
    },
  ],
  props: [{ kind: 'floor' }, CHAIR],
  highlight: ['rThigh:front', 'rHipFront'],
  alt: 'Standing upright a stride in front of a chair with the top of the right foot resting on its seat behind, then bending the left knee a little so the right knee sinks, hips tucked under. The front of the right thigh and hip is highlighted.',
  sideDefinition: 'Right side: the right foot rests on the chair behind you.',
};
