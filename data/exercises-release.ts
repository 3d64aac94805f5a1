import { FOAM_ROLL } from './doses';
import { KNEE_PAIN_EXERCISES } from './source-titles';
import type { Stretch } from './stretch-types';

// Foam rolling: the one release move the texts give (the outer quad, about two minutes a side).
// Its cautions and contraindications are general practice: the text gives none.
export const RELEASE_EXERCISES: readonly Stretch[] = [
  {
    id: 'foam-roll-outer-quad',
    name: 'Foam roll the outer quad',
    kind: 'release',
    focus: ['quads', 'outer-hip'],
    muscles: ['vastus lateralis', 'tensor fasciae latae', 'hip abductors'],
    position: 'floor',
    equipment: ['foam-roller', 'mat'],
    sides: 'each',
    dose: FOAM_ROLL,
    steps: [
      'Lie on your side on a mat, a little turned toward the floor, with a foam roller under the outer front of the thigh.',
      'Prop yourself on your forearm and plant the top foot in front to control the pressure.',
      'Roll slowly from just above the knee to just below the hip.',
      'Pause on tender spots and breathe until they soften, then change sides.',
    ],
    cues: ['Pressure along the outer front of the thigh that eases as you go.'],
    cautions: [
      'Tender is fine, sharp is not: take weight onto your hands and foot.',
      'Stay off the knee joint and the bony point of the hip.',
      'Never roll over a bruise, swelling, varicose veins, a fresh injury or a scar that is still healing.',
      'Do not roll at all with a blood clot or a clotting disorder, on blood thinners, or with brittle bones, unless a doctor has said it is safe.',
    ],
    contraindications: [
      'pregnancy',
      'hip-replacement',
      'knee-replacement',
      'recent-surgery',
      'osteoporosis',
      'hip-pain',
    ],
    source: [KNEE_PAIN_EXERCISES],
  },
];
