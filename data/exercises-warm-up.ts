import { WARM_UP } from './doses';
import { GLUTE_STRENGTHENING } from './source-titles';
import type { Stretch } from './stretch-types';

// Moving warm-ups to do before strength work; also a gentle break on their own.
export const WARM_UP_MOVES: readonly Stretch[] = [
  {
    id: 'leg-swings-front-back',
    name: 'Leg swings, front to back',
    kind: 'stretch',
    focus: ['hamstrings', 'hip-flexors'],
    muscles: ['hamstrings', 'iliopsoas', 'gluteus maximus'],
    position: 'standing',
    equipment: ['none'],
    sides: 'each',
    dose: WARM_UP,
    steps: [
      'Stand side-on to a desk or wall with one hand on it.',
      'Swing the outside leg forward and back like a pendulum, body tall.',
      'Start small and let the swing grow as the hip loosens.',
      'Finish the set, then turn around.',
    ],
    cues: [
      'The hip loosening front and back, with a light pull behind the thigh on each forward swing.',
    ],
    cautions: ['Keep it controlled; kicking high is not the point.'],
    contraindications: ['hip-replacement'],
    warmUp: true,
    source: [GLUTE_STRENGTHENING],
  },
  {
    id: 'leg-swings-side',
    name: 'Leg swings, side to side',
    kind: 'stretch',
    focus: ['adductors', 'outer-hip'],
    muscles: ['adductors', 'gluteus medius', 'tensor fasciae latae'],
    position: 'standing',
    equipment: ['none'],
    sides: 'each',
    dose: WARM_UP,
    steps: [
      'Face a desk or wall with both hands on it.',
      'Swing one leg across in front of the other, then out to the side.',
      'Keep your hips facing forward and let the range build gradually.',
      'Finish the set, then switch.',
    ],
    cues: [
      'Loosening on the inside of the thigh on the way out and the outer hip on the way across.',
    ],
    cautions: ['Keep it controlled and let your body stay still.'],
    contraindications: ['hip-replacement'],
    warmUp: true,
    source: [GLUTE_STRENGTHENING],
  },
  {
    id: 'hip-circles',
    name: 'Standing hip circles',
    kind: 'stretch',
    focus: ['hip-flexors', 'outer-hip', 'adductors'],
    muscles: ['iliopsoas', 'gluteus medius', 'adductors', 'deep hip rotators'],
    position: 'standing',
    equipment: ['none'],
    sides: 'each',
    dose: WARM_UP,
    steps: [
      'Stand beside a desk or wall with one hand on it.',
      'Lift the outside knee to hip height in front of you.',
      'Draw big slow circles with the knee, out to the side and down.',
      'Do half the reps in one direction and half in the other, then switch legs.',
    ],
    cues: ['Easy movement all around the hip socket, nothing forced.'],
    cautions: ['Make the circle smaller if the front of the hip pinches.'],
    contraindications: ['hip-replacement'],
    warmUp: true,
    source: [GLUTE_STRENGTHENING],
  },
];
